import type { Lang } from '../text/case.js';
import { findDroppedApostrophes } from './apostrophe.js';
import { loadedSpellChecker } from './dictionaries.js';
import { decodeSingleByte, decodeUtf8, encodeSingleByte, isEncodable, type CodePage } from './codepages.js';

/**
 * Mojibake: text damaged on its way from a PDF or a web page. Detects and, where the
 * damage is reversible, repairs:
 *  - UTF-8 read as windows-1252, ISO-8859-1 or windows-1254 ("Ã¼" for ü, "Ä±" for ı), and
 *    the same twice (double encoding), over a whole line or only some words of it;
 *  - windows-1254 / ISO-8859-9 read as windows-1252 / ISO-8859-1 ("ý" for ı, "þ" for ş);
 *  - lost characters: U+FFFD and runs of U+25A1 □ (not repairable);
 *  - stray C1 control characters.
 * Correct Turkish, Azerbaijani (ə, Xankəndi) and European names (Élysée, Þingvellir) are
 * left alone: a repair must give valid UTF-8 made of plausible characters, and a
 * Turkish-letter substitution must give a word in the Turkish alphabet.
 * O(n) in the text length.
 */
export type MojibakeKind =
  | 'utf8-as-cp1252'
  | 'utf8-as-latin1'
  | 'utf8-as-cp1254'
  | 'double-utf8'
  | 'cp1254-as-cp1252'
  | 'partial'
  | 'replacement-char'
  | 'placeholder-square'
  | 'c1-control'
  | 'dropped-apostrophe';

export interface MojibakeResult {
  broken: boolean;
  kinds: MojibakeKind[];
  /** The repaired text (the input itself when nothing could be repaired). */
  fixed: string;
  /** Damaged ranges of the input, with their repair when one is known. */
  spans: { start: number; end: number; kind: MojibakeKind; replacement?: string }[];
}

