import { readFileSync } from 'node:fs';
import { foldKey } from '../text/case.js';
import { forEachWord, isApostrophe, LETTERS, LETTERS_AND_APOSTROPHES } from '../text/charclass.js';

/**
 * Word-translation evidence for the aligner: an English word counts as translated in a
 * bead when one of its Turkish stems starts a word of the bead's Turkish side
 * (Turkish adds suffixes: hüküme- matches hükümeti, hükümetin). Entries come from the
 * shipped lexicon (lexicon/en-tr.tsv, built from FreeDict), the glossary's term pairs
 * and the translation memory; an empty lexicon adds nothing.
 */
export interface Lexicon {
  /** Folded English word → folded Turkish stems. */
  readonly entries: ReadonlyMap<string, readonly string[]>;
  /** Headwords that are names (Georgia, Athens). */
  readonly properNouns?: ReadonlySet<string>;
}

export const EMPTY_LEXICON: Lexicon = { entries: new Map() };

const MIN_STEM = 3;

const CIRCUMFLEX: Readonly<Record<string, string>> = { â: 'a', î: 'i', û: 'u' };

/**
 * Turkish text or a stem as the lexicon compares it: case-folded (ı and i are one, as
 * PDF and web text confuse them), circumflexes dropped (dâhil / dahil, güzergâh /
 * güzergah) and inline HTML tags removed. The shipped lexicon, learned lexicons and the
 * document's words all go through this one function, so they cannot disagree.
 */
export function lexicalKey(text: string, lang: 'en' | 'tr'): string {
  const bare = text.includes('<') ? text.replace(/<\/?[a-z][^>]*>/gi, ' ') : text;
  const folded = foldKey(bare, lang);
  return lang === 'tr' ? folded.replace(/[âîû]/g, (c) => CIRCUMFLEX[c]!) : folded;
}

/** English words shorter than this are not looked up: mostly pieces of abbreviations (e.g → "g", U.S. → "u", 19th → "th"). */
const MIN_ENGLISH_WORD = 3;

/** Share of English lexicon words whose translation the lexicon finds in a true translation, matched one to one (970 of 1,525 on the dev gold beads, bench/measure-lexicon.ts; it must be measured again whenever the lexicon or its matching changes). */
export const TRANSLATED_RATE = 0.636;

/** Parse lexicon TSV lines: `english<TAB>stem stem …`. */
export function parseLexicon(tsv: string): Lexicon {
  const entries = new Map<string, string[]>();
  const properNouns = new Set<string>();
  for (const line of tsv.split('\n')) {
    const [word, stemText, flag] = line.split('\t');
    if (!word || !stemText) continue;
    const stems = [...new Set(stemText.trim().split(/\s+/).map((s) => lexicalKey(s, 'tr')))].filter((s) => s.length >= MIN_STEM);
    if (stems.length) entries.set(word, stems);
    if (flag === 'proper') properNouns.add(word);
  }
  return { entries, properNouns };
}

let shipped: Lexicon | undefined;

/** A file of the shipped lexicon/ folder, as text. */
export function readLexiconFile(name: string): string {
  return readFileSync(new URL(`../../lexicon/${name}`, import.meta.url), 'utf8');
}

/**
 * The lexicon shipped with Hizala (read once, lazily): FreeDict's, with our supplement of
 * policy vocabulary it lacks (strategy, environment, investor) or lacks the usual
 * translation of (rule → kural), stems added to FreeDict's.
 */
export function defaultLexicon(): Lexicon {
  if (!shipped) {
    const freeDict = parseLexicon(readLexiconFile('en-tr.tsv'));
    const supplement = parseLexicon(readLexiconFile('supplement.tsv'));
    shipped = { ...mergeLexicons(freeDict, supplement), properNouns: freeDict.properNouns ?? new Set() };
  }
  return shipped;
}

/** Several lexicons as one (later ones add stems to earlier ones' words). */
export function mergeLexicons(...lexicons: Lexicon[]): Lexicon {
  const nonEmpty = lexicons.filter((l) => l.entries.size > 0);
  if (nonEmpty.length <= 1) return nonEmpty[0] ?? EMPTY_LEXICON;
  const entries = new Map<string, string[]>();
  for (const l of nonEmpty) for (const [k, v] of l.entries) entries.set(k, [...new Set([...(entries.get(k) ?? []), ...v])]);
  return { entries };
}

