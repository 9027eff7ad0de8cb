import { foldForCounts, type WordCounts } from './corpus.js';
import { JUDGED_LETTERS, turkishLetterFits } from './deasciifier.js';
import type { FormLookup, SpellCheck } from './types.js';
import { SkeletonIndex } from './skeleton.js';
import { namedByTranslation, translatedStems, type TranslatedStems } from './translated-stems.js';
import { CharClass, forEachWord, isDigitAt } from '../text/charclass.js';
import { ENGLISH_DIGRAPH_OF, withoutDiacritics } from '../text/translit.js';
import { MONTH_NAMES } from '../text/calendar.js';
import { spokenTurkishEnd } from '../text/turkish-numbers.js';

/**
 * Characters lost in extraction ("Ahılkelek" printed as "Ah□lkelek", "Karabağ" as
 * "Karaba��") put back from evidence at hand. Extraction loses exactly the characters
 * outside ASCII, each as one or two lost symbols (□ U+25A1 or U+FFFD; three for a
 * three-byte character lost byte by byte), so a damaged word keeps its ASCII letters and
 * marks where the others were. The words that fit are found by skeleton (skeleton.ts)
 * among:
 * - the same word written intact elsewhere (the document, the glossary, the other side);
 * - the line's spelling dictionary, every inflected form of it, also where the dictionary
 *   writes â, î, û or a capital İ as a, i, u, i;
 * - a name with a case ending after a lost apostrophe (Paşinyan’ın, Russia’s);
 * - a URL slug in the same line, for a whole lost word;
 * - for Turkish, when nothing else fits, the letters Yüret's deasciification decision
 *   lists choose, one filling only.
 * A word is restored when the evidence leaves one filling; when it leaves several, they
 * are listed and nothing is guessed. Pure; O(word length) per damaged word and source
 * (one skeleton look-up), apart from the decision lists' fixed-size look-ups.
 */

/** Intact words and how often they occur (the document's side, the glossary, the other side). */
export type Vocabulary = ReadonlyMap<string, number>;

export interface Restoration {
  /** The damaged word's range in the text. */
  start: number;
  end: number;
  found: string;
  /** Fillings the evidence allows, most likely first. */
  candidates: string[];
  /** One filling only: safe to apply. */
  certain: boolean;
  /** For a certain restoration, what each run of lost symbols stands for (in order), with the run's range. */
  runs: { start: number; end: number; text: string }[];
}

export interface RestoreOptions {
  /** A spelling dictionary of the line's language: fillings it accepts are evidence too. */
  spell?: SpellCheck;
  /** The same dictionary's forms by skeleton (dictionaries.ts loadedDictionaryForms). */
  forms?: FormLookup;
  lang?: 'en' | 'tr';
  /** How often the line's language writes each word (corpus.ts): which of several fillings people write. */
  counts?: WordCounts;
  /**
   * The other language's sources, for a capitalised word the line's own do not know: an
   * English analysis of Turkey writes Turkish names (T□rkiye, Eski□ehir, I□d□r).
   */
  names?: RestoreOptions;
  /** For a Turkish line, its aligned English segment: the words it translates name fillings (translated-stems.ts). */
  alignedEnglish?: string;
}

