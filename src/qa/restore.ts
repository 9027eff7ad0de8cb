/**
 * Characters lost in extraction ("Ahılkelek" printed as "Ah□lkelek", "Karabağ" as
 * "Karaba��") put back from evidence at hand: the same word written intact elsewhere in
 * the document (or the glossary, or the other language's side — names and numbers), or a
 * URL slug in the same line. A run of lost symbols (□ U+25A1 or U+FFFD) stands for one or
 * two characters each that are not ASCII (extraction loses exactly those) or an
 * apostrophe. A word is restored when the evidence allows one filling; when it allows
 * several, they are listed and nothing is guessed. Pure; O(length × candidates of the
 * damaged words' shapes).
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

/** The intact words of some texts, counted. O(total length). */
export function vocabularyOf(texts: Iterable<string>): Map<string, number> {
  const words = new Map<string, number>();
  for (const text of texts) {
    if (!text) continue;
    for (const m of text.matchAll(WORD)) {
      const w = m[0].replace(/['’]+$/u, '');
      words.set(w, (words.get(w) ?? 0) + 1);
      // a name with a suffix after its apostrophe (Karabağ’da) also counts as the name
      const stem = /^([^'’]+)['’]\p{L}/u.exec(w)?.[1];
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

export function restoreLost(text: string, vocabulary: Vocabulary): Restoration[] {
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
    if (/\p{L}/u.test(found)) for (const [word, n] of vocabulary) if (pattern.test(word)) counts.set(word + ending, (counts.get(word + ending) ?? 0) + n);
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
    // (filling runs from character trigrams of the document was tried: 16.9 % of lines made worse at the
    // loosest setting, 1.4 % and no line gained at the strictest; left out)
    const candidates = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([w]) => w);
    const certain = candidates.length === 1;
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
