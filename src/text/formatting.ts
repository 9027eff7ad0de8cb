/**
 * Formatting (bold, italic, links) as ranges of a text, and how they follow the text when
 * it changes or is cut into pairs. Pure; the document model, the pairs, the XLIFF and TMX
 * writers and readers share it.
 */

import type { FormatMark } from '../model/pair.js';

/** A range of a text. */
export interface Ranged {
  start: number;
  end: number;
}

/** Bold, italic or a link over a range; the same type the API sends with a pair. */
export type Formatting = FormatMark;

export const FORMATTING_TYPES: ReadonlySet<string> = new Set(['bold', 'italic', 'link']);

/** The marks that are formatting (not superscripts or code), as Formatting. */
export function formattingOf(marks: readonly { type: string; start: number; end: number; href?: string }[]): Formatting[] {
  return marks
    .filter((m): m is Formatting => FORMATTING_TYPES.has(m.type) && m.end > m.start)
    .map((m) => ({ type: m.type, start: m.start, end: m.end, ...(m.href !== undefined ? { href: m.href } : {}) }));
}

/**
 * Marks placed on a changed text: a mark stays where the text it covered is found in the
 * new text exactly once (an edit elsewhere does not lose it); a mark whose text was edited
 * or is ambiguous is dropped, as bold in the wrong place is worse than none. O(marks × length).
 */
export function reanchorMarks<M extends Ranged>(before: string, marks: readonly M[], after: string): M[] {
  if (before === after) return marks.map((m) => ({ ...m }));
  const out: M[] = [];
  for (const m of marks) {
    const covered = before.slice(m.start, m.end);
    if (!covered.trim()) continue;
    const at = after.indexOf(covered);
    if (at < 0 || after.indexOf(covered, at + 1) >= 0) continue;
    out.push({ ...m, start: at, end: at + covered.length });
  }
  return out;
}

/**
 * The marks of a run of segments, on the text the segments make joined by one space (as
 * a pair's side is built): each segment's part of its paragraph's marks, clipped and
 * shifted. O(segments × marks).
 */
export function marksOfSegments<M extends Ranged>(segments: readonly { start: number; end: number; marks: readonly M[] }[]): M[] {
  const out: M[] = [];
  let offset = 0;
  for (const s of segments) {
    for (const m of s.marks) {
      const start = Math.max(m.start, s.start);
      const end = Math.min(m.end, s.end);
      if (end > start) out.push({ ...m, start: start - s.start + offset, end: end - s.start + offset });
    }
    offset += s.end - s.start + 1;
  }
  return out;
}

/** Two lists of formatting say the same (same kinds, ranges and links, in any order). */
export function sameFormatting(a: readonly Formatting[], b: readonly Formatting[]): boolean {
  const key = (m: Formatting) => `${m.type}:${m.start}:${m.end}:${m.href ?? ''}`;
  const keys = new Set(a.map(key));
  return a.length === b.length && b.every((m) => keys.has(key(m)));
}
