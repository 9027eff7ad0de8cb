import type { Paragraph } from '../model/index.js';
import { collapseWhitespace, splitBlocks } from './blocks.js';
import { classifyParagraphs } from './classify.js';

/** A block without a letter or digit is a separator ("---", "* * *", "• • •"), not text to translate. */
const HAS_TEXT = /[\p{L}\p{N}]/u;

/** Plain text: paragraphs are separated by blank lines; lines inside one are joined. */
export function readPlainText(text: string): Paragraph[] {
  const blocks = splitBlocks(text)
    .map((b) => ({ text: collapseWhitespace(b.lines.join(' ')), line: b.line }))
    .filter((b) => HAS_TEXT.test(b.text));
  const kinds = classifyParagraphs(
    blocks.map((b) => b.text),
    blocks.map(() => null),
  );
  return blocks.map((b, i) => {
    const p: Paragraph = { kind: kinds[i]!.kind, text: b.text, marks: [], line: b.line };
    if (kinds[i]!.footnote !== undefined) p.footnote = kinds[i]!.footnote;
    return p;
  });
}
