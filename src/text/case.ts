/**
 * Locale-aware case helpers. Turkish has dotted and dotless i as separate letters
 * (İ/i and I/ı), so lower-casing must know the language of the text.
 */
export type Lang = 'en' | 'tr';

export const LANGS: readonly Lang[] = ['en', 'tr'];

export function isLang(value: unknown): value is Lang {
  return value === 'en' || value === 'tr';
}

/** Lower-case by the rules of the text's language (tr: I→ı, İ→i). */
export function lower(text: string, lang: Lang): string {
  return text.toLocaleLowerCase(lang === 'tr' ? 'tr-TR' : 'en-US');
}

/** Upper-case by the rules of the text's language (tr: i→İ, ı→I). */
export function upper(text: string, lang: Lang): string {
  return text.toLocaleUpperCase(lang === 'tr' ? 'tr-TR' : 'en-US');
}

/**
 * A language-neutral search key: Turkish-aware lower case, then the four i's folded
 * to one. Used where either language's text may be compared (concordance, anchors),
 * so "ZENGEZUR KORİDORU", "Zengezur koridoru" and "zengezur korıdoru" meet.
 */
export function foldKey(text: string, lang: Lang): string {
  return lower(text, lang).replace(/[ıi̇]/gu, 'i').replace(/\u0307/gu, '');
}

const LOWER_START = /^\p{Ll}/u;
const UPPER_START = /^\p{Lu}/u;

export function startsLower(text: string): boolean {
  return LOWER_START.test(text);
}

export function startsUpper(text: string): boolean {
  return UPPER_START.test(text);
}