/** Characters a repaired run may consist of: Latin letters (with Turkish and Azerbaijani), common punctuation and signs. */
const PLAUSIBLE = /^[\p{Script=Latin}\p{N}\s\u00a0-\u00bf\u00d7\u00f7\u2010-\u2027\u2030-\u203a\u20ac\u2122\u2116\u0259\u018f\u02bc'".,;:!?()[\]{}\-–—/&%+*=<>@#$^_|~`\\]+$/u;
/** A non-ASCII character of any code page (the material of UTF-8 mojibake). */
const NON_ASCII = /[^\x00-\x7f]/;
const C1 = /[\u0080-\u009f]/;

const UTF8_CODE_PAGES: CodePage[] = ['windows-1252', 'windows-1254', 'latin1'];

interface Repair {
  start: number;
  end: number;
  text: string;
  codePage: CodePage;
  rounds: number;
}

/**
 * Repair runs of non-ASCII characters that are the UTF-8 bytes of other characters read
 * in a single-byte code page. A run is taken whole, re-encoded, and decoded as UTF-8;
 * it is accepted only when that succeeds and gives plausible characters. Runs are tried
 * per code page, and again on the result for double encoding.
 */
function repairUtf8Runs(text: string): Repair[] {
  const repairs: Repair[] = [];
  // the runs found by hand: a match object for each of a Turkish line's many lone letters
  // was most of this function's cost over a long document
  for (let k = 0; k < text.length; ) {
    if (text.charCodeAt(k) < 0x80) {
      k++;
      continue;
    }
    const start = k;
    let lostByte = false;
    for (; k < text.length && text.charCodeAt(k) >= 0x80; k++) if (text.charCodeAt(k) === 0xfffd) lostByte = true;
    // a lone character (ü, ş) is never UTF-8 mojibake: that takes two bytes at least; nor
    // is a run whose first character is a lead byte in none of the code pages, unless it
    // holds a lost byte (repairLostByte)
    if (k - start < 2 || !(lostByte || MAY_LEAD.test(text[start]!))) continue;
    const run = text.slice(start, k);
    const repaired = repairRun(run);
    if (repaired) repairs.push({ start, end: k, ...repaired });
  }
  return repairs;
}

/**
 * What a UTF-8 lead byte (C2–F4) reads as in windows-1252 and ISO-8859-1 (Â … ô) and in
 * windows-1254, where D0 DD DE F0 are Ğ İ Ş ğ: a run that starts otherwise cannot decode
 * as UTF-8 in any of them (repairRun would try each and fail).
 */
const MAY_LEAD = /^[\u00c2-\u00f4ĞİŞğ]/u;

function repairRun(run: string): { text: string; codePage: CodePage; rounds: number } | null {
  if (run.includes('\ufffd')) return repairLostByte(run);
  for (const codePage of UTF8_CODE_PAGES) {
    let current = run;
    let rounds = 0;
    let good: { text: string; rounds: number } | null = null;
    // Each round undoes one wrong decoding; an intermediate result may still hold C1
    // controls (double encoding of an undefined byte), only a final one must be plausible.
    while (rounds < 3) {
      const bytes = encodeSingleByte(current, codePage);
      if (!bytes) break;
      const decoded = decodeUtf8(bytes);
      if (decoded === null || decoded === current) break;
      current = decoded;
      rounds++;
      if (PLAUSIBLE.test(current)) good = { text: current, rounds };
      if (!NON_ASCII.test(current)) break;
      if (current.includes('\ufffd')) {
        // double encoding whose first decoder wrote U+FFFD for an undefined byte
        const lost = repairLostByte(current);
        if (lost) good = { text: lost.text, rounds: rounds + lost.rounds };
        break;
      }
    }
    if (good) return { text: good.text, codePage: pickCodePage(run, codePage), rounds: good.rounds };
  }
  return null;
}

/**
 * UTF-8 read in windows-1254 or windows-1252 by a decoder that turns bytes the code page
 * leaves undefined into U+FFFD. Two such losses are common enough to guess: Ş (C5 9E)
 * and Ğ (C4 9E) read as windows-1254 come out as "Å�" and "Ä�" — 0x9E is the only
 * undefined byte a Turkish letter has — and the closing quote ” (E2 80 9D) read in
 * either code page comes out as "â€�". The lost byte is put back, and the repair kept
 * only where the whole run then reads back (for the letters: and gives Ş or Ğ; the quote
 * may be an intermediate of double encoding, as in "Ã¢â‚¬â€�" for —).
 */
function repairLostByte(run: string): { text: string; codePage: CodePage; rounds: number } | null {
  const turkish = /[ÄÅ]\ufffd/u.test(run);
  const quote = /â€\ufffd/u.test(run);
  if (!turkish && !quote) return null;
  const guessed = repairRun(run.replace(/([ÄÅ])\ufffd/gu, '$1\u009e').replace(/â€\ufffd/gu, 'â€\u009d'));
  if (!guessed) return null; // any other U+FFFD in the run leaves it unrepaired
  if (turkish && !/[ŞĞ]/u.test(guessed.text)) return null;
  return turkish ? { ...guessed, codePage: 'windows-1254' } : guessed;
}

/** Which single-byte code page a UTF-8-misread run went through, judged by the characters it shows. */
function pickCodePage(run: string, worked: CodePage): CodePage {
  if (/[ĞİŞğış\u008e\u009e]/u.test(run) && encodeSingleByte(run, 'windows-1254')) return 'windows-1254';
  if (/[\u0080\u0082-\u008c\u0091-\u009c\u009f]/u.test(run) && encodeSingleByte(run, 'latin1')) return 'latin1';
  return worked === 'latin1' && !C1.test(run) ? 'windows-1252' : worked;
}

const TURKISH_SUBSTITUTES: Record<string, string> = { ý: 'ı', Ý: 'İ', þ: 'ş', Þ: 'Ş', ð: 'ğ', Ð: 'Ğ' };
const SUBSTITUTE = /[ýÝþÞðÐ]/u;
/** Letters of the Turkish alphabet, ASCII and the circumflexed vowels. */
const TURKISH_WORD = /^[A-Za-zÇĞİÖŞÜçğıöşüÂÎÛâîû'’-]+$/u;
const TURKISH_ONLY = /[ıİşŞğĞ]/u;
const WORD_RUN = /[\p{L}'’-]+/gu;

/**
 * windows-1254 text read as windows-1252 (or ISO-8859-9 as ISO-8859-1): ı ş ğ İ Ş Ğ
 * appear as ý þ ð Ý Þ Ð. A word is taken for damaged when its repair is written in the
 * Turkish alphabet and the damage is not a lone capital at the start of the word (the
 * shape of Icelandic names such as Þingvellir) — unless other words of the line are
 * certainly damaged, or the line is Turkish and has no correct ı ş ğ at all.
 */
function repairTurkishLetters(text: string, lang: Lang): Repair[] {
  if (!SUBSTITUTE.test(text)) return [];
  const strong: Repair[] = [];
  const weak: Repair[] = [];
  const foreignLetters = hasForeignLatinLetter(text);
  for (const m of text.matchAll(WORD_RUN)) {
    const word = m[0];
    if (!SUBSTITUTE.test(word)) continue;
    const repaired = word.replace(/[ýÝþÞðÐ]/gu, (c) => TURKISH_SUBSTITUTES[c]!);
    if (!TURKISH_WORD.test(repaired)) continue;
    // ğ only ever follows a vowel in Turkish: no word starts with it, none has it after a
    // consonant — as an Icelandic ð after one would give (Reykfjörð → Reykfjörğ)
    if (/^[ğĞ]|[^aeıioöuüâîûAEIİOÖUÜÂÎÛ][ğĞ]/u.test(repaired)) continue;
    const count = (word.match(/[ýÝþÞðÐ]/gu) ?? []).length;
    const repair: Repair = { start: m.index, end: m.index + word.length, text: repaired, codePage: 'windows-1254', rounds: 1 };
    // One substitute alone is also how Czech, Slovak, Icelandic and Faroese write (Nový,
    // Lipavský, Suðurnes): in a line that has letters of such an alphabet (ů í á ó ě),
    // it takes a second one or a letter of the Turkish alphabet (ç ö ü â î û) in the
    // word. A lone Þ/þ opening a word is the shape of Icelandic names (Þingvellir)
    // wherever it stands. Weak repairs need support from the line (below).
    const icelandicShape = count === 1 && /^[þÞ]/u.test(word);
    const turkishElsewhere = /[çöüâîûÇÖÜÂÎÛ]/u.test(word);
    if (!icelandicShape && (count >= 2 || turkishElsewhere || !foreignLetters)) strong.push(repair);
    else weak.push(repair);
  }
  if (strong.length > 0) return [...strong, ...weak].sort((a, b) => a.start - b.start);
  if (weak.length > 0 && lang === 'tr' && !TURKISH_ONLY.test(text)) return weak;
  return [];
}

/** Latin letters that neither Turkish nor Azerbaijani writes, other than the substitutes themselves and the lead characters of UTF-8 read as a single-byte code page (Ã Â Ä Å). */
const LATIN_LETTER = /\p{Script=Latin}/u;
const TURKIC_OR_MOJIBAKE = new Set('çÇğĞıİöÖşŞüÜâÂîÎûÛəƏýÝþÞðÐÃÂÄÅ');

function hasForeignLatinLetter(text: string): boolean {
  for (const ch of text) {
    if (ch.charCodeAt(0) < 0x80 || TURKIC_OR_MOJIBAKE.has(ch)) continue;
    if (LATIN_LETTER.test(ch)) return true;
  }
  return false;
}

const SQUARES = /\u25a1+/gu;
const LETTER = /[\p{L}\p{N}]/u;

/**
 * Characters without which no kind of damage below can be present: the lead bytes of
 * UTF-8 read in a single-byte code page (U+00C2–U+00F4; a run has to start with one),
 * ý þ ð Ý Þ Ð, C1 controls, U+FFFD and □. Most clean English lines, and Turkish ones
 * without ç or â î û, have none of them and are done in one scan.
 */
const SUSPECT = /[\u0080-\u009f\u00c2-\u00f4\u00fd\u00fe\ufffd\u25a1]/u;

export function detectMojibake(text: string, lang: Lang, options: { apostrophes?: boolean } = {}): MojibakeResult {
  if (!SUSPECT.test(text) && (lang !== 'en' || options.apostrophes === false)) return { broken: false, kinds: [], fixed: text, spans: [] };
  const spans: MojibakeResult['spans'] = [];
  const kinds = new Set<MojibakeKind>();

  const utf8 = repairUtf8Runs(text);
  let fixed = text;
  let turkish: Repair[] = [];
  if (utf8.length === 0) {
    turkish = repairTurkishLetters(text, lang);
  }
  const repairs = [...utf8, ...turkish].sort((a, b) => a.start - b.start);
  const repaired = (at: number) => repairs.some((r) => r.start <= at && at < r.end);
  if (repairs.length) {
    let out = '';
    let at = 0;
    for (const r of repairs) {
      out += text.slice(at, r.start) + r.text;
      at = r.end;
    }
    fixed = out + text.slice(at);
    // Correct non-ASCII letters outside the repaired runs mean only part of the line was damaged.
    let untouched = '';
    at = 0;
    for (const r of repairs) {
      untouched += text.slice(at, r.start);
      at = r.end;
    }
    untouched += text.slice(at);
    // Correct letters outside the repaired runs that the same damage would have broken
    // mean only part of the line was damaged: any non-ASCII letter for a UTF-8 misreading,
    // ı ş ğ İ Ş Ğ for a windows-1254 one (ö ç ü are the same in both code pages).
    const partial = utf8.length > 0 ? /\p{L}/u.test(untouched.replace(/[\x00-\x7f]/g, '')) : TURKISH_ONLY.test(untouched);
    // One damage, one kind per line: the code page that explains every run of it.
    const codePages = new Set(utf8.map((r) => r.codePage));
    const utf8Kind: MojibakeKind = utf8.some((r) => r.rounds >= 2)
      ? 'double-utf8'
      : codePages.has('windows-1254')
        ? 'utf8-as-cp1254'
        : codePages.has('latin1')
          ? 'utf8-as-latin1'
          : 'utf8-as-cp1252';
    for (const r of repairs) {
      const kind: MojibakeKind = partial ? 'partial' : turkish.includes(r) ? 'cp1254-as-cp1252' : utf8Kind;
      kinds.add(kind);
      spans.push({ start: r.start, end: r.end, kind, replacement: r.text });
    }
  }

  for (const m of text.matchAll(/\ufffd+/gu)) {
    if (repaired(m.index)) continue; // a lost byte the repair put back
    kinds.add('replacement-char');
    spans.push({ start: m.index, end: m.index + m[0].length, kind: 'replacement-char' });
  }
  for (const m of text.matchAll(SQUARES)) {
    const before = text[m.index - 1];
    const after = text[m.index + m[0].length];
    // a lone □ between spaces or brackets is the symbol itself, not a lost character
    if (m[0].length >= 2 || (before !== undefined && LETTER.test(before)) || (after !== undefined && LETTER.test(after))) {
      kinds.add('placeholder-square');
      spans.push({ start: m.index, end: m.index + m[0].length, kind: 'placeholder-square' });
    }
  }
  if (!repairs.length) {
    for (const m of text.matchAll(/[\u0080-\u009f]/gu)) {
      kinds.add('c1-control');
      spans.push({ start: m.index, end: m.index + 1, kind: 'c1-control', replacement: '' });
    }
    if (kinds.has('c1-control')) fixed = text.replace(/[\u0080-\u009f]/gu, '');
  }
  if (lang === 'en' && options.apostrophes !== false && fixed.includes('s ')) {
    // a lost apostrophe is damage of the same origin; repaired in the fixed text too
    const spell = loadedSpellChecker('en');
    const dropped = findDroppedApostrophes(fixed, undefined, spell ? { spell } : {});
    if (dropped.length) {
      kinds.add('dropped-apostrophe');
      let out = '';
      let at = 0;
      for (const d of dropped) {
        out += fixed.slice(at, d.start) + d.suggestion;
        at = d.end;
        if (fixed === text) spans.push({ start: d.start, end: d.end, kind: 'dropped-apostrophe', replacement: d.suggestion });
      }
      fixed = out + fixed.slice(at);
    }
  }
  spans.sort((a, b) => a.start - b.start);
  return { broken: spans.length > 0, kinds: [...kinds], fixed, spans };
}

export { isEncodable, decodeSingleByte };
