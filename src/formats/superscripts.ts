import type { Mark } from '../model/index.js';
import { RULES } from '../segment/index.js';

/**
 * Footnote numbers written in superscript digits, as text copied from PDFs and web pages
 * has them ("… in 2024.¹ Its …", "¹ Port of Aktau, …"), read the one way the segmenter,
 * the aligner's anchors and the QA checks read a footnote marker: "[1]". Only after
 * punctuation (a full stop, comma, quote or bracket) and at the start of a paragraph,
 * so units keep theirs (km², m³).
 */
const SUPERSCRIPT_DIGIT = '[\\u2070\\u00b9\\u00b2\\u00b3\\u2074-\\u2079]';
const AFTER_PUNCTUATION = new RegExp(`(?<=[.!?;:,)\\]”"’'])${SUPERSCRIPT_DIGIT}+(?=\\s|$)`, 'gu');
const NOTE_START = new RegExp(`^${SUPERSCRIPT_DIGIT}+(?=\\s)`, 'u');
const ANY = new RegExp(SUPERSCRIPT_DIGIT, 'u');
const DIGIT_VALUE: Record<string, string> = { '⁰': '0', '¹': '1', '²': '2', '³': '3', '⁴': '4', '⁵': '5', '⁶': '6', '⁷': '7', '⁸': '8', '⁹': '9' };

function value(superscripts: string): string {
  return [...superscripts].map((c) => DIGIT_VALUE[c]!).join('');
}

/** A note number "[n]" to put in place of text[start, end); a marker when `marker` (it gets a sup mark). */
export interface NoteEdit {
  start: number;
  end: number;
  replacement: string;
  marker: boolean;
}

/**
 * The text with the edits made (in order, not overlapping), the marks moved with the text
 * after each edit and every marker marked sup. O(length + marks · edits).
 */
export function applyNoteEdits(text: string, marks: readonly Mark[], edits: readonly NoteEdit[]): { text: string; marks: Mark[] } {
  if (edits.length === 0) return { text, marks: [...marks] };
  let out = '';
  let at = 0;
  const added: Mark[] = [];
  const shifts: { at: number; delta: number }[] = [];
  for (const e of edits) {
    out += text.slice(at, e.start);
    if (e.marker) added.push({ type: 'sup', start: out.length, end: out.length + e.replacement.length });
    out += e.replacement;
    shifts.push({ at: e.end, delta: e.replacement.length - (e.end - e.start) });
    at = e.end;
  }
  out += text.slice(at);
  const moved = (offset: number) => offset + shifts.filter((s) => s.at <= offset).reduce((sum, s) => sum + s.delta, 0);
  return { text: out, marks: [...marks.map((m) => ({ ...m, start: moved(m.start), end: moved(m.end) })), ...added].sort((a, b) => a.start - b.start) };
}

/** The paragraph with its superscript footnote numbers as "[n]"; marks move with the text, and each marker gets a sup mark. O(length). */
export function superscriptNotes(text: string, marks: readonly Mark[] = []): { text: string; marks: Mark[] } {
  if (!ANY.test(text)) return { text, marks: [...marks] };
  const edits: NoteEdit[] = [];
  const note = NOTE_START.exec(text);
  if (note) edits.push({ start: 0, end: note[0].length, replacement: `[${value(note[0])}]`, marker: false });
  for (const m of text.matchAll(AFTER_PUNCTUATION)) edits.push({ start: m.index, end: m.index + m[0].length, replacement: `[${value(m[0])}]`, marker: true });
  return applyNoteEdits(text, marks, edits);
}

/**
 * Footnote numbers flattened to plain digits, as PDF text extraction leaves them: a
 * word's full stop followed at once by a number of one to three digits and then a new
 * sentence ("… in the region.3 The EU …") or the end of the paragraph; or a year's full
 * stop and the number (after a year the digits are no decimal: "… in October 2023.2 The
 * project …"), before a capitalised word. A digit before a full stop otherwise (7.2 Mt)
 * or a word that takes a number (No.1, Art.9) is left alone. For plain text only:
 * Markdown and HTML have markup for markers.
 */
const FLATTENED = /(?<=(\p{L}+)[”"’)]?)\.(\d{1,3})(?=\s+[\p{Lu}"“‘(\[]|\s*$)|(?<=\b(?:1[89]|20)\d\d)\.(\d{1,3})(?=\s+\p{Lu}\p{Ll}|\s*$)/gu;
const TAKES_NUMBER = new Set([...RULES.en.beforeNumber, ...RULES.tr.beforeNumber]);

export function flattenedNoteMarkers(text: string): { text: string; marks: Mark[] } {
  if (!/\.\d/.test(text)) return { text, marks: [] };
  const edits: NoteEdit[] = [];
  for (const m of text.matchAll(FLATTENED)) {
    const [, word, afterWord, afterYear] = m;
    if (word !== undefined && TAKES_NUMBER.has(word.toLowerCase())) continue;
    const digits = afterWord ?? afterYear!;
    edits.push({ start: m.index + 1, end: m.index + 1 + digits.length, replacement: `[${digits}]`, marker: true });
  }
  return applyNoteEdits(text, [], edits);
}
