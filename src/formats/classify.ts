import type { ParagraphKind } from '../model/index.js';
import { pageFurniture } from './furniture.js';
import { hasAddress } from '../text/placeables.js';

/**
 * Recognising the kind of a paragraph from its text, for formats without explicit
 * structure (plain text) and for the parts of the analyses' layout that Markdown and
 * HTML do not mark (author lines, dates, citation and copyright lines).
 * Patterns are data; both languages are listed because the reader does not know yet
 * which language it reads.
 */
export const METADATA_PATTERNS: readonly RegExp[] = [
  /^(?:©|\(c\)\s)/iu,
  /\b(?:all rights reserved|tüm hakları saklıdır)\b/iu,
  /^(?:e-?mail|e-?posta|tel|phone|telefon|fax|faks|web)\s*:/iu,
  /^(?:to cite this|cite as|how to cite|bu (?:analize|makaleye|rapora|yazıya|çalışmaya) atıf|atıf için)/iu,
  /^(?:analysis|analiz|report|rapor|policy brief|commentary|yorum|working paper)\s+(?:no|nr|sayı)\b/iu,
  /^\d{1,2}[./-]\d{1,2}[./-]\d{2,4}$/u,
];

/** A footnote entry: "[1] text", or a Markdown footnote definition "[^1]: text" (read as "[1]: text"). */
export const FOOTNOTE_ENTRY = /^\[(\d+)\]:?\s+/u;

/** Sentence-final punctuation at the end, possibly followed by closers and a footnote marker. */
const ENDS_LIKE_SENTENCE = /[.!?…;,]["'”’»)\]]*(?:\s*\[\d+(?:[-–,]\s*\d+)*\])?\s*$/u;
const STARTS_LOWER = /^["'“‘«(]?\p{Ll}/u;
/** An e-mail address or a web address: a line that gives one is contact text, never a title. */
/** A line this short without final punctuation is a title, a name or a label, not prose. */
const SHORT_LINE_WORDS = 14;

export interface Classified {
  kind: ParagraphKind;
  footnote?: number;
}

/**
 * Kinds for a run of paragraphs. `explicit` holds kinds the format marked itself
 * (Markdown `#`, HTML `<h2>`, `<li>`; 'body' for text that is never a heading, such as
 * a table cell), or null where the text must decide.
 * A short unpunctuated line is metadata before the first body paragraph and a heading
 * after it — unless the next paragraph starts in lower case, in which case it is the
 * first half of a sentence cut by a page break and stays body (page furniture between
 * the halves is looked past).
 */
export function classifyParagraphs(texts: readonly string[], explicit: readonly (ParagraphKind | null)[]): Classified[] {
  const out: Classified[] = [];
  const furniture = pageFurniture(texts);
  let seenBody = false;
  for (let i = 0; i < texts.length; i++) {
    const text = texts[i]!;
    const given = explicit[i] ?? null;
    if (given && given !== 'body') {
      out.push({ kind: given });
      continue;
    }
    const entry = FOOTNOTE_ENTRY.exec(text);
    if (entry) {
      out.push({ kind: 'footnote', footnote: Number(entry[1]) });
      continue;
    }
    if (METADATA_PATTERNS.some((p) => p.test(text))) {
      out.push({ kind: 'metadata' });
      continue;
    }
    const words = text.split(/\s+/u).filter(Boolean).length;
    // the next paragraph of text: a page number or running header between is not one
    let n = i + 1;
    while (n < texts.length && furniture[n]) n++;
    const next = texts[n];
    const continues = next !== undefined && STARTS_LOWER.test(next);
    // a short line is a heading or metadata unless the format says it is body text (a table cell)
    if (words <= SHORT_LINE_WORDS && !ENDS_LIKE_SENTENCE.test(text) && !continues && given !== 'body' && !(seenBody && hasAddress(text))) {
      out.push({ kind: seenBody ? 'heading' : 'metadata' });
      continue;
    }
    seenBody = true;
    out.push({ kind: 'body' });
  }
  return out;
}
