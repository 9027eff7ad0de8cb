import { JUDGED_LETTERS, turkishLetterFits } from './deasciifier.js';

/**
 * Characters lost in extraction ("Ahılkelek" printed as "Ah□lkelek", "Karabağ" as
 * "Karaba��") put back from evidence at hand: the same word written intact elsewhere in
 * the document (or the glossary, or the other language's side — names and numbers), or a
 * URL slug in the same line. A run of lost symbols (□ U+25A1 or U+FFFD) stands for one or
 * two characters each that are not ASCII (extraction loses exactly those) or an
 * apostrophe. A word is restored when the evidence allows one filling; when it allows
 * several, they are listed and nothing is guessed. Pure; each damaged word is tried
 * against the vocabulary's words of the lengths it can have (indexed once per vocabulary).
 */

/** Intact words and how often they occur (the document's side, the glossary, the other side). */
export type Vocabulary = ReadonlyMap<string, number>;

export interface Restoration {
  /** The damaged word's range in the text. */
  start: number;
  end: number;
  found: string;
  /** Fillings the evidence allows, most frequent first. */
  candidates: string[];
  /** One filling only: safe to apply. */
  certain: boolean;
  /** For a certain restoration, what each run of lost symbols stands for (in order), with the run's range. */
  runs: { start: number; end: number; text: string }[];
}

