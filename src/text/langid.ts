import type { Lang } from './case.js';

/**
 * A small language guesser for English vs Turkish, enough to catch swapped files or a
 * wrong --lang flag. It counts frequent function words of each language and the letters
 * only Turkish uses. O(n) in the text length.
 */
export const EN_WORDS: ReadonlySet<string> = new Set(['the', 'and', 'of', 'to', 'in', 'is', 'that', 'for', 'with', 'as', 'by', 'was', 'it', 'on', 'are', 'from', 'which', 'has', 'have', 'this', 'be', 'an', 'its', 'not']);
export const TR_WORDS: ReadonlySet<string> = new Set(['ve', 'bir', 'bu', 'ile', 'için', 'de', 'da', 'olarak', 'ancak', 'gibi', 'daha', 'olan', 'ise', 'çok', 'kadar', 'sonra', 'ya', 'değil', 'göre', 'arasında', 'tarafından', 'yeni', 'her', 'ki']);
const TR_LETTERS = /[ğışĞİŞ]/gu;

export interface LanguageGuess {
  lang: Lang | null;
  /** Share of the counted evidence that speaks for `lang` (0.5 means no idea). */
  confidence: number;
  words: number;
}

/** Enough text to decide; longer inputs are judged on their beginning. */
const SAMPLE_CHARS = 20_000;

export function guessLanguage(fullText: string): LanguageGuess {
  const text = fullText.length > SAMPLE_CHARS ? fullText.slice(0, SAMPLE_CHARS) : fullText;
  let en = 0;
  let tr = 0;
  let words = 0;
  for (const match of text.matchAll(/\p{L}+/gu)) {
    words++;
    // plain lower-casing is enough here: "İçin" → "i̇çin" loses its combining dot below
    const word = match[0].toLowerCase().replace(/\u0307/g, '');
    if (EN_WORDS.has(word)) en++;
    if (TR_WORDS.has(word)) tr++;
  }
  tr += (text.match(TR_LETTERS)?.length ?? 0) / 2;
  const total = en + tr;
  if (words < 15 || total < 5) return { lang: null, confidence: 0.5, words };
  const lang: Lang = en >= tr ? 'en' : 'tr';
  return { lang, confidence: Math.max(en, tr) / total, words };
}
