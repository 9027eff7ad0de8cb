import type { Paragraph } from '../model/index.js';

/**
 * Page furniture that text extracted from a PDF carries between paragraphs — and, where a
 * page break cut a sentence, in the middle of it: page numbers ("7", "- 7 -", "Page 7 of
 * 12", "Sayfa 7") and running headers or footers (a short line repeated on page after
 * page, its page number changing). None of it is text to translate; left in, it pairs
 * with whatever sentence stands next to it, and it hides the second half of a cut
 * sentence from the first.
 *
 * A paragraph is a page number when that is all it holds; a running header or footer
 * when the same short line, digits aside, stands alone twice or more, at least half the
 * times next to a page number (where a page ends and the next begins). A short line that
 * only repeats — the same subheading in every country section — is text. O(paragraphs).
 */
const PAGE_NUMBER = /^(?:[-–—]\s*)?(?:(?:page|p\.|sayfa|s\.)\s*)?\d{1,4}(?:\s*(?:\/|of|\|)\s*\d{1,4})?(?:\s*[-–—])?$/iu;
const FOOTNOTE = /^\[\d+\]/u;
const MAX_RUNNING_LINE = 80;

export function isPageNumber(text: string): boolean {
  return text.length <= 24 && PAGE_NUMBER.test(text.trim());
}

/** Which of the paragraphs are page furniture, judged on their text alone. */
export function pageFurniture(texts: readonly string[]): boolean[] {
  const pageNumber = texts.map(isPageNumber);
  const key = (text: string) => text.trim().replace(/\d+/g, '#').toLowerCase();
  const candidate = (k: number) => !pageNumber[k] && texts[k]!.length <= MAX_RUNNING_LINE && !FOOTNOTE.test(texts[k]!);
  const lines = new Map<string, { count: number; byPageNumber: number }>();
  texts.forEach((text, k) => {
    if (!candidate(k)) return;
    const line = lines.get(key(text)) ?? { count: 0, byPageNumber: 0 };
    line.count++;
    if (pageNumber[k - 1] || pageNumber[k + 1]) line.byPageNumber++;
    lines.set(key(text), line);
  });
  return texts.map((text, k) => {
    if (pageNumber[k]) return true;
    const line = candidate(k) ? lines.get(key(text)) : undefined;
    return line !== undefined && line.count >= 2 && 2 * line.byPageNumber >= line.count;
  });
}

/**
 * The paragraphs without their page furniture. A repeated line is kept where it stands
 * before the first body paragraph: there it is the document's own title or metadata,
 * which a running header repeats.
 */
export function dropPageFurniture(paragraphs: readonly Paragraph[]): Paragraph[] {
  const furniture = pageFurniture(paragraphs.map((p) => p.text));
  let inHead = true;
  return paragraphs.filter((p, k) => {
    if (p.kind === 'body') inHead = false;
    return !furniture[k] || (inHead && !isPageNumber(p.text));
  });
}
