import type { Mark, Paragraph, ParagraphKind } from '../model/index.js';
import { collapseWhitespace, joinLines, splitBlocks, wordsOf } from './blocks.js';
import { classifyParagraphs } from './classify.js';
import { applyNoteEdits, flattenedNoteMarkers, superscriptNotes } from './superscripts.js';
import { MONTH_NAMES } from '../text/calendar.js';

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
  const blocks = splitBlocks(text).flatMap((b) =>
    b.lines.length > 1 && 4 * b.lines.filter((l) => l.length > UNWRAPPED_LINE).length > b.lines.length
      ? b.lines.map((l, k) => ({ text: collapseWhitespace(l), line: b.line + k, kind: null }))
      : [{ text: collapseWhitespace(joinLines(b.lines, words)), line: b.line, kind: null }],
  );
  return paragraphsOfTextBlocks(blocks);
}

/** A paragraph's text as extraction gives it, and the kind the layout showed (a PDF heading by its font size), if any. */
export interface TextBlock {
  text: string;
  line: number;
  kind: ParagraphKind | null;
  level?: number;
}

/**
 * Paragraphs of extracted text (plain text, a PDF's text layer): separators dropped,
 * flattened note markers ("word3.") and superscripts read as markers, bare note numbers
 * at the foot ("3 Port of Aktau …") read as notes, kinds from the text where the layout
 * did not give one. O(total length).
 */
export function paragraphsOfTextBlocks(input: readonly TextBlock[]): Paragraph[] {
  const blocks = input
    .filter((b) => HAS_TEXT.test(b.text))
    .map((b) => {
      const flattened = flattenedNoteMarkers(b.text);
      return { ...b, ...superscriptNotes(flattened.text, flattened.marks) };
    });
  numberNotes(blocks);
  const kinds = classifyParagraphs(
    blocks.map((b) => b.text),
    blocks.map((b) => b.kind),
  );
  return blocks.map((b, i) => {
    const p: Paragraph = { kind: kinds[i]!.kind, text: b.text, marks: b.marks, line: b.line };
    if (b.level !== undefined && p.kind === 'heading') p.level = b.level;
    if (kinds[i]!.footnote !== undefined) p.footnote = kinds[i]!.footnote;
    return p;
  });
}

/**
 * Notes as PDF text extraction leaves them: "3 Port of Aktau, annual report, 2025." — a
 * number, a space and the note, the number no longer bracketed or raised. Such a block is
 * a note "[3] …" when it is the next note in sequence, its marker [3] stands in an
 * earlier block (so a numbered heading before the text, "1 Introduction", stays what it
 * is), and it reads like a note: a capital, quote, bracket or number after it, and not a
 * date ("15 Temmuz darbe girişimi …", "12 countries signed …" stay text). O(blocks).
 */
const NOTE_START = /^(\d{1,3}) (?=[\p{Lu}"“‘(\[\d])/u;
const MONTH_NAME = new RegExp(`^\\d{1,3} (?:${(['en', 'tr'] as const).flatMap((lang) => MONTH_NAMES[lang].map((m) => m[0]!.toLocaleUpperCase(lang) + m.slice(1))).join('|')})\\b`, 'u');

function numberNotes(blocks: { text: string; marks: Mark[] }[]): void {
  const seen = new Set<number>();
  let next = 1;
  for (const b of blocks) {
    const note = NOTE_START.exec(b.text);
    const n = note ? Number(note[1]) : NaN;
    if (note && n === next && seen.has(n) && !MONTH_NAME.test(b.text)) {
      Object.assign(b, applyNoteEdits(b.text, b.marks, [{ start: 0, end: note[1]!.length, replacement: `[${note[1]}]`, marker: false }]));
    }
    const entry = /^\[(\d{1,3})\] /.exec(b.text);
    if (entry) next = Number(entry[1]) + 1;
    for (const m of b.text.matchAll(/\[(\d{1,3})\]/g)) seen.add(Number(m[1]));
  }
}
