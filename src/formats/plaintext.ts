import type { Paragraph } from '../model/index.js';
import { collapseWhitespace, joinLines, splitBlocks, wordsOf } from './blocks.js';
import { classifyParagraphs } from './classify.js';
import { superscriptNotes } from './superscripts.js';

/** A block without a letter or digit is a separator ("---", "* * *", "• • •"), not text to translate. */
const HAS_TEXT = /[\p{L}\p{N}]/u;

/**
 * A line this long was not wrapped by hand or by a mail client (they wrap at 72–80):
 * the file puts a paragraph on each line, as word processors save plain text, and its
 * line breaks end paragraphs.
 */
const UNWRAPPED_LINE = 120;

/**
 * Plain text: paragraphs are separated by blank lines and the lines of a hard-wrapped
 * paragraph are joined — unless more than a quarter of the block's lines are too long to
 * have been wrapped (one long URL in a wrapped paragraph is not), in which case each line
 * is a paragraph (a cut sentence is joined again later, as after a page break).
 */
export function readPlainText(text: string): Paragraph[] {
  const words = wordsOf(text);
  const blocks = splitBlocks(text)
    .flatMap((b) =>
      b.lines.length > 1 && 4 * b.lines.filter((l) => l.length > UNWRAPPED_LINE).length > b.lines.length
        ? b.lines.map((l, k) => ({ text: collapseWhitespace(l), line: b.line + k }))
        : [{ text: collapseWhitespace(joinLines(b.lines, words)), line: b.line }],
    )
    .filter((b) => HAS_TEXT.test(b.text))
    .map((b) => ({ ...b, ...superscriptNotes(b.text) }));
  const kinds = classifyParagraphs(
    blocks.map((b) => b.text),
    blocks.map(() => null),
  );
  return blocks.map((b, i) => {
    const p: Paragraph = { kind: kinds[i]!.kind, text: b.text, marks: b.marks, line: b.line };
    if (kinds[i]!.footnote !== undefined) p.footnote = kinds[i]!.footnote;
    return p;
  });
}
