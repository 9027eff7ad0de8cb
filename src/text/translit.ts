import { lower, type Lang } from './case.js';

/**
 * A spelling-system-neutral key for names, so that English and Turkish spellings of the
 * same place or person meet: Pashinyan/Paşinyan → "pasinian", Nakhchivan/Nahçıvan →
 * "nahcivan", Khankendi/Hankendi → "hankendi", Azerbaijan/Azerbaycan → "azerbaican".
 *
 * English digraphs are mapped to the Turkish letters they spell (kh→h, sh→ş, ch→ç,
 * zh→j, gh→ğ, j→c), then both sides lose their diacritics and y between letters
 * becomes i (Turkish writes the glide as y where English writes i or y).
 */
const ENGLISH_DIGRAPHS: [RegExp, string][] = [
  [/kh/g, 'h'],
  [/sch/g, 'ş'],
  [/sh/g, 'ş'],
  [/tch/g, 'ç'],
  [/ch/g, 'ç'],
  [/zh/g, 'j'],
  [/gh/g, 'ğ'],
  [/ph/g, 'f'],
  [/th/g, 't'],
  [/ck/g, 'k'],
  [/dj/g, 'c'],
  [/j/g, 'c'],
  [/x/g, 'ks'],
  [/w/g, 'v'],
  [/q/g, 'k'],
  [/ou/g, 'u'],
];

/** Letters outside ASCII → the ASCII letter they are written as without their marks (small letters; capitals in withoutDiacritics). */
const FOLD: Record<string, string> = {
  ç: 'c', ş: 's', ğ: 'g', ı: 'i', ö: 'o', ü: 'u', â: 'a', î: 'i', û: 'u', é: 'e', è: 'e', ë: 'e', á: 'a', à: 'a', ä: 'a', í: 'i', ó: 'o', ô: 'o', ú: 'u', ñ: 'n',
};

/** How English spells the Turkish letters it has a digraph for (the inverse of ENGLISH_DIGRAPHS' sh → ş, ch → ç). */
export const ENGLISH_DIGRAPH_OF: Readonly<Record<string, string>> = { ş: 'sh', ç: 'ch' };

/**
 * A word as written without its letters' marks, case kept: Bakü → Baku, İğdır → Igdir;
 * with `spelled`, some letters as digraphs instead (Abşeron → Absheron). O(word).
 */
export function withoutDiacritics(word: string, spelled: Readonly<Record<string, string>> = {}): string {
  let out = '';
  for (const ch of word) {
    // İ is I without its dot (its small letter, i, has nothing to fold)
    if (ch === 'İ') {
      out += 'I';
      continue;
    }
    const small = ch.toLowerCase();
    const plain = spelled[small] ?? FOLD[small];
    if (plain === undefined) out += ch;
    else out += small === ch ? plain : plain[0]!.toUpperCase() + plain.slice(1);
  }
  return out;
}

/** Turkish suffixes after an apostrophe and English possessives are not part of the name. */
const APOSTROPHE = /['’‘`´].*$/u;

const keyCache: Record<Lang, Map<string, string>> = { en: new Map(), tr: new Map() };

export function nameKey(word: string, lang: Lang): string {
  const cache = keyCache[lang];
  let key = cache.get(word);
  if (key === undefined) {
    key = computeNameKey(word, lang);
    if (cache.size > 100_000) cache.clear();
    cache.set(word, key);
  }
  return key;
}

function computeNameKey(word: string, lang: Lang): string {
  let w = lower(word.replace(APOSTROPHE, ''), lang);
  if (lang === 'en') for (const [re, to] of ENGLISH_DIGRAPHS) w = w.replace(re, to);
  let out = '';
  for (const ch of w.normalize('NFC')) out += FOLD[ch] ?? ch;
  return out
    .replace(/[^a-z0-9]/g, '')
    .replace(/y/g, 'i')
    .replace(/(.)\1+/g, '$1'); // doubled letters: "Kars"/"Karss", "Abbas"/"Abas"
}

/**
 * Similarity of two name keys in [0, 1]: 1 − edit distance / longer length, over the
 * keys' common length plus at most 3 trailing letters of the longer one (Turkish adds
 * suffixes to names written without an apostrophe in careless texts).
 * O(|a|·|b|) on short strings.
 */
export function nameSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  if (!a || !b) return 0;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  // demonyms and adjectives: Russian/Rus, Turkish/Türk, Azerbaijani/Azerbaycan
  if (short.length >= 3 && long.startsWith(short) && long.length - short.length <= 4) return 0.8;
  const candidate = long.length - short.length <= 3 ? long : long.slice(0, short.length + 3);
  return 1 - editDistance(short, candidate) / Math.max(short.length, candidate.length);
}

export function editDistance(a: string, b: string): number {
  const prev = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    let diagonal = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = prev[j]!;
      prev[j] = Math.min(above + 1, prev[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return prev[b.length]!;
}
