import { foldKey, type Lang } from '../text/case.js';
import { CharClass, forEachWord, LETTERS } from '../text/charclass.js';
import { nameKey, nameSimilarity } from '../text/translit.js';
import { addresses, ADDRESSES, mayHoldAddress, numbers } from '../text/placeables.js';
import { MONTH_NAMES } from '../text/calendar.js';

/**
 * Anchors: things a translation keeps recognisable — numbers, dates, footnote markers,
 * URLs, acronyms and names. Each is reduced to a language-neutral key so the English
 * and the Turkish sentence that carry it can be matched.
 */
export type AnchorKind = 'marker' | 'number' | 'month' | 'date' | 'url' | 'acronym' | 'name' | 'term';

export interface Anchor {
  kind: AnchorKind;
  key: string;
  /** A number written as a word ("three", "üçüncü"): translations often say it otherwise. */
  spelled?: boolean;
}

const MARKER = /<sup>\s*\[?(\d+)\]?\s*<\/sup>|\[(\d+)\]/gu;
const ACRONYM = /^\p{Lu}{2,}$/u;
const DOTTED_ACRONYM = /\b(?:\p{Lu}\.){2,}/gu;

/**
 * Turkish acronyms of bodies and countries whose English acronym differs, mapped to the
 * English one so both sides meet (AB ↔ EU, ABD ↔ US).
 */
const TURKISH_ACRONYMS: Record<string, string> = {
  AB: 'EU', ABD: 'US', BM: 'UN', BMGK: 'UNSC', AGİT: 'OSCE', DTÖ: 'WTO', İİT: 'OIC', KEİ: 'BSEC', BAE: 'UAE', BK: 'UK', AKPM: 'PACE',
  AİHM: 'ECHR', AKDTÖ: 'CFE', RF: 'RF', TDT: 'OTS', ŞİÖ: 'SCO', KGAÖ: 'CSTO', AEB: 'EAEU', LNG: 'LNG', SSCB: 'USSR', UAEA: 'IAEA',
};
const ENGLISH_ACRONYMS: Record<string, string> = { USA: 'US', UNO: 'UN' };

function acronymKey(acronym: string, lang: Lang): string {
  return (lang === 'tr' ? TURKISH_ACRONYMS[acronym] : ENGLISH_ACRONYMS[acronym]) ?? acronym;
}

/** Words that start sentences or are capitalised in headings but name nothing. */
const NOT_NAMES: Record<Lang, Set<string>> = {
  en: new Set(['the', 'this', 'that', 'these', 'those', 'there', 'their', 'they', 'then', 'when', 'what', 'which', 'while', 'where', 'with', 'from', 'into', 'only', 'even', 'since', 'such', 'some', 'most', 'many', 'both', 'each', 'other', 'after', 'before', 'until', 'under', 'over', 'without', 'within', 'because', 'however', 'although', 'whether', 'critics', 'analysis', 'about', 'author']),
  tr: new Set(['bu', 'bunun', 'bunlar', 'şu', 'ancak', 'ama', 'fakat', 'oysa', 'çünkü', 'yine', 'daha', 'hem', 'her', 'hiç', 'bile', 'sonra', 'önce', 'kadar', 'gibi', 'için', 'ise', 'eğer', 'hangi', 'nasıl', 'neden', 'yazar', 'hakkında', 'analiz']),
};

/**
 * Numbers written as words, cardinal and ordinal, → the digits they stand for, so that
 * "three pipelines" meets "üç boru hattı" and "3 pipelines", "third" meets "üçüncü".
 * One/bir are left out (also "a" in Turkish and a pronoun in English), as are words
 * with a second everyday sense as a whole token (Turkish "yüz" face, "bin" board,
 * "altı" underneath, "yedi" ate). Whole tokens only: Turkish "on" (ten) must not match
 * "onun" (his).
 */