/**
 * `base` plus the entries of `extra` for English words `base` does not know under any of
 * their forms: a learned lexicon fills the gaps of a curated one without overriding it.
 */
export function fillGaps(base: Lexicon, extra: Lexicon): Lexicon {
  const added = [...extra.entries].filter(([word]) => !englishLemmas(word).some((lemma) => base.entries.has(lemma)));
  if (added.length === 0) return base;
  return { ...base, entries: new Map([...base.entries, ...added]) };
}

/** Build a lexicon from term pairs (glossary) or word pairs (learned from a TM). */
export function lexiconFromPairs(pairs: Iterable<{ en: string; tr: string }>): Lexicon {
  const entries = new Map<string, string[]>();
  for (const { en, tr } of pairs) {
    const key = foldKey(en.trim(), 'en');
    const stem = turkishStem(lexicalKey(tr.trim().split(/\s+/)[0] ?? '', 'tr'));
    if (!key || stem.length < MIN_STEM) continue;
    const list = entries.get(key) ?? [];
    if (!list.includes(stem)) list.push(stem);
    entries.set(key, list);
  }
  return { entries };
}

/** A Turkish word's stem as the lexicon stores it: apostrophe suffix, infinitive and a softening final consonant removed. */
export function turkishStem(folded: string): string {
  let w = folded.replace(/['’].*$/u, '').replace(/(mak|mek)$/u, '');
  if (w.length >= 5 && /[pçtk]$/u.test(w)) w = w.slice(0, -1);
  return w;
}

/** English function words: never evidence of anything. */
export const EN_STOP = new Set(
  'the a an of to in on at by for with from and or but nor as is are was were be been being it its this that these those there their they them he she his her we our you your i not no yes so than then too very can could may might must shall should will would do does did has have had which who whom whose what when where why how all any each both such other more most some only also into over under about after before between through during against within without upon per via e.g i.e etc mr mrs ms dr'.split(
    ' ',
  ),
);

/**
 * Candidate dictionary forms of an English word form, most likely first: as is; without
 * an inflection (railways, countries, signed, stopped, planning, larger, earliest); in
 * American spelling, which the shipped dictionary uses (neighbour, centre, metres,
 * organise, travelling); and, last, without a derivational suffix whose Turkish
 * counterpart is a suffix too, so the base's stem still starts the Turkish word
 * (investor → invest: yatırım-cı, environmental → environment: çevre-sel, partnership →
 * partner: ortak-lık). The caller takes the first form its lexicon knows.
 */
export function englishLemmas(word: string): string[] {
  const out = [word];
  const add = (w: string) => {
    if (w.length >= 3 && !out.includes(w)) out.push(w);
  };
  const inflected = (w: string) => {
    stripEndings(w, INFLECTIONS, 0, add);
    // a consonant doubled before an ending: stopped, planning, bigger, travelled
    const doubled = /([bdfgklmnprtvz])\1(?:ed|ing|er|est)$/u.exec(w);
    if (doubled) add(w.slice(0, doubled.index + 1));
    stripEndings(w, COMPARISONS, 0, add);
  };
  inflected(word);
  // British → American spelling, of the word and of its inflected forms
  for (const w of [...out]) {
    const american = w
      .replace(/our(s?)$/u, 'or$1')
      .replace(/our(ed|ing|ite|ites|able)$/u, 'or$1')
      .replace(/tre(s?)$/u, 'ter$1')
      .replace(/is(e|es|ed|ing|ation|ations)$/u, 'iz$1')
      .replace(/ys(e|es|ed|ing)$/u, 'yz$1')
      .replace(/tonne(s?)$/u, 'ton$1')
      .replace(/ogue(s?)$/u, 'og$1');
    if (american !== w) {
      add(american);
      inflected(american);
    }
  }
  // derivation: the base of an agent noun, adjective or abstract noun
  for (const w of [...out]) stripEndings(w, DERIVATIONS, 4, add);
  return out;
}

/** An English ending, the endings its base may take back, and an ending it must not be part of. */
type Ending = readonly [suffix: string, restore: readonly string[], unless?: string];

/** For each ending the word has (with at least `minStem` letters before it), its base with each ending restored. */
function stripEndings(word: string, endings: readonly Ending[], minStem: number, add: (base: string) => void): void {
  for (const [suffix, restore, unless] of endings) {
    if (word.length < suffix.length + minStem || !word.endsWith(suffix) || (unless && word.endsWith(unless))) continue;
    const stem = word.slice(0, -suffix.length);
    for (const ending of restore) add(stem + ending);
  }
}

/** Inflections, in the order their bases are tried: russia's, countries, railways, signed, planning, quickly. */
const INFLECTIONS: readonly Ending[] = [
  ["'s", ['']], ['ies', ['y']], ['es', ['']], ['s', [''], 'ss'], ['ied', ['y']], ['ed', ['', 'e']], ['ing', ['', 'e']], ['ly', ['']],
];
/** Comparatives and superlatives: earlier, larger, harder, largest. */
const COMPARISONS: readonly Ending[] = [['ier', ['y']], ['iest', ['y']], ['er', ['', 'e']], ['est', ['', 'e']]];

/** English derivational suffixes whose Turkish counterparts are suffixes, with the endings a base may take back. */
const DERIVATIONS: readonly Ending[] = [
  ['ors', ['']], ['or', ['', 'e']], ['ers', ['', 'e']], ['er', ['', 'e']],
  ['ists', ['', 'ism']], ['ist', ['', 'ism']],
  ['ship', ['']], ['ness', ['']], ['ment', ['']], ['ments', ['']],
  ['ally', ['', 'al']], ['al', ['', 'e']], ['ial', ['']], ['ical', ['ic', 'y']], ['ic', ['y', 'ia']],
  ['ity', ['', 'e']], ['ation', ['e', '']], ['ations', ['e', '']], ['ive', ['', 'e']],
];

/** An English word of a segment that the lexicon knows. */
interface LexicalWord {
  stems: Int32Array;
  /** Share of the document's Turkish words that start with one of its stems: its chance of a spurious match per Turkish word. */
  frequency: number;
  /** ln(frequency), kept to save a logarithm per bead. */
  logFrequency: number;
}

const LOG_TRANSLATED = Math.log(TRANSLATED_RATE);
/** Typical share of Turkish words that start with a given lexicon stem, and the weight of that prior in tokens. */
const STEM_RATE = 0.0005;
const PRIOR_TOKENS = 2000;
const LOG_UNTRANSLATED = Math.log(1 - TRANSLATED_RATE);

/**
 * The lexicon applied to one document pair: stems that the document's English words
 * can reach get integer ids; each English segment becomes a list of known words and
 * each Turkish segment the stem ids its words start with, once per word (a stem two
 * words start is there twice, so that it can translate two English words). Building it is
 * O(words · word length); a bead is then scored in O(its words).
 */
export class LexicalIndex {
  readonly enWords: LexicalWord[][];
  readonly trStems: Int32Array[];
  /** Number of words of each Turkish segment. */
  readonly trWordCounts: Int32Array;
  readonly stemCount: number;

  constructor(enSegments: readonly string[], trSegments: readonly string[], lexicon: Lexicon) {
    const stemIds = new Map<string, number>();
    const wordStems = new Map<string, Int32Array | null>();
    const lookup = (word: string): Int32Array | null => {
      let cached = wordStems.get(word);
      if (cached !== undefined) return cached;
      cached = null;
      if (word.length >= MIN_ENGLISH_WORD && !EN_STOP.has(word)) {
        for (const lemma of englishLemmas(word)) {
          const stems = lexicon.entries.get(lemma);
          if (stems) {
            cached = Int32Array.from(stems.map((s) => stemIds.get(s) ?? (stemIds.set(s, stemIds.size), stemIds.size - 1)));
            break;
          }
        }
      }
      wordStems.set(word, cached);
      return cached;
    };
    const enStemLists = enSegments.map((text) => {
      const words: Int32Array[] = [];
      const key = lexicalKey(text, 'en');
      forEachWord(key, LETTERS, LETTERS_AND_APOSTROPHES, (start, end, cut) => {
        while (end > cut && isApostrophe(key.charCodeAt(end - 1))) end--;
        const word = key.slice(start, end);
        const stems = lookup(cut < end && key.charCodeAt(cut) === 0x2019 ? word.replace(/’/g, "'") : word);
        if (stems) words.push(stems);
      });
      return words;
    });
    const prefixes = StemTrie.of(withPresentTense(stemIds));
    const stemTokens = new Float64Array(stemIds.size);
    let trTokens = 0;
    const trWordCounts: number[] = [];
    this.trStems = trSegments.map((text) => {
      const found: number[] = [];
      let words = 0;
      const key = lexicalKey(text, 'tr');
      forEachWord(key, LETTERS, LETTERS_AND_APOSTROPHES, (start, _end, firstEnd) => {
        words++;
        // after an apostrophe come a name's suffixes (Çin'i, Bakü'den): match the name
        const length = firstEnd - start;
        // a three-letter stem is too ambiguous to count as the start of a longer word
        const shortest = length === MIN_STEM ? MIN_STEM : MIN_STEM + 1;
        let node: StemTrie | undefined = prefixes;
        for (let len = 1; len <= length && node; len++) {
          node = node.next?.get(key.charCodeAt(start + len - 1));
          if (node && node.id >= 0 && len >= shortest) {
            found.push(node.id);
            stemTokens[node.id]!++;
          }
        }
      });
      trTokens += words;
      trWordCounts.push(words);
      return Int32Array.from(found);
    });
    this.trWordCounts = Int32Array.from(trWordCounts);
    this.stemCount = stemIds.size;
    // Stem frequencies are smoothed toward a typical rate with PRIOR_TOKENS pseudo-tokens,
    // so a short document (where the translation itself is a large share of the text)
    // does not make every stem look common.
    const stemFrequency = (id: number) => (stemTokens[id]! + STEM_RATE * PRIOR_TOKENS) / (trTokens + PRIOR_TOKENS);
    const known = new Map<Int32Array, LexicalWord>();
    this.enWords = enStemLists.map((words) =>
      words.map((stems) => {
        let word = known.get(stems);
        if (!word) {
          let frequency = 0;
          for (const id of stems) frequency += stemFrequency(id);
          frequency = Math.min(frequency, 0.5);
          word = { stems, frequency, logFrequency: Math.log(frequency) };
          known.set(stems, word);
        }
        return word;
      }),
    );
  }

  /**
   * Log-likelihood ratio, in nats, that the bead's Turkish side translates its English
   * side rather than sits next to it by chance. Each known English word counts
   * ln(p/q) when one of its stems starts a Turkish word of the bead and ln((1−p)/(1−q))
   * when none does; p is the rate in true translations (TRANSLATED_RATE) and q the
   * chance that a word this frequent in the document's Turkish turns up among that many
   * Turkish words. Frequent stems thus prove little and rare ones much. Words are
   * matched one to one: an English word said twice ("the main danger, and a danger for
   * years") needs its translation twice, so the sentence holding the second one belongs
   * to the bead. `scratch` must be zero-filled with length ≥ stemCount and is left so.
   * O(bead words).
   */
  evidence(enStart: number, enCount: number, trStart: number, trCount: number, scratch: Uint8Array): number {
    const trWords = this.count(trStart, trCount, scratch);
    let llr = 0;
    let found = 0;
    const logWords = Math.log(Math.max(trWords, 1));
    for (let s = enStart; s < enStart + enCount; s++) {
      for (const word of this.enWords[s]!) {
        const q = word.frequency * trWords;
        if (q >= TRANSLATED_RATE) continue; // so frequent that finding it proves nothing
        // ln(p/q) and ln((1−p)/(1−q)) with q = frequency · words
        if (take(word.stems, scratch)) {
          llr += LOG_TRANSLATED - word.logFrequency - logWords;
          found |= 1 << Math.min(30, s - enStart);
        } else llr += LOG_UNTRANSLATED - Math.log1p(-q);
      }
    }
    this.clear(trStart, trCount, scratch);
    this.lastFound = found;
    return llr;
  }

  /**
   * After evidence(): bit k set when the bead's k-th English segment had a word found
   * translated (a word so frequent it proves nothing not counted). Free by-product of the
   * evidence pass, so the aligner can ask which sentences of a bead are supported.
   */
  lastFound = 0;

  /** English words of the bead with a translation on its Turkish side, matched one to one (for reports and tests). */
  matches(enStart: number, enCount: number, trStart: number, trCount: number, scratch: Uint8Array): number {
    this.count(trStart, trCount, scratch);
    let found = 0;
    for (let s = enStart; s < enStart + enCount; s++) for (const word of this.enWords[s]!) if (take(word.stems, scratch)) found++;
    this.clear(trStart, trCount, scratch);
    return found;
  }

  /** Whether some English word of the range has a translation in Turkish segment t (matches(…, t, 1) > 0, stopping at the first). */
  translatesAny(enStart: number, enCount: number, t: number, scratch: Uint8Array): boolean {
    const stems = this.trStems[t]!;
    if (stems.length === 0) return false;
    for (let k = 0; k < stems.length; k++) scratch[stems[k]!] = 1;
    let found = false;
    for (let s = enStart; s < enStart + enCount && !found; s++) {
      for (const word of this.enWords[s]!) {
        for (let k = 0; k < word.stems.length && !found; k++) found = scratch[word.stems[k]!] === 1;
        if (found) break;
      }
    }
    for (let k = 0; k < stems.length; k++) scratch[stems[k]!] = 0;
    return found;
  }

  /** Counts into `scratch` how many words of the Turkish segments start with each stem; returns their word count. */
  private count(trStart: number, trCount: number, scratch: Uint8Array): number {
    let words = 0;
    for (let t = trStart; t < trStart + trCount; t++) {
      words += this.trWordCounts[t]!;
      const stems = this.trStems[t]!;
      for (let k = 0; k < stems.length; k++) if (scratch[stems[k]!]! < 255) scratch[stems[k]!]!++;
    }
    return words;
  }

  private clear(trStart: number, trCount: number, scratch: Uint8Array): void {
    for (let t = trStart; t < trStart + trCount; t++) {
      const stems = this.trStems[t]!;
      for (let k = 0; k < stems.length; k++) scratch[stems[k]!] = 0;
    }
  }
}

/**
 * Stems with the forms they take before the present-tense -yor, which narrows a verb's
 * final a/e to ı/i/u/ü (söyle → söylüyor, bekle → bekliyor, anla → anlıyor, topla →
 * topluyor): the tense analyses are mostly written in would otherwise hide most verbs
 * ending in a vowel. Text is folded, so ı is i. A noun stem so extended matches nothing.
 */
function withPresentTense(stemIds: ReadonlyMap<string, number>): Map<string, number> {
  const prefixes = new Map(stemIds);
  for (const [stem, id] of stemIds) {
    if (stem.length < 4 || !/[ae]$/u.test(stem)) continue;
    for (const vowel of ['i', 'u', 'ü']) {
      const form = `${stem.slice(0, -1)}${vowel}yor`;
      if (!prefixes.has(form)) prefixes.set(form, id);
    }
  }
  return prefixes;
}

/** The stems by letters, so that every stem a word starts with is found in one walk along the word (O(word length)). */
class StemTrie {
  next: Map<number, StemTrie> | null = null;
  id = -1;

  static of(stems: ReadonlyMap<string, number>): StemTrie {
    const root = new StemTrie();
    for (const [stem, id] of stems) {
      let node = root;
      for (let k = 0; k < stem.length; k++) {
        const code = stem.charCodeAt(k);
        node.next ??= new Map();
        let child = node.next.get(code);
        if (!child) {
          child = new StemTrie();
          node.next.set(code, child);
        }
        node = child;
      }
      node.id = id;
    }
    return root;
  }
}

/** Uses up one Turkish word starting with one of the stems, if there is one left. */
function take(stems: Int32Array, scratch: Uint8Array): boolean {
  for (let k = 0; k < stems.length; k++) {
    if (scratch[stems[k]!]! > 0) {
      scratch[stems[k]!]!--;
      return true;
    }
  }
  return false;
}
