import type { Lang } from '../text/case.js';
import type { Mark, Paragraph, Segment } from '../model/index.js';
import { sentenceSpans } from './segmenter.js';

/** Kinds that are one segment each, never split into sentences. */
const UNSPLIT = new Set(['heading', 'metadata', 'footnote']);

/** Sentence-final punctuation, possibly followed by closers and footnote markers. */
const ENDS_SENTENCE = /[.!?…:;]["'”’»)\]]*(?:\s*(?:<sup>[^<]*<\/sup>|\[\d+(?:[-–,]\s*\d+)*\]))*\s*$/u;
const STARTS_LOWER = /^["'“‘«(]?\p{Ll}/u;

/**
 * Joins a body paragraph that a page break cut in two: the first part ends without
 * closing punctuation and the next starts in lower case. Marks are shifted with the text.
 */
export function joinBrokenParagraphs(paragraphs: readonly Paragraph[]): Paragraph[] {
  const out: Paragraph[] = [];
  for (const p of paragraphs) {
    const prev = out[out.length - 1];
    if (
      prev &&
      (prev.kind === 'body' || prev.kind === 'list-item') &&
      p.kind === 'body' &&
      !ENDS_SENTENCE.test(prev.text) &&
      STARTS_LOWER.test(p.text)
    ) {
      const offset = prev.text.length + 1;
      const marks: Mark[] = [...prev.marks, ...p.marks.map((m) => ({ ...m, start: m.start + offset, end: m.end + offset }))];
      out[out.length - 1] = { ...prev, text: `${prev.text} ${p.text}`, marks };
    } else {
      out.push(p);
    }
  }
  return out;
}

/** Segments of a list of paragraphs, in document order. O(total text length). */
export function segmentParagraphs(paragraphs: readonly Paragraph[], lang: Lang): Segment[] {
  const segments: Segment[] = [];
  paragraphs.forEach((p, index) => {
    const spans = UNSPLIT.has(p.kind) ? wholeSpan(p.text) : sentenceSpans(p.text, lang);
    for (const s of spans) segments.push({ paragraph: index, text: p.text.slice(s.start, s.end), start: s.start, end: s.end });
  });
  return segments;
}

function wholeSpan(text: string): { start: number; end: number }[] {
  const start = text.length - text.trimStart().length;
  const end = text.trimEnd().length;
  return end > start ? [{ start, end }] : [];
}