const NUMBER_WORDS: Record<Lang, Map<string, number>> = {
  en: new Map([
    ...['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'].map((w, k) => [w, k + 2] as const),
    ...['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'].map((w, k) => [w, (k + 2) * 10] as const),
    ...['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'].map((w, k) => [w, k + 1] as const),
    // multiples, which Turkish says with the number: double / iki katı, threefold / üç kat
    ...['twice', 'double', 'doubled', 'doubles', 'doubling', 'twofold'].map((w) => [w, 2] as const),
    ...['triple', 'tripled', 'triples', 'tripling', 'threefold', 'thrice'].map((w) => [w, 3] as const),
    ...['quadruple', 'quadrupled', 'fourfold'].map((w) => [w, 4] as const),
  ]),
  tr: new Map([
    ...['iki', 'üç', 'dört', 'beş', null, null, 'sekiz', 'dokuz', 'on'].flatMap((w, k) => (w ? [[w, k + 2] as const] : [])),
    ...['yirmi', 'otuz', 'kırk', 'elli', 'altmış', 'yetmiş', 'seksen', 'doksan'].map((w, k) => [w, (k + 2) * 10] as const),
    ...['birinci', 'ikinci', 'üçüncü', 'dördüncü', 'beşinci', 'altıncı', 'yedinci', 'sekizinci', 'dokuzuncu', 'onuncu'].map((w, k) => [w, k + 1] as const),
    ['ilk', 1],
  ]),
};

/** Folded month name → month number, per language. */
const MONTH_NUMBERS: Record<Lang, Map<string, number>> = {
  en: new Map(MONTH_NAMES.en.map((name, k) => [name, k + 1])),
  tr: new Map(MONTH_NAMES.tr.map((name, k) => [foldKey(name, 'tr'), k + 1])),
};

/** Turkish cardinals that take case and possessive endings (üçte biri, ikisi, dördü); "on" is left out, as onu, ona are pronouns. */
const TR_INFLECTED_CARDINALS: readonly (readonly [string, number])[] = [
  ['iki', 2], ['üç', 3], ['dört', 4], ['dörd', 4], ['beş', 5], ['sekiz', 8], ['dokuz', 9],
  ['yirmi', 20], ['otuz', 30], ['kırk', 40], ['elli', 50], ['altmış', 60], ['yetmiş', 70], ['seksen', 80], ['doksan', 90],
];

/** First two letters (folded) of every month name and number word, per language. */
const WORD_HEADS: Record<Lang, Set<string>> = {
  en: new Set([...MONTH_NAMES.en, ...NUMBER_WORDS.en.keys()].map((w) => w.slice(0, 2))),
  tr: new Set([...MONTH_NAMES.tr, ...NUMBER_WORDS.tr.keys(), ...TR_INFLECTED_CARDINALS.map(([stem]) => stem)].map((w) => foldKey(w, 'tr').slice(0, 2))),
};

/** WORD_HEADS made of two ASCII lower-case letters, as a table indexed by their codes (first·128 + second). */
const PLAIN_HEADS: Record<Lang, Uint8Array> = {
  en: plainHeads(WORD_HEADS.en),
  tr: plainHeads(WORD_HEADS.tr),
};

function plainHeads(heads: ReadonlySet<string>): Uint8Array {
  const table = new Uint8Array(128 * 128);
  for (const head of heads) if (/^[a-z]{2}$/.test(head)) table[head.charCodeAt(0) * 128 + head.charCodeAt(1)] = 1;
  return table;
}

/** Whether the lower-case word text[start, end) may be a month or a number word (false: it is neither). */
function mayCountAt(text: string, start: number, end: number, lang: Lang): boolean {
  const first = text.charCodeAt(start);
  const second = end - start >= 2 ? text.charCodeAt(start + 1) : -1;
  // two ASCII lower-case letters fold to themselves (most words): a table look-up
  if (isAsciiLower(first) && isAsciiLower(second)) return PLAIN_HEADS[lang][first * 128 + second] === 1;
  return WORD_HEADS[lang].has(foldKey(text.slice(start, Math.min(end, start + 2)), lang));
}

function isAsciiLower(code: number): boolean {
  return code >= 97 && code <= 122;
}

/** Capital letters (\p{Lu}). */
const CAPITALS = new CharClass(/\p{Lu}/u);

