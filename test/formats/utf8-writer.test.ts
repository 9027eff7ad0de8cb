import { describe, expect, it } from 'vitest';
import { Utf8Writer } from '../../src/formats/utf8-writer.js';

const BLOCK = 1 << 20;

/** What the writer must give: the pieces joined, line ends where asked, encoded once. */
function written(pieces: { text: string; line: boolean }[]): { got: Buffer; want: Buffer } {
  const out = new Utf8Writer();
  for (const p of pieces) (p.line ? out.line(p.text) : out.write(p.text));
  return { got: out.bytes(), want: Buffer.from(pieces.map((p) => p.text + (p.line ? '\n' : '')).join(''), 'utf8') };
}

describe('UTF-8 writer', () => {
  it('writes the bytes of the joined text across block ends: Turkish letters, a pair of surrogates, pieces longer than a block', () => {
    const ascii = 'a'.repeat(BLOCK / 3 - 1);
    const pieces = [
      { text: 'Güney Kafkasya’da ulaştırma — İğdır, Iğdır', line: true },
      { text: ascii, line: false },
      { text: ascii, line: true },
      { text: 'ş'.repeat(BLOCK / 2 + 7), line: true }, // longer than a block once encoded
      { text: '😀'.repeat(1000), line: false },
      { text: 'x'.repeat(BLOCK * 2), line: true }, // longer than a block outright
      { text: '', line: true },
      { text: 'son', line: false },
    ];
    const { got, want } = written(pieces);
    expect(got.length).toBe(want.length);
    expect(got.equals(want)).toBe(true);
  });

  it('puts a line end in a new block when a piece filled its block to the last byte', () => {
    // one byte, then three-byte characters (reserved as they take) up to the block's end
    const { got, want } = written([
      { text: 'a', line: false },
      { text: '€'.repeat((BLOCK - 1) / 3), line: true },
      { text: 'd', line: true },
    ]);
    expect(got.equals(want)).toBe(true);
  });

  it('hands over its blocks in order, each owning its memory (never the shared pool), as the same bytes', () => {
    const out = new Utf8Writer();
    const pieces = ['kısa', 'ş'.repeat(BLOCK / 2 + 7), 'x'.repeat(BLOCK * 2), 'son'];
    for (const p of pieces) out.line(p);
    const parts = out.parts();
    expect(parts.length).toBeGreaterThan(2);
    expect(Buffer.concat(parts).equals(Buffer.from(pieces.map((p) => `${p}\n`).join(''), 'utf8'))).toBe(true);
    for (const part of parts) expect(part.buffer.byteLength).toBeGreaterThan(Buffer.poolSize);
  });

  it('writes nothing as an empty buffer', () => {
    expect(new Utf8Writer().bytes().length).toBe(0);
  });
});
