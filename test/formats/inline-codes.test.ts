import { describe, expect, it } from 'vitest';
import { formattingIds, inlineParts, unflattenCodes } from '../../src/formats/inline-codes.js';
import { omegatSegments } from '../../src/formats/omegat-tags.js';
import type { Formatting } from '../../src/text/formatting.js';

const bold = (start: number, end: number): Formatting => ({ type: 'bold', start, end });
const italic = (start: number, end: number): Formatting => ({ type: 'italic', start, end });

describe('inline codes', () => {
  it('cuts a text into text, markers and properly nested codes; a range that crosses another is left out', () => {
    const text = 'The port of Aktau[1] handles most.';
    const parts = inlineParts(text, [bold(12, 20), italic(21, 28), italic(15, 25)], ['f1', 'f2', 'f3']);
    expect(parts.map((p) => (p.kind === 'text' ? p.text : p.kind === 'marker' ? `{${p.text}}` : p.kind === 'open' ? `<${p.id}>` : `</${p.id}>`)).join('')).toBe(
      'The port of <f1>Aktau{[1]}</f1> <f2>handles</f2> most.',
    );
  });
  it('gives the same id to the same kind of code on both sides, in order, and a code only the target has one of its own', () => {
    const ids = formattingIds([bold(0, 5), italic(10, 14), { type: 'link', start: 20, end: 24, href: 'https://a.org' }], [italic(0, 4), { type: 'link', start: 8, end: 12, href: 'https://a.org' }, bold(14, 18), bold(20, 22)]);
    expect(ids).toEqual({ source: ['f1', 'f2', 'f3'], target: ['f2', 'f3', 'f1', 'f4'] });
  });
  it('reads codes a tool turned into text back as formatting', () => {
    expect(unflattenCodes('<b>Aktau</b> limanı <a href="https://example.org/r?a=1&amp;b=2">rapor</a> <em>çoğu</em>')).toEqual({
      text: 'Aktau limanı rapor çoğu',
      marks: [bold(0, 5), { type: 'link', start: 13, end: 18, href: 'https://example.org/r?a=1&b=2' }, italic(19, 23)],
    });
    expect(unflattenCodes('no codes here')).toBeNull();
    expect(unflattenCodes('an <b>unclosed code')).toBeNull();
    expect(unflattenCodes('a <table> is not formatting')).toBeNull();
  });
  it('writes a pair as OmegaT keeps it in its own TMX: tags named by their code, numbered from 0, no codes outside the text', () => {
    expect(omegatSegments('[1] Data from 2024 and 2025.', '[1] 2024 ve 2025 verileri.', [bold(14, 18)], [bold(4, 8)])).toEqual({
      source: 'Data from &lt;b0&gt;2024&lt;/b0&gt; and 2025.',
      target: '&lt;b0&gt;2024&lt;/b0&gt; ve 2025 verileri.',
    });
    // a marker inside the text is a placeholder; a code around the whole text stays outside
    expect(omegatSegments('Grain[2] moves by sea', 'Tahıl[2] denizden gider', [italic(0, 21)], [italic(0, 23)])).toEqual({ source: 'Grain&lt;f0/&gt; moves by sea', target: 'Tahıl&lt;f0/&gt; denizden gider' });
    // a code the source lacks is left out of the target
    expect(omegatSegments('See the report.', 'Raporu görün.', [{ type: 'link', start: 4, end: 14, href: 'x' }], [{ type: 'link', start: 0, end: 6, href: 'x' }, bold(7, 12)])).toEqual({
      source: 'See &lt;a0&gt;the report&lt;/a0&gt;.',
      target: '&lt;a0&gt;Raporu&lt;/a0&gt; görün.',
    });
  });
});