/** A word without what follows its first apostrophe (a Turkish name's suffixes, an English 's). */
function beforeApostrophe(word: string): string {
  const straight = word.indexOf("'");
  const curly = word.indexOf('’');
  const cut = straight < 0 ? curly : curly < 0 ? straight : Math.min(straight, curly);
  return cut < 0 ? word : word.slice(0, cut);
}

function numberWordOf(folded: string, lang: Lang): number | undefined {
  const exact = NUMBER_WORDS[lang].get(folded);
  if (exact !== undefined || lang === 'en') return exact;
  for (const [stem, n] of TR_INFLECTED_CARDINALS) if (folded.startsWith(stem) && folded.length - stem.length <= 4) return n;
  return undefined;
}

function monthOf(folded: string, lang: Lang): number | undefined {
  const exact = MONTH_NUMBERS[lang].get(folded);
  if (exact !== undefined || lang === 'en') return exact;
  // Turkish months take suffixes: Kasım'da is cut at the apostrophe, but "Ekimde" is not
  if (!MONTH_INITIALS.has(folded[0]!)) return undefined;
  for (const [name, n] of MONTH_NUMBERS.tr) if (folded.startsWith(name) && folded.length - name.length <= 3) return n;
  return undefined;
}

/** First letters of the folded Turkish month names: most words are ruled out by their first letter. */
const MONTH_INITIALS: ReadonlySet<string> = new Set([...MONTH_NUMBERS.tr.keys()].map((name) => name[0]!));

const MONTH_WORD = /\p{L}+/u;
/** "16 September 2015", "21 Temmuz 2015'te", "September 16, 2015", "16.09.2015", "31/08/2018". */
const DATE_PATTERNS: readonly RegExp[] = [
  /\b(\d{1,2})\.?\s+(\p{L}+)\s+(\d{4})\b/gu,
  /\b(\p{L}+)\s+(\d{1,2}),?\s+(\d{4})\b/gu,
  /\b(\d{1,2})[./](\d{1,2})[./](\d{4})\b/gu,
];
/** What each date pattern needs around its digits, tested first without Unicode classes (most sentences with a year hold no date). */
const DATE_HINTS: readonly RegExp[] = [/\d\.?\s+\S+\s+\d{4}/, /\d,?\s+\d{4}/, /\d[./]\d{1,2}[./]\d{4}/];

/** Dates written out in full, each with its ISO key and where it is. O(length). */
export function datesIn(text: string, lang: Lang): { key: string; start: number; end: number }[] {
  if (!/\d{4}/.test(text)) return [];
  const out: { key: string; start: number; end: number }[] = [];
  const taken = (start: number, end: number) => out.some((d) => start < d.end && end > d.start);
  const month = (word: string) => (MONTH_WORD.test(word) ? monthOf(foldKey(beforeApostrophe(word), lang), lang) : Number(word));
  DATE_PATTERNS.forEach((pattern, k) => {
    if (!DATE_HINTS[k]!.test(text)) return;
    for (const m of text.matchAll(pattern)) {
      const [day, mon] = k === 1 ? [Number(m[2]), month(m[1]!)] : [Number(m[1]), month(m[2]!)];
      if (mon === undefined || !(mon >= 1 && mon <= 12) || !(day >= 1 && day <= 31) || taken(m.index, m.index + m[0].length)) continue;
      out.push({ key: `${m[3]}-${String(mon).padStart(2, '0')}-${String(day).padStart(2, '0')}`, start: m.index, end: m.index + m[0].length });
    }
  });
  return out;
}