const LOST = /[\u25a1\ufffd]+/gu;
const LOST_ONE = /[\u25a1\ufffd]/u;
const LONE_SYMBOL = /(?<![\u25a1\ufffd])[\u25a1\ufffd](?![\u25a1\ufffd])/u;
/** A word that has lost characters: letters, apostrophes and lost symbols, at least one of the last. */
const DAMAGED_WORD = /[\p{L}\p{M}'’\u25a1\ufffd]*[\u25a1\ufffd][\p{L}\p{M}'’\u25a1\ufffd]*/gu;
/** Letters and combining marks: what a word starts with; with apostrophes, what it holds. */
const WORD_START = new CharClass(/[\p{L}\p{M}]/u);
const WORD_PART = new CharClass(/[\p{L}\p{M}'’]/u);
const isLost = (code: number): boolean => code === 0x25a1 || code === 0xfffd;

/** The intact words of some texts, counted. O(total length). */
export function vocabularyOf(texts: Iterable<string>): Map<string, number> {
  const words = new WordCounter();
  for (const text of texts) {
    if (!text) continue;
    // a word is a letter or mark followed by letters, marks and apostrophes
    forEachWord(text, WORD_START, WORD_PART, (start, end, cut) => {
      // a fragment next to lost symbols is not a word
      if (isLost(text.charCodeAt(start - 1)) || isLost(text.charCodeAt(end))) return;
      // most words have no apostrophe: counted where they stand, without a copy
      if (cut === end) return words.addSlice(text, start, end);
      const w = text.slice(start, end).replace(/['’]+$/u, '');
      words.add(w);
      // a name with a suffix after its apostrophe (Karabağ’da) also counts as the name
      const stem = /^([^'’]+)['’]\p{L}/u.exec(w)?.[1];
      if (stem) words.add(stem);
    });
  }
  return words.toMap();
}

/**
 * Words counted in an open-addressing table keyed by an FNV-1a hash of their characters,
 * read where they stand in the text: a word already counted costs its hash and one
 * comparison, with no string made for it (a Map needs the word as a string first, and a
 * document of 100,000 pairs has millions of words and a few thousand distinct ones).
 * `toMap` gives the words in the order first met, as a Map filled word by word would.
 */
class WordCounter {
  private slots = new Int32Array(1 << 12);
  private readonly words: string[] = [];
  private readonly hashes: number[] = [];
  private readonly counts: number[] = [];

  addSlice(text: string, start: number, end: number): void {
    let hash = 0x811c9dc5 | 0;
    for (let i = start; i < end; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 16777619);
    const length = end - start;
    const mask = this.slots.length - 1;
    for (let s = hash & mask; ; s = (s + 1) & mask) {
      const i = this.slots[s]! - 1;
      if (i < 0) return this.insert(s, text.slice(start, end), hash);
      const word = this.words[i]!;
      if (this.hashes[i] === hash && word.length === length && text.startsWith(word, start)) {
        this.counts[i]!++;
        return;
      }
    }
  }

  add(word: string): void {
    this.addSlice(word, 0, word.length);
  }

  toMap(): Map<string, number> {
    const out = new Map<string, number>();
    this.words.forEach((w, i) => out.set(w, this.counts[i]!));
    return out;
  }

  private insert(slot: number, word: string, hash: number): void {
    this.slots[slot] = this.words.length + 1;
    this.words.push(word);
    this.hashes.push(hash);
    this.counts.push(1);
    // at most half full, so a probe ends soon
    if (this.words.length * 2 > this.slots.length) {
      this.slots = new Int32Array(this.slots.length * 2);
      const mask = this.slots.length - 1;
      this.hashes.forEach((h, i) => {
        let s = h & mask;
        while (this.slots[s] !== 0) s = (s + 1) & mask;
        this.slots[s] = i + 1;
      });
    }
  }
}

const vocabularyIndexes = new WeakMap<Vocabulary, SkeletonIndex>();

/** A vocabulary changed in place (an edit noted in a kept one): its index is built again when next needed. */
export function vocabularyChanged(vocabulary: Vocabulary): void {
  vocabularyIndexes.delete(vocabulary);
  vocabularyPrefixes.delete(vocabulary);
}

const vocabularyPrefixes = new WeakMap<Vocabulary, Set<string>>();

/** Every beginning of the vocabulary's words, in small letters, built once per vocabulary when first asked: O(letters of the vocabulary). */
function prefixesOf(vocabulary: Vocabulary): Set<string> {
  let prefixes = vocabularyPrefixes.get(vocabulary);
  if (!prefixes) {
    prefixes = new Set();
    for (const word of vocabulary.keys()) {
      const small = lowerTr(word);
      for (let end = 1; end <= small.length; end++) prefixes.add(small.slice(0, end));
    }
    vocabularyPrefixes.set(vocabulary, prefixes);
  }
  return prefixes;
}

/** The vocabulary's words by skeleton, built once per vocabulary. */
function vocabularyIndex(vocabulary: Vocabulary): SkeletonIndex {
  let index = vocabularyIndexes.get(vocabulary);
  if (!index) {
    index = new SkeletonIndex(vocabulary.keys());
    vocabularyIndexes.set(vocabulary, index);
  }
  return index;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const upperTr = (s: string) => s.toLocaleUpperCase('tr');
const lowerTr = (s: string) => s.toLocaleLowerCase('tr');
const startsUpper = (s: string) => /^\p{Lu}/u.test(s);

/**
 * A letter a dictionary or a document may write in ASCII although the text had it
 * outside: â î û as a i u (güzergah for güzergâh), and İ as i (the dictionary's small
 * letters, "ilişkiler" for "İlişkiler", "koridor" for "KORİDOR").
 */
const PLAIN_SPELLING = ['a', 'i', 'u'] as const;
type Plain = (typeof PLAIN_SPELLING)[number];
const MARKED: Record<Plain, { lower: string; upper: string }> = { a: { lower: 'â', upper: 'Â' }, i: { lower: 'î', upper: 'İ' }, u: { lower: 'û', upper: 'Û' } };
/** At most this many lost runs of a word are also tried as a plainly spelt letter (4ⁿ look-ups). */
const MAX_PLAIN_RUNS = 3;
/**
 * A plainly spelt letter in place of a lost run: the whole run, or its first or last letter
 * with other lost letters beside it (k□□□t: kâğıt, which the sources write kağıt). The
 * latter only in words of at most two runs (10ⁿ look-ups).
 */
interface PlainAt {
  letter: Plain;
  at: 'run' | 'start' | 'end';
}
const MAX_PLAIN_EDGE_RUNS = 2;

/** The bytes UTF-8 gives a character: a lost run of n symbols has characters of 1 or 2 symbols each, or one per byte. */
function maxSymbols(c: string): number {
  const code = c.codePointAt(0)!;
  return Math.max(2, code < 0x800 ? 2 : code < 0x10000 ? 3 : 4);
}

interface Fill {
  /** Text per lost run, before casing. */
  texts: string[];
  /** Runs the source spelt plainly (a letter to mark), by index. */
  plain: (PlainAt | undefined)[];
  form: string;
}

/**
 * The forms of a source that fit a damaged word, with what each run stands for. A run of
 * n symbols stands for m characters outside ASCII with m ≤ n ≤ Σ symbols they can take.
 * `lookup` gives a source's forms by skeleton; `known` whether an ASCII form exists.
 */
function fillsFrom(damaged: string, lookup: (word: string) => readonly string[], known: (word: string) => string | undefined, marks: boolean): Fill[] {
  const runs = [...damaged.matchAll(LOST)];
  const out: Fill[] = [];
  // without marks, only a capital İ that the source writes as i (a word's first letter, or in capitals)
  const capitals = /^[^\p{Ll}]*$/u.test(damaged);
  const choices: (PlainAt | undefined)[][] = runs.map((r, k) => {
    const n = r[0].length;
    if (k >= MAX_PLAIN_RUNS) return [undefined];
    if (!marks) return n <= 2 && (r.index === 0 || capitals) ? [undefined, { letter: 'i', at: 'run' }] : [undefined];
    const options: (PlainAt | undefined)[] = [undefined];
    for (const letter of PLAIN_SPELLING) {
      if (n <= 2) options.push({ letter, at: 'run' });
      if (n >= 2 && runs.length <= MAX_PLAIN_EDGE_RUNS) options.push({ letter, at: 'start' }, { letter, at: 'end' });
    }
    return options;
  });
  // the choices of all runs, one combination at a time (at most 10ⁿ, n ≤ MAX_PLAIN_EDGE_RUNS
  // for edge marks): the word to look up is built for each, the pattern only for one that a
  // source has forms for — most have none
  const chosen: (PlainAt | undefined)[] = new Array(runs.length);
  const leaf = (): void => {
    let word = '';
    let at = 0;
    runs.forEach((r, j) => {
      const c = chosen[j];
      word += damaged.slice(at, r.index) + (!c ? r[0] : c.at === 'run' ? c.letter : c.at === 'start' ? `${c.letter}\u25a1` : `\u25a1${c.letter}`);
      at = r.index + r[0].length;
    });
    word += damaged.slice(at);
    const forms = chosen.every((c) => c?.at === 'run') ? [known(word)].filter((f): f is string => f !== undefined) : lookup(word);
    if (!forms.length) return;
    const plain = [...chosen];
    for (const form of forms) {
      const texts = matchRuns(form, damaged, runs, plain);
      if (!texts) continue;
      // the symbols must be able to stand for the characters found (a marked letter takes one or two)
      const fits = (t: string, j: number): boolean => {
        const c = plain[j];
        if (c?.at === 'run') return true;
        const lost = !c ? t : c.at === 'start' ? t.slice(1) : t.slice(0, -1);
        const symbols = runs[j]![0].length - (c ? 1 : 0);
        return [...lost].length <= symbols && [...lost].reduce((sum, ch) => sum + maxSymbols(ch), 0) + (c ? 1 : 0) >= symbols;
      };
      if (!texts.every(fits)) continue;
      out.push({ texts, plain, form });
    }
  };
  const combine = (k: number, edgeMarks: number): void => {
    if (k === runs.length) return leaf();
    for (const c of choices[k]!) {
      // one marked letter beside other lost ones to a word: each is a claim no source makes
      const edge = c !== undefined && c.at !== 'run' ? 1 : 0;
      if (edgeMarks + edge > 1) continue;
      chosen[k] = c;
      combine(k + 1, edgeMarks + edge);
    }
  };
  combine(0, 0);
  return out;
}

const ASCII_END = 0x7f;

/** Whether two characters are the same letter but for case, as a regular expression's `iu` flags compare them (İ is not i, ı is not I). */
function sameLetter(a: string, b: string): boolean {
  if (a === b) return true;
  const lower = a.toLowerCase();
  return lower.length === a.length && lower === b.toLowerCase();
}

/**
 * The texts each lost run of `damaged` stands for in `form`, or undefined where the form
 * does not fit: the kept characters equal but for case, a run of n symbols ⌈n/4⌉…n
 * characters outside ASCII, or the plain letter chosen for it (alone, or first or last
 * beside 1…n−1 others). Runs take as many characters as they can, the first run first (as
 * a regular expression's greedy groups would: the same split). A hand matcher, not a
 * regular expression built per word: compiling one for each of the 10ⁿ combinations was
 * most of a first run's time. O(|form| · ∏ run lengths), a few steps for a word.
 */
function matchRuns(form: string, damaged: string, runs: readonly RegExpMatchArray[], chosen: readonly (PlainAt | undefined)[]): string[] | undefined {
  const chars = [...form];
  const texts: string[] = new Array(runs.length);
  const literalAt = (text: string, at: number): number => {
    // the kept characters from `at`, or -1
    let k = at;
    for (const ch of text) {
      if (k >= chars.length || !sameLetter(ch, chars[k]!)) return -1;
      k++;
    }
    return k;
  };
  const outside = (k: number) => chars[k] !== undefined && chars[k]!.codePointAt(0)! > ASCII_END;
  const go = (j: number, at: number, from: number): boolean => {
    // `from`: the index in `damaged` after the previous run
    const literal = damaged.slice(from, j < runs.length ? runs[j]!.index : damaged.length);
    const k = literalAt(literal, at);
    if (k < 0) return false;
    if (j === runs.length) return k === chars.length;
    const n = runs[j]![0].length;
    const c = chosen[j];
    const next = runs[j]!.index! + n;
    if (c?.at === 'run') {
      if (k >= chars.length || !sameLetter(c.letter, chars[k]!)) return false;
      texts[j] = chars[k]!;
      return go(j + 1, k + 1, next);
    }
    const [min, max] = c ? [1, n - 1] : [Math.ceil(n / 4), n];
    const head = c?.at === 'start' ? 1 : 0;
    if (head && (k >= chars.length || !sameLetter(c!.letter, chars[k]!))) return false;
    // how many characters outside ASCII follow
    let run = 0;
    while (run < max && outside(k + head + run)) run++;
    for (let len = run; len >= min; len--) {
      const end = k + head + len;
      if (c?.at === 'end' && (end >= chars.length || !sameLetter(c.letter, chars[end]!))) continue;
      const stop = end + (c?.at === 'end' ? 1 : 0);
      texts[j] = chars.slice(k, stop).join('');
      if (go(j + 1, stop, next)) return true;
    }
    return false;
  };
  return go(0, 0, 0) ? texts : undefined;
}

/**
 * A filling in the damaged word's case: capitals in a word written in capitals; a capital
 * at the start where the source has one (a name), a sentence opens, or the letter is an İ
 * the source spelt plainly; otherwise the source's case. Undefined when the case makes a
 * lost character ASCII (ı in capitals is I), which it cannot be.
 */
function casedWord(damaged: string, fill: Fill, opensSentence: boolean, forceCapital = false): { word: string; runs: string[] } | undefined {
  const known = damaged.replace(LOST, '').replace(/[^\p{L}]/gu, '');
  const allCaps = known.length >= 2 && known === upperTr(known) && known !== lowerTr(known);
  // a name is not written in small letters
  if (/^\p{Ll}/u.test(damaged) && startsUpper(fill.form)) return undefined;
  const runs = [...damaged.matchAll(LOST)];
  const texts: string[] = [];
  for (let j = 0; j < runs.length; j++) {
    const atStart = runs[j]!.index === 0;
    const capital = atStart && (opensSentence || forceCapital || startsUpper(fill.form));
    const plain = fill.plain[j];
    let text: string;
    if (plain?.at === 'run') text = allCaps || (atStart && (capital || plain.letter === 'i')) ? MARKED[plain.letter].upper : MARKED[plain.letter].lower;
    else if (plain) {
      // the marked letter where the source has its plain one, the other letters as found
      const t = fill.texts[j]!;
      const marked = plain.at === 'start' ? MARKED[plain.letter].lower + t.slice(1) : t.slice(0, -1) + MARKED[plain.letter].lower;
      text = allCaps ? upperTr(marked) : capital ? upperTr(marked[0]!) + marked.slice(1) : marked;
    }
    else if (allCaps) text = upperTr(fill.texts[j]!);
    else if (capital) text = upperTr(fill.texts[j]![0]!) + fill.texts[j]!.slice(1);
    else text = fill.texts[j]!;
    // letters inside a word take the case of the kept letter after them (or before, at its
    // end): a form the sources write in capitals fills "G□ney" as Güney, not GÜney
    if (plain?.at !== 'run' && !allCaps && smallNeighbour(damaged, runs[j]!.index, runs[j]!.index + runs[j]![0].length)) text = capital ? text[0]! + lowerTr(text.slice(1)) : lowerTr(text);
    if (!/^[^\x00-\x7f]+$/u.test(text)) return undefined;
    texts.push(text);
  }
  let word = '';
  let at = 0;
  runs.forEach((r, j) => {
    word += damaged.slice(at, r.index) + texts[j];
    at = r.index + r[0].length;
  });
  return { word: word + damaged.slice(at), runs: texts };
}

/** Whether the letter next to a run (after it, or before it at the word's end) is a small one. */
function smallNeighbour(damaged: string, start: number, end: number): boolean {
  const next = /^\p{L}/u.exec(damaged.slice(end))?.[0] ?? (end === damaged.length ? /\p{L}$/u.exec(damaged.slice(0, start))?.[0] : undefined);
  return next !== undefined && next !== upperTr(next) && next === lowerTr(next);
}

/** Case endings Turkish writes after an apostrophe (Ankara’da, İran’ın, Türkiye’nin, 1990’ların …). */
const TR_APOSTROPHE_SUFFIX = /^(?:[ynsd]?[aeıioöuü]|[dt][aeıiuü]|[dt][ae]n|n[dt][ae]n?|[ny]?[ıiuü]n|[ny]?[ıiuü]n[ıiuü]n|l[ae]r(?:[ıi](?:n(?:[ıi]n)?)?)?|y?l[ae]|[dt][ae]k[ıi]|k[ıi])$/u;
/**
 * What Turkish writes after a number's apostrophe: the case endings, and the endings only
 * numbers take there — -lI (1990’lı yıllar) and the ordinal -(I)ncI (3’üncü, 6’ncı).
 */
const TR_NUMBER_SUFFIX = new RegExp(`${TR_APOSTROPHE_SUFFIX.source}|^(?:l[ıiuü]|l[ıiuü]k|[ıiuü]?nc[ıiuü](?:[ıiuü]|s[ıiuü]|n[ıiuü]n)?)$`, 'u');
/** What English writes after an apostrophe: a possessive or a contraction. */
const EN_APOSTROPHE_SUFFIX = /^(?:s|t|ll|re|ve|d|m)$/iu;
/** Letters a lost symbol in a Turkish case ending may stand for. */
const SUFFIX_LETTERS = ['ı', 'ü', 'ö', 'ç', 'ş', 'ğ'];

/** Whether a word with an apostrophe has an ending in its name's vowel harmony (a word without one has nothing to harmonise). */
function endingHarmonises(word: string): boolean {
  const apostrophe = word.search(/['’]/u);
  return apostrophe <= 0 || harmonises(word.slice(0, apostrophe), word.slice(apostrophe + 1));
}

/** Turkish vowel harmony between a name and its case ending (İran’ın, Türkiye’nin, Ermenistan’ın — not Ermenistan’ün). */
function harmonises(stem: string, suffix: string): boolean {
  const last = /[aeıioöuü](?=[^aeıioöuü]*$)/u.exec(lowerTr(stem))?.[0];
  const first = /[aeıioöuü]/u.exec(lowerTr(suffix))?.[0];
  if (!last || !first) return true;
  const back = 'aıou'.includes(last);
  if (first === 'a' || first === 'e') return (first === 'a') === back;
  const expected = { a: 'ı', ı: 'ı', e: 'i', i: 'i', o: 'u', u: 'u', ö: 'ü', ü: 'ü' }[last];
  return first === expected;
}

/**
 * The fillings of a damaged case ending (each run of lost symbols as one or two Turkish
 * letters: endings have few) that are a case ending. Harmony with the name is checked by
 * the caller. O(6² per run).
 */
function suffixFillings(damaged: string, lang: 'en' | 'tr', endings: RegExp = TR_APOSTROPHE_SUFFIX): string[] {
  if (lang === 'en') return EN_APOSTROPHE_SUFFIX.test(damaged) ? [damaged] : [];
  // a case ending has at most seven letters, and at most two runs of them lost
  const runs = [...damaged.matchAll(LOST)];
  if (runs.length > 2 || damaged.replace(LOST, '').length + runs.reduce((s, r) => s + Math.ceil(r[0].length / 2), 0) > 7) return [];
  let fillings = [''];
  let at = 0;
  for (const r of runs) {
    const n = r[0].length;
    if (n > 4) return [];
    const literal = damaged.slice(at, r.index);
    const options: string[] = [];
    for (const a of SUFFIX_LETTERS) {
      if (n <= 2) options.push(a);
      if (n >= 2) for (const b of SUFFIX_LETTERS) options.push(a + b);
    }
    fillings = fillings.flatMap((f) => options.map((o) => f + literal + o));
    at = r.index + n;
  }
  return [...new Set(fillings.map((f) => f + damaged.slice(at)))].filter((f) => endings.test(f));
}

/**
 * Where a damaged word stands: opening a sentence (a capital), after a capitalised word,
 * a number or a hyphen (a capital or not: "Ankara Üniversitesi", "12 Şubat"), or inside.
 */
type Start = 'sentence' | 'capital' | 'either' | 'inner';

/**
 * A lost first letter is a capital where a sentence opens, in a word with an apostrophe
 * (Turkish writes one only after a name: "□niversitesi'nde" is Üniversitesi'nde), and
 * after a hyphen that joins it to a capitalised word (Azeri-Çırak). After a bare number it
 * may be either ("12 Şubat", "12 şehir"); elsewhere it is small, after a capitalised word
 * too: "Azerbaycan üzerinden" is far more common than a name's next word lost at its
 * capital (taking either there restored 10 lines fewer of the dev set).
 */
function startOf(head: string, found: string): Start {
  if (/(?:^|[.!?]\s+)$/u.test(head)) return 'sentence';
  if (/^[\u25a1\ufffd]+\p{L}+['’]\p{L}/u.test(found)) return 'capital';
  const previous = /(?:^|\s)(\S+)\s+$/u.exec(head)?.[1] ?? (head.endsWith('-') ? head : '');
  if (!/^[\p{Lu}\d]/u.test(previous) && !head.endsWith('-')) return 'inner';
  if (head.endsWith('-')) return 'capital';
  // after a bare number ("12 Şubat"); a number with its own ending ("2022'de") is a word like any other
  return /^\d[\d.,]*$/u.test(previous) ? 'either' : 'inner';
}

/**
 * Whether a word inside a sentence ('inner') whose first letter was lost follows a common
 * word written with a capital (Orta Doğu Teknik □□niversitesi): a name of common words is
 * being written, and its next word may be a capital as well as not. Both casings are then
 * fillings; the counts cannot tell them apart, the document's own spelling can. After a
 * name proper (Azerbaycan □□zerinden) the word is small, as startOf says.
 */
function inTitleRun(head: string, found: string, start: Start, spell: SpellCheck | undefined): boolean {
  if (!spell || start !== 'inner' || !LOST_ONE.test(found[0]!)) return false;
  const words = /(\S+)\s+(\p{Lu}\p{Ll}+)\s+$/u.exec(head);
  // the sentence's first word is capitalised for the sentence, not for a name
  if (!words || /[.!?]$/u.test(words[1]!)) return false;
  return spell(lowerTr(words[2]!));
}

/**
 * In a run of capitalised words, a word with a case ending attached (□□zerinden, □le) is
 * taken as no part of the name: a name proper's case ending is set off with an
 * apostrophe, and the words with an ending that follow a name are mostly postpositions
 * and common words. An institution's name with its ending, which TDK writes without the
 * apostrophe (Üniversitesinde), is read small here too. The capital filling gives way to
 * the small one. In place.
 */
function smallWithCaseEnding(candidates: Map<string, Candidate>): void {
  for (const word of [...candidates.keys()]) {
    if (startsUpper(word) && CASE_ENDING.test(word) && candidates.has(lowerTr(word[0]!) + word.slice(1))) candidates.delete(word);
  }
}
/** Ablative, locative, dative, genitive and instrumental endings at a word's end. */
const CASE_ENDING = /(?:[dt][ae]n|[dt][ae]|[yn][ae]|n[ıiuü]n|[yl][ae])$/u;

interface Candidate {
  runs: string[];
  /** Times the document and glossary write the word (or its name, before an apostrophe). */
  seen: number;
  /** The line's dictionary knows the word (or the name). */
  dictionary: boolean;
  /** Only the decision lists chose it. */
  guessed: boolean;
  /** Letters marked (â î û İ) where the source wrote them plain: each a claim no source makes. */
  marks: number;
  /** Found by the other language's sources (a name): its corpus count is theirs. */
  named?: boolean;
  /** For a guessed filling: ln P of its letters by the corpus's letter model. */
  letters?: number;
  /** The word whose corpus count stands for this one (a name before a kept ending). */
  countAs?: string;
}

/** The words that fit a damaged word, from the vocabulary and the dictionary. */
function wholeWordCandidates(damaged: string, vocabulary: Vocabulary, options: RestoreOptions, start: Start): Map<string, Candidate> {
  const out = new Map<string, Candidate>();
  const opensSentence = start === 'sentence';
  const add = (fills: Fill[], source: 'seen' | 'dictionary' | 'corpus') => {
    // after a capitalised word a lost first letter may be a capital ("Ankara Üniversitesi") or not: both
    const casings = fills.flatMap((fill) => [casedWord(damaged, fill, opensSentence, start === 'capital'), ...(start === 'either' && LOST_ONE.test(damaged[0]!) ? [casedWord(damaged, fill, opensSentence, true)] : [])].map((cased) => ({ fill, cased })));
    for (const { fill, cased } of casings) {
      if (!cased) continue;
      // inside a sentence a capital İ is a name's: a word the document writes only small
      // (ilke, English "in") is no evidence for İlke or İn there — its first letter, lost,
      // was another (ülke, ön)
      if (source === 'seen' && start === 'inner' && fill.plain[0]?.at === 'run' && cased.runs[0] === 'İ' && fill.form[0] === 'i') continue;
      const marks = fill.plain.filter((p, j) => p && !(p.letter === 'i' && p.at === 'run' && cased.runs[j] === 'İ')).length;
      const c = out.get(cased.word) ?? { runs: cased.runs, seen: 0, dictionary: false, guessed: false, marks };
      c.marks = Math.min(c.marks, marks);
      // a corpus word's evidence is its count, looked up for every candidate in rank
      if (source === 'seen') c.seen += vocabulary.get(fill.form) ?? 1;
      else if (source === 'dictionary') c.dictionary = true;
      out.set(cased.word, c);
    }
  };
  const index = vocabularyIndex(vocabulary);
  const knownIn = (has: (w: string) => boolean) => (w: string) => (has(w) ? w : has(w.toLowerCase()) ? w.toLowerCase() : undefined);
  const spell = options.spell;
  const counts = options.counts;
  // the corpus writes small letters: a name the dictionary knows only with its capital keeps it
  const named = (form: string) => (spell && !spell(form) && spell(upperTr(form[0]!) + form.slice(1)) ? upperTr(form[0]!) + form.slice(1) : form);
  // a word written once may be a typing error of the corpus
  const written = (form: string) => counts !== undefined && counts.count(form) >= MIN_CORPUS_COUNT;
  const fromEverySource = (marks: boolean) => {
    add(fillsFrom(damaged, (w) => index.lookup(w), knownIn((w) => vocabulary.has(w)), marks), 'seen');
    if (options.forms && spell) add(fillsFrom(damaged, options.forms, knownIn((w) => spell(w)), marks), 'dictionary');
    if (counts) add(fillsFrom(damaged, (w) => counts.forms(w).filter(written).map(named), knownIn(written), marks), 'corpus');
  };
  // words as their sources write them; â î û where the sources write a i u only when none fits (4ⁿ look-ups)
  fromEverySource(false);
  // a capital İ lost with the letters after it, of a word the sources write with i (□□□in
  // opening a sentence or in a title: İçin): the run less the İ's one or two symbols is
  // looked up after an i. A small word starting so (çin, ışık) has been found above; marks,
  // which claim a letter no source writes, come after.
  const lead = /^[\u25a1\ufffd]{2,}/u.exec(damaged)?.[0];
  if (!out.size && lead && options.lang !== 'en') {
    for (const dot of [1, 2]) {
      if (lead.length - dot < 1) continue;
      for (const [word, c] of wholeWordCandidates(`i${damaged.slice(dot)}`, vocabulary, options, 'inner')) {
        if (word[0] !== 'i' || c.runs.length === 0) continue;
        const capital = `İ${word.slice(1)}`;
        if (!out.has(capital)) out.set(capital, { ...c, runs: [`İ${c.runs[0]}`, ...c.runs.slice(1)] });
      }
    }
  }
  if (!out.size) fromEverySource(true);
  // a name of the other language, capitalised as names are
  if (!out.size && options.names && /^[\p{Lu}\u25a1\ufffd]/u.test(damaged)) {
    const names = wholeWordCandidates(damaged, vocabulary, options.names, LOST_ONE.test(damaged[0]!) ? 'capital' : start);
    for (const [word, c] of names) if (startsUpper(word)) out.set(word, { ...c, named: true });
  }
  return out;
}

/**
 * Fillings where a run held the apostrophe before a case ending (Pa□inyan□□n →
 * Paşinyan’ın, Russia□s → Russia’s): the name before it known (or a capitalised word
 * kept whole), the ending a case ending in vowel harmony.
 */
function apostropheCandidates(damaged: string, vocabulary: Vocabulary, options: RestoreOptions, start: Start): Map<string, Candidate> {
  const out = new Map<string, Candidate>();
  const lang = options.lang;
  if (!lang) return out;
  // one apostrophe to a word
  if (/['’]/u.test(damaged)) return out;
  const runs = [...damaged.matchAll(LOST)];
  // Turkish writes the apostrophe after a name only
  if (lang === 'tr' && !/^[\p{Lu}\u25a1\ufffd]/u.test(damaged)) return out;
  const stemsOf = new Map<string, Map<string, Candidate>>();
  for (const run of runs) {
    const n = run[0].length;
    const before = damaged.slice(0, run.index);
    const after = damaged.slice(run.index + n);
    if (!/\p{L}$/u.test(before) || !after) continue;
    // the apostrophe took 1–3 symbols; the rest of the run belongs to the name or the ending
    for (let apostrophe = 1; apostrophe <= Math.min(3, n); apostrophe++) {
      for (let toStem = 0; toStem <= n - apostrophe; toStem++) {
        const toEnding = n - apostrophe - toStem;
        const stem = before + run[0].slice(0, toStem);
        const ending = run[0].slice(0, toEnding) + after;
        if (/['’]/u.test(ending) || !/\p{L}/u.test(ending)) continue;
        // the ending first: it rules out most splits before the name is looked up
        const endings = suffixFillings(ending, lang);
        if (!endings.length) continue;
        let stems = stemsOf.get(stem);
        if (!stems) stemsOf.set(stem, (stems = stemFillings(stem, vocabulary, options, start === 'sentence')));
        for (const [name, evidence] of stems) {
          for (const suffix of endings) {
            if (lang === 'tr' && !harmonises(name, suffix)) continue;
            const word = `${name}’${suffix}`;
            if (out.has(word)) continue;
            out.set(word, { runs: runTexts(damaged, word), seen: evidence.seen, dictionary: evidence.dictionary, guessed: evidence.guessed, marks: evidence.marks });
          }
        }
      }
    }
  }
  return out;
}

/** A name before an apostrophe: kept whole (capitalised), or restored from the sources. */
function stemFillings(stem: string, vocabulary: Vocabulary, options: RestoreOptions, opensSentence: boolean): Map<string, Candidate> {
  if (!LOST_ONE.test(stem)) {
    const known = vocabulary.has(stem) || options.spell?.(stem) === true;
    // English writes 's after any word; Turkish an apostrophe after a name, and a capital
    // that opens a sentence does not make a word a name
    const name = startsUpper(stem) && (!opensSentence || vocabulary.has(stem) || (options.spell?.(stem) === true && options.spell(lowerTr(stem)) !== true));
    const kept = options.lang === 'en' ? known || startsUpper(stem) : name;
    return kept ? new Map([[stem, { runs: [], seen: vocabulary.get(stem) ?? 0, dictionary: known, guessed: false, marks: 0 }]]) : new Map();
  }
  // the name's case as its sources write it
  const whole = wholeWordCandidates(stem, vocabulary, options, 'inner');
  for (const word of [...whole.keys()]) if (options.lang === 'tr' && !startsUpper(word)) whole.delete(word);
  // a name no source knows: the decision lists' filling
  if (!whole.size && options.lang === 'tr' && startsUpper(stem)) for (const word of guessedFillings(stem, '', '', opensSentence)) whole.set(word, { runs: [], seen: 0, dictionary: false, guessed: true, marks: 0 });
  return whole;
}

/**
 * En dashes between names that each stand on their own (Armenian□Azerbaijani,
 * Baku□Tbilisi□□Kars): every run of one to three symbols (a character lost as one or
 * two, or byte by byte) between a small letter and a capitalised word is a dash, or a
 * no-break space where a word on either side is no name; the parts between them kept
 * whole or restored for sure.
 */
function dashCandidates(damaged: string, vocabulary: Vocabulary, options: RestoreOptions, start: Start): Map<string, Candidate> {
  const out = new Map<string, Candidate>();
  // names on both sides, in small letters after their capital (not a word in capitals,
  // where a lost letter is far more likely than a dash)
  if (!/^[\p{Lu}\u25a1\ufffd]/u.test(damaged)) return out;
  const dashes = [...damaged.matchAll(LOST)].filter((run) => {
    const right = damaged.slice(run.index + run[0].length);
    return run[0].length <= 3 && /\p{Ll}$/u.test(damaged.slice(0, run.index)) && /^\p{Lu}[\p{Ll}\u25a1\ufffd]/u.test(right);
  });
  if (!dashes.length) return out;
  const parts: string[] = [];
  let from = 0;
  for (const run of dashes) {
    parts.push(damaged.slice(from, run.index));
    from = run.index + run[0].length;
  }
  parts.push(damaged.slice(from));
  const standing = parts.map((part, k) => standsAlone(part, vocabulary, options, k === 0 ? start : 'inner'));
  if (standing.some((p) => p === undefined)) return out;
  const names = standing as string[];
  // a dash joins names (Baku–Tbilisi); next to a word the dictionary writes small, the lost
  // character was a no-break space (Orta Koridor, North-South Transport Corridor)
  const spell = options.spell;
  const common = (part: string) => spell !== undefined && spell(lowerTr(part[0]!) + part.slice(1));
  const word = names.reduce((joined, part, k) => (k === 0 ? part : joined + (common(names[k - 1]!) || common(part) ? '\u00a0' : '–') + part), '');
  out.set(word, { runs: runTexts(damaged, word), seen: 0, dictionary: true, guessed: false, marks: 0 });
  return out;
}

/** A part of a joined word as a name: kept whole and capitalised, or restored for sure. */
function standsAlone(part: string, vocabulary: Vocabulary, options: RestoreOptions, start: Start): string | undefined {
  if (!LOST_ONE.test(part)) return startsUpper(part) ? part : undefined;
  const whole = wholeWordCandidates(part, vocabulary, options, start);
  return whole.size === 1 ? [...whole.keys()][0] : undefined;
}

/** The ranges of the lost runs of `damaged` (found at `offset` in the text) with what each stands for; none unless every run has its text. */
function runRanges(damaged: string, texts: readonly string[], offset: number): Restoration['runs'] {
  const lost = [...damaged.matchAll(LOST)];
  if (lost.length !== texts.length) return [];
  return lost.map((r, j) => ({ start: offset + r.index, end: offset + r.index + r[0].length, text: texts[j]! }));
}

/** What each lost run of `damaged` stands for in `word` (the word's other characters are the damaged word's). */
function runTexts(damaged: string, word: string): string[] {
  let pattern = '';
  let at = 0;
  for (const r of damaged.matchAll(LOST)) {
    pattern += escape(damaged.slice(at, r.index)) + '([^\\x00-\\x7f]+)';
    at = r.index + r[0].length;
  }
  const m = new RegExp(`^${pattern}${escape(damaged.slice(at))}$`, 'u').exec(word);
  return m ? (m.slice(1) as string[]) : [];
}

/** Turkish letters the decision lists judge, small and capital. */
const JUDGED_SMALL = ['ç', 'ğ', 'ı', 'ö', 'ş', 'ü'];
const JUDGED_CAPITAL = ['Ç', 'Ğ', 'İ', 'Ö', 'Ş', 'Ü'];
/** At most this many partial fillings are followed per word by the decision lists. */
const MAX_GUESSES = 2_000;

/**
 * For a Turkish word no source knows (a name): the fillings whose every letter the
 * decision lists confirm in the line, letter by letter from the left (the lists read the
 * letters to the left as filled). A run of n symbols is ⌈n/2⌉…n letters.
 */
function guessedFillings(damaged: string, before: string, after: string, opensSentence: boolean): string[] {
  const runs = [...damaged.matchAll(LOST)];
  if (!runs.length || runs.some((r) => r[0].length > 4)) return [];
  const known = damaged.replace(LOST, '').replace(/[^\p{L}]/gu, '');
  const allCaps = known.length >= 2 && known === upperTr(known);
  const out: string[] = [];
  let budget = MAX_GUESSES;
  const grow = (j: number, built: string): void => {
    if (--budget < 0) return;
    if (j === runs.length) {
      const last = runs.at(-1)!;
      out.push(built + damaged.slice(last.index + last[0].length));
      return;
    }
    const run = runs[j]!;
    const head = built + damaged.slice(j === 0 ? 0 : runs[j - 1]!.index + runs[j - 1]![0].length, run.index);
    // a word that starts with a lost letter mid-sentence may be a name: both cases
    const letters = allCaps || (run.index === 0 && opensSentence) ? JUDGED_CAPITAL : run.index === 0 ? [...JUDGED_SMALL, ...JUDGED_CAPITAL] : JUDGED_SMALL;
    const rest = damaged.slice(run.index + run[0].length);
    const fillRun = (chars: number, text: string): void => {
      if (chars === 0) return grow(j + 1, head + text);
      for (const c of letters) {
        const line = before + head + text + c + rest + after;
        if (turkishLetterFits(line, before.length + head.length + text.length)) fillRun(chars - 1, text + c);
      }
    };
    for (let chars = Math.ceil(run[0].length / 2); chars <= run[0].length; chars++) fillRun(chars, '');
  };
  grow(0, '');
  return out;
}

/**
 * The fillings of an ending after a number and a kept apostrophe (1990'lar□n →
 * 1990'ların, 2023'□□n → 2023'ün), or undefined when `found` is no such ending: case
 * endings (suffixFillings) that follow the number's last word as read aloud (doksan, üç;
 * text/turkish-numbers.ts) in vowel harmony, buffer letters and d/t assimilation.
 */
function numberEndingFillings(found: string, head: string): string[] | undefined {
  const kept = /^(['’])(.+)$/u.exec(found);
  if (!kept || !isDigitAt(head, head.length - 1) || !LOST_ONE.test(kept[2]!)) return undefined;
  // the number's digits and separators, read back from its end (not a pattern over the whole line per word)
  let start = head.length - 1;
  while (start > 0 && (isDigitAt(head, start - 1) || head[start - 1] === '.' || head[start - 1] === ',')) start--;
  const spoken = spokenTurkishEnd(head.slice(start).replace(/^[.,]+/u, ''));
  if (!spoken) return undefined;
  return suffixFillings(kept[2]!, 'tr', TR_NUMBER_SUFFIX).filter((suffix) => followsSpoken(spoken, suffix)).map((suffix) => kept[1] + suffix);
}

/** Whether a case ending may follow a word as Turkish writes it (üç → ün, te; iki → nin, de; doksan → ların). */
function followsSpoken(word: string, suffix: string): boolean {
  // each vowel of the ending in harmony with the one before it (üçüncü, not üçüncı)
  const vowels = suffix.match(/[aeıioöuü]/gu) ?? [];
  if (!harmonises(word, suffix) || vowels.some((v, k) => k > 0 && !harmonises(vowels[k - 1]!, v))) return false;
  const vowelFinal = /[aeıioöuü]$/u.test(word);
  // a vowel takes a buffer letter before a vowel (ikiyi, ikisi); a consonant none (üçü)
  if (vowelFinal ? /^[aeıioöuü]/u.test(suffix) : /^[yns][aeıioöuü]/u.test(suffix)) return false;
  // d hardens to t after a voiceless consonant (üçte, ikide)
  const voiceless = /[çfhkpsşt]$/u.test(word);
  return !(voiceless ? /^d/u.test(suffix) : /^t/u.test(suffix));
}

/**
 * Letters lost in the ending after a kept apostrophe (Pashinyan'□n): a case ending in the
 * name's vowel harmony, in capitals after a name in capitals. A name with letters lost
 * too (Nah□□□van'□n) is restored as before a lost apostrophe, each filling with its endings.
 */
function keptApostropheCandidates(found: string, vocabulary: Vocabulary, options: RestoreOptions, start: Start): Map<string, Candidate> {
  const out = new Map<string, Candidate>();
  const kept = /^([^'’]+)(['’])(.+)$/u.exec(found);
  if (!kept || !options.lang || !LOST_ONE.test(kept[3]!)) return out;
  const [, name, mark, ending] = kept as unknown as [string, string, string, string];
  // in capitals when the ending keeps a capital, or keeps no letter after a name in capitals
  const capitals = /\p{L}/u.test(ending) ? /\p{Lu}/u.test(ending) && !/\p{Ll}/u.test(ending) : name.replace(LOST, '').length >= 2 && !/\p{Ll}/u.test(name);
  const names = LOST_ONE.test(name) ? stemFillings(name, vocabulary, options, start === 'sentence') : new Map([[name, { runs: [], seen: vocabulary.get(name) ?? 0, dictionary: false, guessed: false, marks: 0 }]]);
  const suffixes = suffixFillings(capitals ? lowerTr(ending) : ending, options.lang);
  for (const [stem, evidence] of names) {
    for (const suffix of suffixes) {
      if (options.lang === 'tr' && !harmonises(stem, suffix)) continue;
      const word = stem + mark + (capitals ? upperTr(suffix) : suffix);
      if (!out.has(word)) out.set(word, { runs: runTexts(found, word), seen: evidence.seen, dictionary: evidence.dictionary, guessed: evidence.guessed, marks: evidence.marks });
    }
  }
  return out;
}

/** A known word between two runs that no letters fill: lost quotation marks (□□□overdue□□□ → “overdue”). */
function quoteCandidates(found: string, vocabulary: Vocabulary, options: RestoreOptions): Map<string, Candidate> {
  const quoted = /^([\u25a1\ufffd]{1,3})(\p{L}+)([\u25a1\ufffd]{1,3})$/u.exec(found);
  const word = quoted?.[2];
  if (!word || !(vocabulary.has(word) || options.spell?.(word) || options.spell?.(lowerTr(word)))) return new Map();
  return new Map([[`“${word}”`, { runs: ['“', '”'], seen: 0, dictionary: true, guessed: false, marks: 0 }]]);
}

/** A word that ends a clause or a list's item: the next one starts a name of its own, not the next word of a capitalised one. */
const CLAUSE_END = /[,;:)]$/u;

/**
 * What the case of a damaged word and of its neighbours says about its candidates, in
 * place. The corpus is in small letters and cannot tell a word from a name with its letters.
 * - Before a capitalised word inside a sentence, a lost first letter is a name's capital
 *   (Tanap, □□ah Deniz → Şah Deniz).
 * - Between small-letter words, a word some source writes small is that word, not a name
 *   that shares its letters (özenle, not Özenle) unless the document writes the name more
 *   often; and a capital kept there marks a name, so a word the dictionary knows in small
 *   letters is not one where a name fits (Kars ile Bak□□ → Bakü, not Bakış). Next to a
 *   capitalised word it may be part of a name (Nahçıvan Özerk), but not after one that ends
 *   a clause or a list's item (Tiflis, Bak□□ ve Erivan): that is a name of its own.
 * - A word in small letters is no acronym or name written small (y□k → yük, not YÖK), where
 *   the dictionary knows another filling.
 */
function preferByCase(candidates: Map<string, Candidate>, found: string, start: Start, head: string, after: string, spell: SpellCheck | undefined): void {
  const wordBefore = /(\S+)\s+$/u.exec(head)?.[1] ?? '';
  const wordAfter = /^\s+(\S+)/u.exec(after)?.[1] ?? '';
  const words = () => [...candidates.keys()];
  if ((start === 'inner' || start === 'either') && LOST_ONE.test(found[0]!) && /^\p{Lu}\p{Ll}/u.test(wordAfter)) {
    for (const word of words()) if (!startsUpper(word) && candidates.has(upperTr(word[0]!) + word.slice(1))) candidates.delete(word);
  }
  if (start === 'inner' && (/^\p{Ll}/u.test(wordBefore) || CLAUSE_END.test(wordBefore)) && !/^\p{Lu}/u.test(wordAfter)) {
    for (const [word, c] of [...candidates]) {
      const small = lowerTr(word[0]!) + word.slice(1);
      const smallCandidate = small !== word ? candidates.get(small) : undefined;
      if (smallCandidate && c.seen <= smallCandidate.seen) candidates.delete(word);
    }
    if (spell && startsUpper(found)) {
      const common = (word: string) => spell(lowerTr(word[0]!) + word.slice(1));
      if (words().some((w) => !common(w))) for (const word of words()) if (common(word)) candidates.delete(word);
    }
  }
  if (spell && /^\p{Ll}/u.test(found) && words().some((w) => spell(w))) {
    for (const word of words()) if (!spell(word) && (spell(upperTr(word)) || spell(upperTr(word[0]!) + word.slice(1)))) candidates.delete(word);
  }
}

const MONTHS: Record<'en' | 'tr', ReadonlySet<string>> = { en: new Set(MONTH_NAMES.en), tr: new Set(MONTH_NAMES.tr) };

/**
 * A month after a day's number names a date, which Turkish spelling capitalises (3 Şubat;
 * the month is small only on its own: şubatta): where a bare number from 1 to 31 leaves the
 * case open, a month's name takes the capital. In place.
 */
function capitaliseDateMonth(candidates: Map<string, Candidate>, found: string, start: Start, head: string, lang: 'en' | 'tr'): void {
  // a first letter kept small is the document's own choice
  if (start !== 'either' || !LOST_ONE.test(found[0]!)) return;
  const day = /(?:^|\s)(\d{1,2})\s+$/u.exec(head)?.[1];
  if (!day || Number(day) < 1 || Number(day) > 31) return;
  const months = MONTHS[lang];
  for (const [word, c] of [...candidates]) {
    if (startsUpper(word) || !months.has(word)) continue;
    const capital = upperTr(word[0]!) + word.slice(1);
    const known = candidates.get(capital);
    candidates.delete(word);
    if (known) known.seen += c.seen;
    else candidates.set(capital, { ...c, runs: c.runs.map((r, j) => (j === 0 ? upperTr(r[0]!) + r.slice(1) : r)) });
  }
}

const HAS_TURKISH_LETTER = /[çğıöşüâîûÇĞİÖŞÜÂÎÛ]/u;

/**
 * A name filled with Turkish letters that the document also writes without them (Bakü
 * where its English side has Baku, Abşeron where it has Absheron) counts those occurrences
 * as its own: the same name, in another language's spelling. Names only — a common word
 * written in ASCII is another word (kas is not kaş).
 */
function seenWithoutTurkishLetters(candidates: Map<string, Candidate>, vocabulary: Vocabulary): void {
  for (const [word, c] of candidates) {
    const name = word.split(/['’]/u)[0]!;
    if (!startsUpper(name) || !HAS_TURKISH_LETTER.test(name)) continue;
    // as plain ASCII (Baku), or as English spells ş and ç (Absheron, Guneshli)
    const plain = withoutDiacritics(name);
    const english = withoutDiacritics(name, ENGLISH_DIGRAPH_OF);
    const written = (vocabulary.get(plain) ?? 0) + (english !== plain ? (vocabulary.get(english) ?? 0) : 0);
    c.seen += written;
    // a filling only the decision lists had chosen is now one the document writes
    if (written > 0) c.guessed = false;
  }
}

/**
 * Turkish sets a case ending off by an apostrophe after a name only: a filling that puts
 * one after a word the dictionary writes small (Hattı’ndan, Bağlantı’sı) gives way to the
 * same letters written as one word (Hattından), when that is a filling too and written at
 * least as often.
 */
function preferUnsplit(candidates: Map<string, Candidate>, spell: SpellCheck | undefined, counts: WordCounts | undefined): void {
  if (!spell) return;
  for (const [word, c] of [...candidates]) {
    const apostrophe = word.search(/['’]/u);
    if (apostrophe <= 0) continue;
    const stem = word.slice(0, apostrophe);
    const joined = stem + word.slice(apostrophe + 1);
    const whole = candidates.get(joined);
    // unless the document writes the name (Ağdam’ın, though ağdam is a word: my wax)
    if (whole && spell(lowerTr(stem)) && evidenceOf(joined, whole, counts) >= evidenceOf(word, c, counts)) candidates.delete(word);
  }
}

/**
 * Of fillings with an apostrophe, those whose ending follows the name's vowels, where some
 * do (Bak□'deki: Bakü'deki, not Bakı'deki). Only a choice among fillings: an acronym read
 * out by its letters (ABD'nin) keeps its ending when nothing else fits.
 */
function preferHarmony(candidates: Map<string, Candidate>): void {
  const words = [...candidates.keys()];
  if (words.some(endingHarmonises) && !words.every(endingHarmonises)) for (const word of words) if (!endingHarmonises(word)) candidates.delete(word);
}

export function restoreLost(text: string, vocabulary: Vocabulary, options: RestoreOptions = {}): Restoration[] {
  if (!text.includes('\u25a1') && !text.includes('\ufffd')) return [];
  const slugs = slugWords(text);
  // a run of one symbol: this line lost characters one symbol each (a glyph missing), not byte by byte
  const lostOneByOne = LONE_SYMBOL.test(text);
  // the aligned English's stems, read once a choice between fillings asks for them
  let translation: TranslatedStems | undefined;
  const out: Restoration[] = [];
  // the line as restored so far: the decision lists read the letters to the left as filled
  let restoredBefore = '';
  let consumed = 0;
  for (const m of text.matchAll(DAMAGED_WORD)) {
    const found = m[0];
    const before = restoredBefore + text.slice(consumed, m.index);
    const after = text.slice(m.index + found.length);
    // a run of lost symbols alone between two words of English, which has no word without
    // an ASCII letter: a dash (numbers □ over five → –). Turkish has such words (üç).
    if (options.lang === 'en' && !/\p{L}/u.test(found) && found.length <= 3 && /\p{L}[,;]? $/u.test(before) && /^ \p{L}/u.test(after)) {
      const runs = [{ start: m.index, end: m.index + found.length, text: '–' }];
      out.push({ start: m.index, end: m.index + found.length, found, candidates: ['–'], certain: true, runs });
      restoredBefore = before + '–';
      consumed = m.index + found.length;
      continue;
    }
    // a lone □ between spaces elsewhere is the symbol itself
    if (!/[\p{L}]/u.test(found) && found.length < 2) continue;
    // an ending after a number: its grammar is closed, so one filling is sure (none: the
    // ending is no case ending the grammar knows, and the other sources may list some)
    const head = text.slice(0, m.index);
    const numberEndings = options.lang === 'tr' ? numberEndingFillings(found, head) : undefined;
    if (numberEndings?.length) {
      const [only] = numberEndings;
      const certain = numberEndings.length === 1 && only !== undefined;
      const runs = certain ? runRanges(found, runTexts(found, only), m.index) : [];
      out.push({ start: m.index, end: m.index + found.length, found, candidates: numberEndings, certain: runs.length > 0, runs });
      restoredBefore = before + (runs.length ? only : found);
      consumed = m.index + found.length;
      continue;
    }
    // a word that opens the text or a sentence is capitalised, whatever case the evidence had
    const startAlone = startOf(head, found);
    const titled = inTitleRun(head, found, startAlone, options.spell);
    const start = titled ? 'either' : startAlone;
    const opensSentence = start === 'sentence';
    const candidates = new Map<string, Candidate>();
    const merge = (more: Map<string, Candidate>) => {
      for (const [word, c] of more) {
        const known = candidates.get(word);
        if (!known) candidates.set(word, c);
        else {
          known.seen += c.seen;
          known.dictionary ||= c.dictionary;
          known.marks = Math.min(known.marks, c.marks);
          known.countAs ??= c.countAs;
        }
      }
    };
    // a word of nothing but lost symbols fits too many words: only a link's slug may name it
    if (/\p{L}/u.test(found)) {
      merge(wholeWordCandidates(found, vocabulary, options, start));
      // a suffix after a kept apostrophe ("Ah□lkelek'te") is matched on the name alone
      const suffix = /['’][\p{L}]+$/u.exec(found);
      if (suffix && LOST_ONE.test(found.slice(0, suffix.index))) {
        const ending = found.slice(suffix.index);
        // counted as the name: every filling keeps the same ending, which says nothing between them
        for (const [word, c] of wholeWordCandidates(found.slice(0, suffix.index), vocabulary, options, start)) merge(new Map([[word + ending, { ...c, countAs: word }]]));
      }
      merge(apostropheCandidates(found, vocabulary, options, start));
      merge(keptApostropheCandidates(found, vocabulary, options, start));
    } else if (/^[\u25a1\ufffd]+$/u.test(found)) {
      // a whole word lost (one symbol a letter): the slug of a link in the same line may hold
      // it, in title case between title-case words ("Armenia □□□□□ Relations")
      const wordBefore = head.trimEnd().split(/\s+/).pop() ?? '';
      const wordAfter = after.trimStart().split(/\s+/)[0] ?? '';
      const title = /^\p{Lu}/u.test(wordBefore) && /^\p{Lu}/u.test(wordAfter);
      const near = new Set([wordBefore, wordAfter].map((w) => w.toLocaleLowerCase()));
      for (const s of slugs) {
        if (s.length !== found.length || near.has(s.toLocaleLowerCase())) continue;
        const word = title ? s[0]!.toLocaleUpperCase() + s.slice(1) : s;
        candidates.set(word, { runs: [word], seen: (candidates.get(word)?.seen ?? 0) + 1, dictionary: false, guessed: false, marks: 0 });
      }
    }
    // a Turkish word with no ASCII letter (üç) standing alone: two or three symbols may as
    // well be a lost dash, so only the words next to it in the corpus may name it
    if (!candidates.size && options.lang === 'tr' && options.counts && /^[\u25a1\ufffd]{2,}$/u.test(found) && /(?:^|\s)$/u.test(before) && /^\s+\p{L}/u.test(after)) {
      // in the case of where it stands: small inside a sentence, a capital opening one
      const counts = options.counts;
      const words = [...wholeWordCandidates(found, vocabulary, options, start)]
        .filter(([w]) => (start === 'inner' ? !startsUpper(w) : start === 'sentence' ? startsUpper(w) : true))
        .sort(([a, ca], [b, cb]) => evidenceOf(b, cb, counts) - evidenceOf(a, ca, counts)); // listed likeliest first
      // a dash lost byte by byte is three symbols, and where the line shows a character lost
      // as one symbol, one or two: four symbols or more, or three in such a line, are no
      // dash, and the counts decide as for any word
      const mayBeDash = found.length <= 2 || (found.length === 3 && !lostOneByOne);
      const ranked = mayBeDash ? byNeighbours(words.map(([w]) => w), before, after, counts) : rank(new Map(words), before, after, found, false, true, counts);
      const chosen = ranked.certain ? words.find(([w]) => w === ranked.words[0]) : undefined;
      const runs = chosen ? [{ start: m.index, end: m.index + found.length, text: chosen[1].runs[0]! }] : [];
      const listed = [...ranked.words, ...(mayBeDash ? ['–'] : [])];
      out.push({ start: m.index, end: m.index + found.length, found, candidates: chosen ? ranked.words : listed, certain: chosen !== undefined, runs });
      restoredBefore = before + (chosen ? chosen[0] : found);
      consumed = m.index + found.length;
      continue;
    }
    // words joined by lost dashes or no-break spaces (Armenian□Azerbaijani, Orta□□Koridor)
    if (!candidates.size) merge(dashCandidates(found, vocabulary, options, start));
    if (!candidates.size) merge(quoteCandidates(found, vocabulary, options));
    // nothing knows the word: in Turkish, the one filling the decision lists choose
    if (!candidates.size && options.lang === 'tr' && /\p{L}/u.test(found)) {
      for (const word of guessedFillings(found, before, after, opensSentence)) {
        // an ending after a kept apostrophe follows the name's vowels (TANAP'ınkiyle, not TANAP'önkiyle)
        if (!endingHarmonises(word)) continue;
        const letters = options.counts?.letterLogProbability(word);
        candidates.set(word, { runs: runTexts(found, word), seen: 0, dictionary: false, guessed: true, marks: 0, ...(letters !== undefined ? { letters } : {}) });
      }
    }
    if (titled) smallWithCaseEnding(candidates);
    seenWithoutTurkishLetters(candidates, vocabulary);
    preferByCase(candidates, found, start, head, after, options.spell);
    if (options.lang) capitaliseDateMonth(candidates, found, start, head, options.lang);
    if (options.lang === 'tr') {
      preferHarmony(candidates);
      preferUnsplit(candidates, options.spell, options.counts);
    }
    // a capital that neither a sentence nor capitals explain may be a name's
    const mayBeName = startsUpper(found) && start !== 'sentence' && /\p{Ll}/u.test(found);
    const counted = rank(candidates, before, after, found, mayBeName, options.spell !== undefined || options.counts !== undefined, options.counts, options.names?.counts);
    // the aligned translation naming one of the fillings decides: it speaks of this sentence, the counts of all
    const english = options.alignedEnglish;
    const named = english !== undefined ? namedByTranslation(counted.words, () => (translation ??= translatedStems(english))) : undefined;
    const ranked = named ? { words: [named, ...counted.words.filter((w) => w !== named)], certain: true } : counted;
    const certain = ranked.certain && (named !== undefined || !otherFamilyWritten(ranked.words, vocabulary));
    const chosen = certain ? candidates.get(ranked.words[0]!)! : undefined;
    const runs = chosen ? runRanges(found, chosen.runs, m.index) : [];
    const sure = certain && runs.length > 0;
    out.push({ start: m.index, end: m.index + found.length, found, candidates: ranked.words, certain: sure, runs: sure ? runs : [] });
    restoredBefore = before + (sure ? ranked.words[0]! : found);
    consumed = m.index + found.length;
  }
  return out;
}

/** Letters after the first one two fillings differ in that make a word's family (its root, roughly: bağlay- against başlay-). */
const FAMILY_LETTERS = 3;

/**
 * Whether the document writes words of the runner-up's family and none of the first's:
 * then the corpus's preference (başlayacak far more often than bağlayacak in the news) is
 * no proof in this text, which writes bağlayan and bağlantı about pipelines. Only fillings
 * of the same length whose family is shorter than the words themselves are compared (a
 * suffix follows). It never picks the runner-up: the two are listed. Two look-ups.
 */
function otherFamilyWritten(words: readonly string[], vocabulary: Vocabulary): boolean {
  const [top, next] = words;
  if (!top || !next || top.length !== next.length) return false;
  const families = familiesOf(top, next);
  if (!families) return false;
  const prefixes = prefixesOf(vocabulary);
  return prefixes.has(lowerTr(families[1])) && !prefixes.has(lowerTr(families[0]));
}

/**
 * The families of two fillings: each up to the first letter they differ in and
 * FAMILY_LETTERS more; none where that reaches a word's end (the family would be the word,
 * whose own count has spoken).
 */
function familiesOf(a: string, b: string): [string, string] | undefined {
  let differs = 0;
  while (differs < Math.min(a.length, b.length) && a[differs] === b[differs]) differs++;
  const end = differs + 1 + FAMILY_LETTERS;
  return end < a.length && end < b.length ? [a.slice(0, end), b.slice(0, end)] : undefined;
}

/**
 * Where the words' own counts do not decide, their families may: Turkish builds so many
 * forms of a root that the corpus has few of any one (karşılayıp once), but many of its
 * family — the words that begin like it up to the first letter the fillings differ in and
 * FAMILY_LETTERS more (karşıla-: 422, karışla-: none). A family pools forms and topics
 * (news writes başla- more than bağla-), so it decides only at a hundredfold difference
 * and MIN_PAIRS words. Two look-ups.
 */
function byFamily(words: string[], counts: WordCounts): { words: string[]; certain: boolean } | undefined {
  const [top, next] = words;
  if (!top || !next) return undefined;
  const families = familiesOf(top, next);
  if (!families) return undefined;
  const [topFamily, nextFamily] = [counts.prefixCount(families[0]), counts.prefixCount(families[1])];
  if (topFamily >= MIN_PAIRS && topFamily >= FAMILY_RATIO * nextFamily) return { words, certain: true };
  if (nextFamily >= MIN_PAIRS && nextFamily >= FAMILY_RATIO * topFamily) return { words: [next, ...words.filter((w) => w !== next)], certain: true };
  return undefined;
}

/**
 * Whether a lone filling is only the dictionary's guess at a wide gap: a word neither the
 * document nor the corpus writes, with more letters lost than kept and fewer than
 * MIN_KEPT_LETTERS kept. Such a skeleton (d·····l··k) fits words the dictionary lacks —
 * derivations like dışılık — as well as the one it has (düşçülük): listed, not taken.
 * With four letters kept or more (ba···ml·l····n· → bağımlılığını) the skeleton is narrow.
 */
function unwrittenWideGuess(word: string, c: Candidate, found: string, counts: WordCounts | undefined): boolean {
  if (!c.dictionary || c.seen > 0 || (counts && counts.count(plainOf(foldForCounts(word))) > 0)) return false;
  return wideGap(c, found);
}

/** More letters lost than kept, and fewer than MIN_KEPT_LETTERS kept: a skeleton many words fit. */
function wideGap(c: Candidate, found: string): boolean {
  const kept = found.replace(LOST, '').replace(/[^\p{L}]/gu, '').length;
  return kept < MIN_KEPT_LETTERS && c.runs.join('').length > kept;
}

/** Kept letters from which a damaged word's skeleton is narrow enough for the dictionary's one word to be sure. */
const MIN_KEPT_LETTERS = 4;

/** A word with â î û written plain, as the corpus writes most. */
const plainOf = (word: string) => word.replace(/[âîû]/gu, (x) => ({ â: 'a', î: 'i', û: 'u' })[x]!);

/** A document's own occurrence weighs as much as this many in the corpus. */
const SEEN_WEIGHT = 20;
/** A corpus word is a source of fillings from this many occurrences (one may be a typing error). */
const MIN_CORPUS_COUNT = 2;
/** A dictionary word the corpus never writes counts as this many occurrences. */
const DICTIONARY_WEIGHT = 0.5;
/**
 * The odds of a letter marked where the sources write it plain: â î û are about 2 % of the
 * letters outside ASCII in Turkish text (45 of 2,000 in our documents), and most words that
 * take one are also written without (hâlâ, hala): a filling that needs one is taken as a
 * hundred times less likely than the word as its sources write it.
 */
const MARK_ODDS = 1 / 100;
/** A guessed filling is sure when the letter model finds it a thousand times likelier than the next (in nats). */
const LETTER_MARGIN = Math.log(1000);
/** The first candidate is sure when its evidence is this many times the second's. */
const SURE_RATIO = 10;
/** Letters from which a word with two letters or fewer kept is no abbreviation. */
const MIN_WORD_NOT_ABBREVIATION = 4;
/** How many times more often one family must be written than the other to decide (restore.ts byFamily). */
const FAMILY_RATIO = SURE_RATIO ** 2;

/** How often a candidate is written: in the corpus (as written, or with â î û plain), and in the document. */
function evidenceOf(word: string, c: Candidate, counts: WordCounts | undefined): number {
  const folded = foldForCounts(c.countAs ?? word);
  const plain = plainOf(folded);
  const corpus = counts ? counts.count(folded) + (plain !== folded ? counts.count(plain) : 0) : 0;
  return (corpus + SEEN_WEIGHT * c.seen + (c.dictionary ? DICTIONARY_WEIGHT : 0)) * MARK_ODDS ** c.marks;
}

/**
 * The candidates in order of evidence, and whether one is sure: the only one; else the
 * one written at least ten times as often as the next (corpus and document); else, without
 * counts, the only one whose Turkish letters the decision lists confirm in the line. A
 * filling the decision lists chose alone must be the only one.
 */
function rank(candidates: Map<string, Candidate>, before: string, after: string, found: string, mayBeName: boolean, sourced: boolean, ownCounts: WordCounts | undefined, namesCounts?: WordCounts): { words: string[]; certain: boolean } {
  // a name of the other language is counted in that language's corpus
  const counts = [...candidates.values()].some((c) => c.named) ? namesCounts : ownCounts;
  const evidence = new Map([...candidates].map(([w, c]) => [w, evidenceOf(w, c, counts)]));
  // guessed fillings: the most Turkish-looking letters first
  const letters = (w: string) => candidates.get(w)!.letters ?? -Infinity;
  const words = [...candidates.keys()].sort((a, b) => evidence.get(b)! - evidence.get(a)! || letters(b) - letters(a) || a.localeCompare(b));
  const top = candidates.get(words[0]!);
  // only a word the document or the corpus writes (plain) may have a letter marked where no
  // source writes it so, or two letters or fewer kept ("Do□." for Doç.: an abbreviation as
  // likely as a word, Doğ)
  const written = top !== undefined && (top.seen > 0 || (counts !== undefined && counts.count(plainOf(foldForCounts(words[0]!))) > 0));
  // a mark is also sure where the dictionary writes the word plain and no plain filling fits
  // the lost run (g□zerg□h□n: the run held a letter outside ASCII, and only â makes a word) —
  // unless the word may be a name no source knows (S□nik inside a sentence: Sünik)
  const marked = top !== undefined && top.marks > 0 && !(top.dictionary && words.length === 1 && !mayBeName);
  // a lone dictionary word of four letters or more is no abbreviation (□vd□. → övdü: the
  // abbreviations that hold a Turkish letter are of three — Doç., Öğr., Müh.)
  const fewKept = found.replace(LOST, '').replace(/[^\p{L}]/gu, '').length < 3 && !(words.length === 1 && top?.dictionary && words[0]!.replace(/[^\p{L}]/gu, '').length >= MIN_WORD_NOT_ABBREVIATION);
  if (top && !written && (marked || fewKept)) return { words, certain: false };
  // a name its sources write plain may have had any letter there (Məmmədova, written
  // Mammadova on the English side): â is no surer than ə. A word the dictionary knows is
  // no such name, only capitalised (a title's Güzergâh)
  if (top && top.marks > 0 && mayBeName && !top.dictionary) return { words, certain: false };
  // without a dictionary or a corpus of the line's language nothing says the marked form is
  // a word of it: the plain one the document writes may be the other language's
  // (Turkmenistan, no proof of Tûrkmenistan) or another word (tam for t□m, tüm)
  if (top && top.marks > 0 && !sourced) return { words, certain: false };
  // the decision lists alone name no word for sure (a name they have not seen), unless the
  // letter model prefers one filling by far
  if (top?.guessed) {
    const margin = (top.letters ?? -Infinity) - (words[1] === undefined ? -Infinity : (candidates.get(words[1])!.letters ?? -Infinity));
    // a lone guess is no choice between fillings: the lists may have ruled out the right one
    return { words, certain: top.letters !== undefined && words.length > 1 && margin >= LETTER_MARGIN };
  }
  if (top && words.length === 1 && unwrittenWideGuess(words[0]!, top, found, counts)) return { words, certain: false };
  // so is the document's one word for a wide gap where no dictionary or corpus of the
  // line's language can tell what else fits (d□□□□: dışı, the document's, for dış) — but
  // not a whole lost word, which only the line's own link names
  if (top && words.length === 1 && !sourced && /\p{L}/u.test(found) && wideGap(top, found)) return { words, certain: false };
  if (words.length <= 1) return { words, certain: words.length === 1 };
  const [first, second] = [evidence.get(words[0]!)!, evidence.get(words[1]!)!];
  if (first > 0 && first >= SURE_RATIO * second && !(counts && liveRival(words[0]!, candidates.get(words[0]!)!, words[1]!, candidates.get(words[1]!)!, counts))) return { words, certain: true };
  if (counts) return byFamily(words, counts) ?? byNeighbours(words, before, after, counts);
  const confirmed = words.filter((w) => confirmedIn(before, w, after, found));
  const ordered = [...confirmed, ...words.filter((w) => !confirmed.includes(w))];
  if (confirmed.length === 1 && !candidates.get(confirmed[0]!)!.guessed) return { words: ordered, certain: true };
  return { words: ordered, certain: false };
}

/**
 * Whether the runner-up is a live word the corpus's counts cannot rule out: written
 * MIN_CORPUS_COUNT times or more (no typing error), and its family — the forms that begin
 * like it (familiesOf) — within SURE_RATIO of the first's. A rare form of a common root is
 * rare by the corpus's sample, not by the language: 827,000 words of news write başlayacak
 * 64 times and bağlayacak twice, but başlay-/bağlay- only 8 to 1; the form's ratio says
 * which topic the news covered, not which verb the line needs. Only counts are judged: a
 * filling the document writes has evidence of its own. Two look-ups.
 */
function liveRival(top: string, topCandidate: Candidate, next: string, nextCandidate: Candidate, counts: WordCounts): boolean {
  if (topCandidate.seen > 0 || nextCandidate.seen > 0) return false;
  if (counts.count(foldForCounts(nextCandidate.countAs ?? next)) < MIN_CORPUS_COUNT) return false;
  const families = familiesOf(top, next);
  if (!families) return false;
  return counts.prefixCount(families[0]) < SURE_RATIO * counts.prefixCount(families[1]);
}

/**
 * Where the words alone do not decide, the words next to it may: how often the corpus
 * writes each candidate after the word before it and before the word after it (6,5
 * milyon ton y□k → yük; yol a□t□ → açtı). Sure when the first is written so at least
 * MIN_PAIRS times and ten times as often as the next.
 */
function byNeighbours(words: string[], before: string, after: string, counts: WordCounts): { words: string[]; certain: boolean } {
  // whole intact words, as the corpus writes them (Türkiye'nin is one word there too)
  const previous = /(?<![\p{L}\u25a1\ufffd'’])(\p{L}+(?:['’]\p{L}+)?)\s+$/u.exec(before)?.[1] ?? '';
  const next = /^\s+(\p{L}+(?:['’]\p{L}+)?)(?![\p{L}\u25a1\ufffd'’])/u.exec(after)?.[1] ?? '';
  if (!previous && !next) return { words, certain: false };
  const together = (word: string) => (previous ? counts.pairCount(previous, word) : 0) + (next ? counts.pairCount(word, next) : 0);
  const scored = words.map((word) => ({ word, pairs: together(word) })).sort((a, b) => b.pairs - a.pairs);
  const [top, runnerUp] = scored;
  if (!top || top.pairs < MIN_PAIRS || top.pairs < SURE_RATIO * (runnerUp?.pairs ?? 0)) return { words, certain: false };
  return { words: [top.word, ...words.filter((w) => w !== top.word)], certain: true };
}

/** A pair of words written this often in the corpus is no coincidence. */
const MIN_PAIRS = 3;

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

/** Words of a URL slug in the text (…/armenia-india-relations…), as candidates in either case. */
function slugWords(text: string): string[] {
  const out: string[] = [];
  // the path only: the scheme and the host name are not words of the text
  for (const m of text.matchAll(/\b(?:https?:\/\/|www\.)[^\s/]+(\/\S*)?/giu)) for (const w of (m[1] ?? '').split(/[^\p{L}\p{M}]+/u)) if (w.length > 1) out.push(w);
  return out;
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
