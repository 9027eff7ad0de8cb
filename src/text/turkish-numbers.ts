/**
 * The last word of a number as Turkish reads it aloud: what its case ending follows in
 * vowel harmony and consonant assimilation (1990’ların — doksan; 2023’ün — üç; 2000’li —
 * bin; 3,5’i — beş). Digits only, as written in a text (the integer part's grouping dots
 * or commas and a decimal part count by their last digits). Pure, O(digits).
 */
const UNITS = ['', 'bir', 'iki', 'üç', 'dört', 'beş', 'altı', 'yedi', 'sekiz', 'dokuz'];
const TENS = ['', 'on', 'yirmi', 'otuz', 'kırk', 'elli', 'altmış', 'yetmiş', 'seksen', 'doksan'];
/** The names of the groups of three digits, from the thousands up. */
const GROUPS = ['bin', 'milyon', 'milyar', 'trilyon', 'katrilyon'];

export function spokenTurkishEnd(number: string): string | undefined {
  const digits = number.replace(/[.,\s\u00a0\u202f]/gu, '');
  if (!/^\d+$/u.test(digits)) return undefined;
  const trimmed = digits.replace(/^0+/u, '');
  if (!trimmed) return 'sıfır';
  const units = Number(trimmed.at(-1));
  if (units) return UNITS[units];
  const tens = Number(trimmed.at(-2) ?? '0');
  if (tens) return TENS[tens];
  if (Number(trimmed.at(-3) ?? '0')) return 'yüz';
  // the lowest group of three with a digit other than 0 names the end (2000 — bin, 3000000 — milyon)
  for (let group = 1; group * 3 < trimmed.length; group++) {
    const digitsOfGroup = trimmed.slice(Math.max(0, trimmed.length - 3 * (group + 1)), trimmed.length - 3 * group);
    if (/[1-9]/u.test(digitsOfGroup)) return GROUPS[group - 1];
  }
  return undefined;
}