const LOST = /[\u25a1\ufffd]+/gu;
/** A word that has lost characters: letters, apostrophes and lost symbols, at least one of the last. */
const DAMAGED_WORD = /[\p{L}\p{M}'’\u25a1\ufffd]*[\u25a1\ufffd][\p{L}\p{M}'’\u25a1\ufffd]*/gu;
const WORD = /[\p{L}\p{M}][\p{L}\p{M}'’]*/gu;
/** What a lost symbol may have been: a letter outside ASCII, a typographic apostrophe or dash. */
const LOST_CHAR = "[\\u00c0-\\u024f’‘'ʼ]";

const lengthIndex = new WeakMap<Vocabulary, Map<number, [string, number][]>>();

/** The vocabulary's words by length (in UTF-16 units, as the pattern counts), built once per vocabulary. */
function wordsByLength(vocabulary: Vocabulary): Map<number, [string, number][]> {
  let index = lengthIndex.get(vocabulary);
  if (!index) {
    index = new Map();
    for (const entry of vocabulary) (index.get(entry[0].length) ?? index.set(entry[0].length, []).get(entry[0].length)!).push(entry);
    lengthIndex.set(vocabulary, index);
  }
  return index;
}

/** The intact words of some texts, counted. O(total length). */
export function vocabularyOf(texts: Iterable<string>): Map<string, number> {
  const words = new Map<string, number>();
  for (const text of texts) {
    if (!text) continue;
    for (const m of text.matchAll(WORD)) {
      let w = m[0];
      // the apostrophe work only for the words that have one (most have none)
      const apostrophe = w.includes("'") || w.includes('’');
      if (apostrophe) w = w.replace(/['’]+$/u, '');
      words.set(w, (words.get(w) ?? 0) + 1);
      // a name with a suffix after its apostrophe (Karabağ’da) also counts as the name
      const stem = apostrophe ? /^([^'’]+)['’]\p{L}/u.exec(w)?.[1] : undefined;
      if (stem) words.set(stem, (words.get(stem) ?? 0) + 1);
    }
  }
  return words;
}

/** A damaged word as a pattern: its letters as they are, each run of n lost symbols as ⌈n/2⌉…n lost characters (captured). */
function patternOf(word: string): RegExp {
  let source = '';
  let at = 0;
  for (const m of word.matchAll(LOST)) {
    source += escape(word.slice(at, m.index));
    const n = m[0].length;
    source += `(${LOST_CHAR}{${Math.ceil(n / 2)},${n}})`;
    at = m.index + n;
  }
  source += escape(word.slice(at));
  return new RegExp(`^${source}$`, 'u');
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Words of a URL slug in the text (…/armenia-india-relations…), as candidates in either case. */
function slugWords(text: string): string[] {
  const out: string[] = [];
  // the path only: the scheme and the host name are not words of the text
  for (const m of text.matchAll(/\b(?:https?:\/\/|www\.)[^\s/]+(\/\S*)?/giu)) for (const w of (m[1] ?? '').split(/[^\p{L}\p{M}]+/u)) if (w.length > 1) out.push(w);
  return out;
}

/** A candidate in the damaged word's case: "india" for "□□□□□" stays "india", for "Armenia" context "India". */
function inCaseOf(candidate: string, damaged: string): string {
  const letters = damaged.replace(LOST, '');
  if (letters && letters === letters.toUpperCase() && letters !== letters.toLowerCase()) return candidate.toLocaleUpperCase();
  return candidate;
}

/** Characters a lost symbol may stand for, by language, for trying fillings against a dictionary. */
const FILLS: Record<'en' | 'tr', readonly string[]> = {
  tr: ['ç', 'ğ', 'ı', 'ö', 'ş', 'ü', 'Ç', 'Ğ', 'İ', 'Ö', 'Ş', 'Ü', 'â', 'î', 'û', '’'],
  en: ['’', 'é', 'è', 'á', 'ü', 'ö', 'ç', 'ş', 'ğ', 'ı', 'ñ'],
};

/** At most this many fillings of one word are tried against the dictionary. */
const MAX_FILLINGS = 50_000;

/**
 * A damaged word's fillings that a spelling dictionary accepts (a word with an
 * apostrophe: the part before it a known word or a capitalised name, the part after a
 * short suffix). Null when the word has too many lost runs to try.
 */
function dictionaryFillings(found: string, lang: 'en' | 'tr', spell: (word: string) => boolean, opensSentence: boolean): string[] | null {
  const runs = [...found.matchAll(LOST)];
  // too little left of the word to judge a filling ("Do□." may be Doç. or Doğ.)
  if (found.replace(LOST, '').replace(/[’']/gu, '').length < 3) return null;
  const letters = FILLS[lang];
  const known = found.replace(LOST, '').replace(/[^\p{L}]/gu, '');
  const allCaps = known.length >= 2 && known === known.toLocaleUpperCase('tr');
  const lower = letters.filter((c) => c === c.toLocaleLowerCase('tr'));
  const upper = letters.filter((c) => c !== c.toLocaleLowerCase('tr'));
  const options = runs.map((r) => {
    const n = r[0].length;
    if (n > 6) return [];
    // capitals in a word in capitals; at the start of a word either (a name mid-sentence), else small letters
    const alphabet = allCaps ? [...upper, '’'] : r.index === 0 ? (opensSentence ? upper : [...lower, ...upper]) : lower;
    const out: string[] = [];
    const grow = (prefix: string, left: number): void => {
      if (left === 0) {
        out.push(prefix);
        return;
      }
      for (const c of alphabet) grow(prefix + c, left - 1);
    };
    for (let m = Math.ceil(n / 2); m <= Math.min(n, 3); m++) grow('', m);
    return out;
  });
  if (options.some((o) => !o.length) || options.reduce((p, o) => p * o.length, 1) > MAX_FILLINGS) return null;
  const accepted: string[] = [];
  const fill = (k: number, at: number, word: string): void => {
    if (k === runs.length) {
      word += found.slice(at);
      if (acceptable(word, spell, lang)) accepted.push(word);
      return;
    }
    const r = runs[k]!;
    for (const o of options[k]!) fill(k + 1, r.index + r[0].length, word + found.slice(at, r.index) + o);
  };
  fill(0, 0, '');
  return accepted;
}

/** Case endings Turkish writes after an apostrophe (Ankara’da, İran’ın, Türkiye’nin, 1990’ların …). */
const TR_APOSTROPHE_SUFFIX = /^(?:[ynsd]?[aeıioöuü]|[dt][aeıiuü]|[dt][ae]n|n[dt][ae]n?|[ny]?[ıiuü]n|[ny]?[ıiuü]n[ıiuü]n|l[ae]r(?:[ıi](?:n(?:[ıi]n)?)?)?|y?l[ae]|[dt][ae]k[ıi]|k[ıi])$/u;

function acceptable(word: string, spell: (word: string) => boolean, lang: 'en' | 'tr'): boolean {
  const apostrophe = /^([^’']+)[’']([^’']*)$/u.exec(word);
  if (!apostrophe) return spell(word);
  const [, stem, suffix] = apostrophe;
  // English: a possessive 's after a word; Turkish: a case ending after a name
  if (lang === 'en') return suffix === 's' && (spell(stem!) || /^\p{Lu}[\x00-\x7f]*$/u.test(stem!));
  // a name the dictionary knows, with a case ending in harmony
  return /^\p{Lu}/u.test(stem!) && spell(stem!) && TR_APOSTROPHE_SUFFIX.test(suffix!) && harmonises(stem!, suffix!);
}

/** Turkish vowel harmony between a name and its case ending (İran’ın, Türkiye’nin, Ermenistan’ın — not Ermenistan’ün). */
function harmonises(stem: string, suffix: string): boolean {
  const last = /[aeıioöuü](?=[^aeıioöuü]*$)/u.exec(stem.toLocaleLowerCase('tr'))?.[0];
  const first = /[aeıioöuü]/u.exec(suffix)?.[0];
  if (!last || !first) return true;
  const back = 'aıou'.includes(last);
  if (first === 'a' || first === 'e') return (first === 'a') === back;
  const expected = { a: 'ı', ı: 'ı', e: 'i', i: 'i', o: 'u', u: 'u', ö: 'ü', ü: 'ü' }[last];
  return first === expected;
}

export interface RestoreOptions {
  /** A spelling dictionary of the line's language: fillings it accepts are evidence too. */
  spell?: (word: string) => boolean;
  lang?: 'en' | 'tr';
}

export function restoreLost(text: string, vocabulary: Vocabulary, options: RestoreOptions = {}): Restoration[] {
  if (!text.includes('\u25a1') && !text.includes('\ufffd')) return [];
  const slugs = slugWords(text);
  const out: Restoration[] = [];
  for (const m of text.matchAll(DAMAGED_WORD)) {
    const found = m[0];
    // a lone □ between spaces is the symbol itself
    if (!/[\p{L}]/u.test(found) && found.length < 2) continue;
    // a suffix after an apostrophe ("Ah□lkelek’te") is matched on the name alone
    const suffix = /['’][\p{L}]+$/u.exec(found);
    const stemmed = suffix && /[\u25a1\ufffd]/u.test(found.slice(0, suffix.index)) ? found.slice(0, suffix.index) : found;
    const ending = found.slice(stemmed.length);
    const pattern = patternOf(stemmed);
    const counts = new Map<string, number>();
    // a word of nothing but lost symbols fits too many words: only a link's slug may name it
    if (/\p{L}/u.test(found)) {
      // only words of a length the damaged one can have are tried (a run of n symbols is ⌈n/2⌉…n characters)
      const kept = stemmed.replace(LOST, '').length;
      let shortest = kept;
      let longest = kept;
      for (const r of stemmed.matchAll(LOST)) {
        shortest += Math.ceil(r[0].length / 2);
        longest += r[0].length;
      }
      const byLength = wordsByLength(vocabulary);
      for (let length = shortest; length <= longest; length++) {
        for (const [word, n] of byLength.get(length) ?? []) if (pattern.test(word)) counts.set(word + ending, (counts.get(word + ending) ?? 0) + n);
      }
    }
    // a whole word lost (one symbol a letter): the slug of a link in the same line may hold
    // it, in title case between title-case words ("Armenia □□□□□ Relations")
    if (/^[\u25a1\ufffd]+$/u.test(found)) {
      const before = text.slice(0, m.index).trimEnd().split(/\s+/).pop() ?? '';
      const after = text.slice(m.index + found.length).trimStart().split(/\s+/)[0] ?? '';
      const title = /^\p{Lu}/u.test(before) && /^\p{Lu}/u.test(after);
      const near = new Set([before, after].map((w) => w.toLocaleLowerCase()));
      for (const s of slugs) {
        if (s.length !== found.length || near.has(s.toLocaleLowerCase())) continue;
        const word = title ? s[0]!.toLocaleUpperCase() + s.slice(1) : inCaseOf(s, found);
        counts.set(word, (counts.get(word) ?? 0) + 1);
      }
    }
    // a word that opens the text or a sentence is capitalised, whatever case the evidence had
    const opensSentence = /^[\u25a1\ufffd]/u.test(found) && /(?:^|[.!?]\s+)$/u.test(text.slice(0, m.index));
    if (opensSentence) {
      for (const [word, n] of [...counts]) {
        const upper = word[0]!.toLocaleUpperCase('tr') + word.slice(1);
        if (upper === word) continue;
        counts.delete(word);
        counts.set(upper, (counts.get(upper) ?? 0) + n);
      }
    }
    // nothing in the document fits: the fillings a spelling dictionary accepts
    if (!counts.size && options.spell && options.lang && /\p{L}/u.test(found)) {
      for (const w of dictionaryFillings(stemmed, options.lang, options.spell, opensSentence) ?? []) counts.set(w + ending, 1);
    }
    // (filling runs from character trigrams of the document was tried: 16.9 % of lines made worse at the
    // loosest setting, 1.4 % and no line gained at the strictest; left out)
    let candidates = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([w]) => w);
    let certain = candidates.length === 1;
    // several fit: the ones whose Turkish letters the decision lists confirm in this line come
    // first (in their order), and one alone so confirmed is taken
    if (candidates.length > 1) {
      const before = text.slice(0, m.index);
      const after = text.slice(m.index + found.length);
      const confirmed = candidates.filter((c) => confirmedIn(before, c, after, found));
      certain = confirmed.length === 1;
      candidates = [...confirmed, ...candidates.filter((c) => !confirmed.includes(c))];
    }
    const runs: Restoration['runs'] = [];
    if (certain) {
      const groups = pattern.exec(candidates[0]!.slice(0, candidates[0]!.length - ending.length));
      let k = 1;
      for (const r of found.matchAll(LOST)) {
        // a slug word replaces the whole run when the pattern did not apply to it
        const textOfRun = groups ? groups[k++]! : candidates[0]!;
        runs.push({ start: m.index + r.index, end: m.index + r.index + r[0].length, text: textOfRun });
      }
    }
    out.push({ start: m.index, end: m.index + found.length, found, candidates, certain, runs });
  }
  return out;
}

/** Every Turkish letter the filling put in reads right in its line by the decision lists. */
function confirmedIn(before: string, word: string, after: string, damaged: string): boolean {
  const text = before + word + after;
  let judged = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word[i]!;
    if (!JUDGED_LETTERS.has(c) || damaged.includes(c)) continue;
    judged++;
    if (!turkishLetterFits(text, before.length + i)) return false;
  }
  return judged > 0;
}

/** The text with every certain restoration applied. */
export function applyRestorations(text: string, restorations: readonly Restoration[]): string {
  let out = '';
  let at = 0;
  for (const r of restorations) {
    if (!r.certain) continue;
    for (const run of r.runs) {
      out += text.slice(at, run.start) + run.text;
      at = run.end;
    }
  }
  return out + text.slice(at);
}
