import { describe, expect, it } from 'vitest';
import type { DocumentDetail, Pair } from '../../src/db/index.js';
import { writeHtml, writeMarkdown } from '../../src/documents/document-out.js';
import { rebuildDocument } from '../../src/documents/rebuild.js';
import { reanchorMarks } from '../../src/text/formatting.js';
import type { Paragraph } from '../../src/model/index.js';

/** A two-paragraph Turkish side (a heading, a body paragraph of two sentences with a note marker) and its note. */
function detail(): DocumentDetail {
  const para = (ordinal: number, kind: Paragraph['kind'], text: string, extra: Partial<Paragraph> = {}) => ({ ordinal, kind, text, marks: [], line: ordinal + 1, ...extra });
  const seg = (ordinal: number, paragraph: number, text: string) => ({ ordinal, paragraph, text, start: 0, end: text.length });
  const side = (lang: 'en' | 'tr', texts: string[][]) => ({
    lang,
    paragraphs: [para(0, 'heading', texts[0]![0]!, { level: 2 }), para(1, 'body', texts[1]!.join(' '), { marks: [{ type: 'bold' as const, start: 0, end: 5 }] }), para(2, 'footnote', texts[2]![0]!, { footnote: 1 })],
    segments: [seg(0, 0, texts[0]![0]!), seg(1, 1, texts[1]![0]!), seg(2, 1, texts[1]![1]!), seg(3, 2, texts[2]![0]!)],
  });
  return {
    id: 1, title: 'Aktau', srcLang: 'en', tgtLang: 'tr', srcFile: 'a.en.md', tgtFile: 'a.tr.md', createdAt: '', srcSegments: 4, tgtSegments: 4, pairs: 4,
    statuses: { draft: 4, translated: 0, reviewed: 0, final: 0 }, words: { draft: 0, translated: 0, reviewed: 0, final: 0 },
    source: side('en', [['The Port'], ['Aktau grows.[1]', 'Ships wait.'], ['[1] Report, 2025.']]),
    target: side('tr', [['Liman'], ['Aktau büyüyor.[1]', 'Gemiler bekliyor.'], ['[1] Rapor, 2025.']]),
  };
}

const pair = (k: number, source: string, target: string, src: number[], tgt: number[]): Pair => ({ id: k + 1, documentId: 1, ordinal: k, srcSegments: src, tgtSegments: tgt, source, target, status: 'draft', score: 1, version: 1, updatedAt: '', targetMarks: null });

describe('a document rebuilt from its pairs', () => {
  const pairs = [pair(0, 'The Port', 'Liman', [0], [0]), pair(1, 'Aktau grows.[1]', 'Aktau hızla büyüyor.[1]', [1], [1]), pair(2, 'Ships wait.', 'Gemiler bekliyor.', [2], [2]), pair(3, '[1] Report, 2025.', '[1] Rapor, 2025.', [3], [3])];

  it("puts each pair's current text in the paragraph its sentences were in, with the paragraph's kind", () => {
    const doc = rebuildDocument(detail(), pairs, { side: 'target' });
    expect(doc.paragraphs.map((p) => [p.kind, p.text])).toEqual([
      ['heading', 'Liman'],
      ['body', 'Aktau hızla büyüyor.[1] Gemiler bekliyor.'],
      ['footnote', '[1] Rapor, 2025.'],
    ]);
    expect(doc.paragraphs[0]!.level).toBe(2);
    expect(doc.lang).toBe('tr');
    // "Aktau" is still there: the bold stays on it
    expect(doc.paragraphs[1]!.marks).toEqual([{ type: 'bold', start: 0, end: 5 }]);
  });

  it('gives an untranslated pair its source text, marked, or refuses when asked to', () => {
    const gap = [...pairs.slice(0, 2), pair(2, 'Ships wait.', '', [2], []), pairs[3]!];
    const doc = rebuildDocument(detail(), gap, { side: 'target' });
    expect(doc.paragraphs[1]).toMatchObject({ text: 'Aktau hızla büyüyor.[1] Ships wait.', untranslated: true });
    expect(() => rebuildDocument(detail(), gap, { side: 'target', untranslated: 'refuse' })).toThrow(/1 pair has no translation \(pair 3\)/);
    expect(writeHtml(doc, 'en')).toContain('<p class="untranslated" lang="en">');
  });

  it('writes the source side from the source texts, leaving out a sentence only the translation has', () => {
    const addition = [...pairs, pair(4, '', 'Bu bir ekleme.', [], [2])];
    const doc = rebuildDocument(detail(), addition, { side: 'source' });
    expect(doc.paragraphs.map((p) => p.text)).toEqual(['The Port', 'Aktau grows.[1] Ships wait.', '[1] Report, 2025.']);
  });

  it('Markdown: headings, Markdown footnotes, bold; HTML: headings, note links and a list of notes', () => {
    const doc = rebuildDocument(detail(), pairs, { side: 'target' });
    expect(writeMarkdown(doc)).toBe('## Liman\n\n**Aktau** hızla büyüyor.[^1] Gemiler bekliyor.\n\n[^1]: Rapor, 2025.\n');
    const html = writeHtml(doc, 'en');
    expect(html).toContain('<html lang="tr">');
    expect(html).toContain('<h2>Liman</h2>');
    expect(html).toContain('<p><strong>Aktau</strong> hızla büyüyor.<sup><a href="#fn1" id="fnref1">[1]</a></sup> Gemiler bekliyor.</p>');
    expect(html).toContain('<li id="fn1"><p>Rapor, 2025. <a href="#fnref1" class="footnote-back">↩</a></p></li>');
  });

  it('keeps a mark where its text still is, drops one whose text was edited or is ambiguous', () => {
    expect(reanchorMarks('Aktau and Baku', [{ type: 'italic', start: 10, end: 14 }], 'Now Aktau and Baku')).toEqual([{ type: 'italic', start: 14, end: 18 }]);
    expect(reanchorMarks('Aktau and Baku', [{ type: 'italic', start: 10, end: 14 }], 'Aktau and Bakü')).toEqual([]);
    expect(reanchorMarks('a Baku b', [{ type: 'bold', start: 2, end: 6 }], 'Baku, Baku')).toEqual([]);
  });
});