/** Anchors of one segment. O(length). */
export function extractAnchors(text: string, lang: Lang): Anchor[] {
  const anchors: Anchor[] = [];
  let rest = text;
  // each pattern's text is blanked out for the next ones; a pattern that found nothing
  // leaves the text as it is (no second pass to replace nothing)
  if (text.includes('[')) {
    let found = false;
    for (const m of text.matchAll(MARKER)) {
      anchors.push({ kind: 'marker', key: m[1] ?? m[2]! });
      found = true;
    }
    if (found) rest = rest.replace(MARKER, ' ');
  }
  if (mayHoldAddress(rest)) {
    for (const a of addresses(rest)) anchors.push({ kind: 'url', key: a.text.replace(/^https?:\/\//i, '').toLowerCase() });
    rest = rest.replace(ADDRESSES, ' ');
  }
  // a whole date is one anchor: the same year with another day and month is another date
  for (const date of datesIn(rest, lang)) {
    anchors.push({ kind: 'date', key: date.key });
    rest = rest.slice(0, date.start) + ' '.repeat(date.end - date.start) + rest.slice(date.end);
  }
  if (MAYBE_DOTTED_ACRONYM.test(rest)) {
    for (const m of rest.matchAll(DOTTED_ACRONYM)) anchors.push({ kind: 'acronym', key: acronymKey(m[0].replace(/\./g, ''), lang) });
    rest = rest.replace(DOTTED_ACRONYM, ' ');
  }
  if (DIGIT.test(rest)) for (const n of numbers(rest, lang)) anchors.push({ kind: 'number', key: n.key });
  forEachWord(rest, LETTERS, WORD_TAIL, (start, _end, cut) => {
    const end = cut;
    // most words are neither capitalised nor a possible month or number: decided from
    // their first two characters, before the word is cut out of the text
    const capital = CAPITALS.at(rest, start);
    if (!capital && !mayCountAt(rest, start, end, lang)) return;
    const word = rest.slice(start, end);
    const folded = capital || lang === 'tr' ? foldKey(word, lang) : word;
    const month = capital || lang === 'tr' ? monthOf(folded, lang) : undefined;
    const number = numberWordOf(folded, lang);
    // English months are capitalised; "May" opening a sentence is more often the verb
    if (month !== undefined && !(lang === 'en' && month === 5 && !LETTER.test(rest.slice(0, start)))) {
      anchors.push({ kind: 'month', key: String(month) });
    } else if (number !== undefined) {
      anchors.push({ kind: 'number', key: String(number), spelled: true });
    } else if (ACRONYM.test(word)) {
      anchors.push({ kind: 'acronym', key: acronymKey(word, lang) });
    } else if (capital && word.length >= 3 && !NOT_NAMES[lang].has(folded)) {
      const key = nameKey(word, lang);
      if (key.length >= 3) anchors.push({ kind: 'name', key });
    }
  });
  return anchors;
}

/** What may follow a word's first letter: letters, combining marks, apostrophes, hyphens. */
const WORD_TAIL = new CharClass(/[\p{L}\p{M}'’-]/u);


const DIGIT = /\d/;
const LETTER = /\p{L}/u;
/** A cheap test before the dotted-acronym pattern: two capitals each followed by a full stop. */
const MAYBE_DOTTED_ACRONYM = /\p{Lu}\.\s*\p{Lu}\./u;

export const DEFAULT_ANCHOR_WEIGHTS: Record<AnchorKind, number> = {
  marker: 4,
  url: 4,
  date: 4,
  number: 2.5,
  month: 1,
  acronym: 1.5,
  name: 1.5,
  term: 2,
};

/** Name keys of the two languages that are at least this similar are one anchor. */
export const NAME_SIMILARITY = 0.7;

/**
 * Interns anchors of both sides to integer ids so that a bead's matches are counted in
 * O(anchors) with a scratch array. Names are matched across the languages once per
 * distinct pair of keys (blocked by first letter), not once per bead.
 */
export class AnchorIndex {
  private readonly ids = new Map<string, number>();
  readonly weights: number[] = [];

  constructor(
    srcAnchors: readonly Anchor[][],
    tgtAnchors: readonly Anchor[][],
    private readonly anchorWeights: Record<AnchorKind, number> = DEFAULT_ANCHOR_WEIGHTS,
  ) {
    const srcNames = new Set<string>();
    const tgtNames = new Set<string>();
    for (const list of srcAnchors) for (const a of list) if (a.kind === 'name') srcNames.add(a.key);
    for (const list of tgtAnchors) for (const a of list) if (a.kind === 'name') tgtNames.add(a.key);
    // Each Turkish name key joins the most similar English one.
    const byInitial = new Map<string, string[]>();
    for (const k of srcNames) {
      const bucket = byInitial.get(k[0]!) ?? [];
      bucket.push(k);
      byInitial.set(k[0]!, bucket);
    }
    this.aliases = new Map();
    for (const k of tgtNames) {
      if (srcNames.has(k)) continue;
      let best = '';
      let bestSimilarity = NAME_SIMILARITY;
      for (const candidate of byInitial.get(k[0]!) ?? []) {
        if (Math.abs(candidate.length - k.length) > 4) continue;
        const s = nameSimilarity(candidate, k);
        if (s >= bestSimilarity) {
          bestSimilarity = s;
          best = candidate;
        }
      }
      if (best) this.aliases.set(k, best);
    }
  }

  private readonly aliases: Map<string, string>;

  id(anchor: Anchor, side: 'src' | 'tgt'): number {
    const key = anchor.kind === 'name' && side === 'tgt' ? (this.aliases.get(anchor.key) ?? anchor.key) : anchor.key;
    const full = `${anchor.kind}:${key}`;
    let id = this.ids.get(full);
    if (id === undefined) {
      id = this.weights.length;
      this.ids.set(full, id);
      this.weights.push(this.anchorWeights[anchor.kind]);
    }
    return id;
  }

  encode(list: readonly Anchor[], side: 'src' | 'tgt'): Int32Array {
    return Int32Array.from(list.map((a) => this.id(a, side)));
  }

  /** Every segment's anchors encoded and packed (for matchedWeight). */
  encodeAll(lists: readonly (readonly Anchor[])[], side: 'src' | 'tgt'): PackedLists {
    return packLists(lists.map((list) => this.encode(list, side)));
  }

  /** Weight of each id, for matchedWeight; valid until more anchors are encoded. */
  weightTable(): Float64Array {
    return Float64Array.from(this.weights);
  }
}

/**
 * Lists of ids, one per segment, packed end to end: the ids of segments [s, s+count) are
 * ids[offsets[s] .. offsets[s+count]), so a bead's anchors are read in one flat loop.
 */
export interface PackedLists {
  offsets: Int32Array;
  ids: Int32Array;
}

export function packLists(lists: readonly Int32Array[]): PackedLists {
  const offsets = new Int32Array(lists.length + 1);
  lists.forEach((list, k) => (offsets[k + 1] = offsets[k]! + list.length));
  const ids = new Int32Array(offsets[lists.length]!);
  lists.forEach((list, k) => ids.set(list, offsets[k]!));
  return { offsets, ids };
}

/**
 * Sum of the weights of anchors found on both sides of a bead, the bead being the
 * segments src[i, i+a) and tgt[j, j+b) (each occurrence matched at most once).
 * `scratch` must be zero-filled and as long as the number of anchor ids; it is left
 * zero-filled. O(total anchors of the bead).
 */
export function matchedWeight(
  src: PackedLists,
  i: number,
  a: number,
  tgt: PackedLists,
  j: number,
  b: number,
  weights: Float64Array,
  scratch: Int32Array,
): number {
  const srcIds = src.ids;
  const srcEnd = src.offsets[i + a]!;
  const tgtEnd = tgt.offsets[j + b]!;
  const srcStart = src.offsets[i]!;
  const tgtStart = tgt.offsets[j]!;
  if (srcStart === srcEnd || tgtStart === tgtEnd) return 0;
  for (let k = srcStart; k < srcEnd; k++) scratch[srcIds[k]!]!++;
  let sum = 0;
  const tgtIds = tgt.ids;
  for (let k = tgtStart; k < tgtEnd; k++) {
    const id = tgtIds[k]!;
    if (scratch[id]! > 0) {
      scratch[id]!--;
      sum += weights[id]!;
    }
  }
  for (let k = srcStart; k < srcEnd; k++) scratch[srcIds[k]!] = 0;
  return sum;
}
