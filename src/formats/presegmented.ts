import type { Paragraph, Segment } from '../model/index.js';
import { splitBlocks } from './blocks.js';
import { classifyParagraphs } from './classify.js';

/**
 * Presegmented text: each non-empty line is one segment, an empty line ends a
 * paragraph. Segment indices count the non-empty lines from 0. Paragraph kinds are
 * recognised from the text as for plain text; a paragraph of several lines is prose.
 */
export function readPresegmented(text: string): { paragraphs: Paragraph[]; segments: Segment[] } {
  const paragraphs: Paragraph[] = [];
  const segments: Segment[] = [];
  const blocks = splitBlocks(text).map((b) => ({ line: b.line, lines: b.lines.map((l) => l.trim()) }));
  const kinds = classifyParagraphs(
    blocks.map((b) => b.lines.join(' ')),
    blocks.map((b) => (b.lines.length > 1 ? 'body' : null)),
  );
  blocks.forEach((b, p) => {
    const kind = kinds[p]!;
    const text = b.lines.join(' ');
    const paragraph: Paragraph = { kind: kind.kind, text, marks: [], line: b.line };
    if (kind.footnote !== undefined) paragraph.footnote = kind.footnote;
    paragraphs.push(paragraph);
    let offset = 0;
    for (const line of b.lines) {
      segments.push({ paragraph: p, text: line, start: offset, end: offset + line.length });
      offset += line.length + 1;
    }
  });
  return { paragraphs, segments };
}
