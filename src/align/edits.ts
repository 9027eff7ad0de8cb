import { sentenceSpans } from '../segment/index.js';
import type { Lang } from '../text/case.js';

/**
 * Text side of manual alignment corrections: a pair's side is cut into its sentences
 * (with the same segmenter that made them, so an untouched pair splits exactly where
 * it was joined) and parts are joined back with one space.
 */
export function sentenceParts(text: string, lang: Lang): string[] {
  return sentenceSpans(text, lang).map((s) => text.slice(s.start, s.end));
}

export function joinParts(...parts: string[]): string {
  return parts.filter((p) => p.trim() !== '').join(' ');
}

/** Split `items` the way its text parts were split, when they correspond one to one; otherwise keep them with the first half. */
export function partition<T>(items: readonly T[], partCount: number, at: number): [T[], T[]] {
  if (items.length !== partCount) return at > 0 || partCount === 0 ? [[...items], []] : [[], [...items]];
  return [items.slice(0, at), items.slice(at)];
}
