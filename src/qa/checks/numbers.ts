import { numbers as numbersIn, type NumberSpan } from '../../text/placeables.js';
import type { Lang } from '../../text/case.js';
import { SPACES } from '../../text/charclass.js';
import { mayHoldMarkerOrSuperscript } from '../../text/markers.js';
import type { Flag, PairCheck, Side } from '../types.js';
import { sideLang, sideText } from '../types.js';

const MARKER = /<sup>[^<]*<\/sup>|\[\d+\]/g;

interface Found {
  /** The values the number may stand for: one, or two where its separator reads either way. */
  keys: string[];
  start: number;
  end: number;
  raw: string;
  /** A list's enumerator ("1)", "(2)" opening an item): structure, not a quantity. */
  enumerator: boolean;
}

/**
 * The words for powers of a thousand that follow a number: Turkish writes 24,000 as
 * "24 bin" and 10,587 as "10 bin 587" (news style), English 3.5 billion. A Turkish word
 * takes case endings in its vowel harmony (binin, milyona, milyarlık); "bina" is no
 * "bin". The grammar of number words, not a list of documents' phrases.
 */
const SCALES: Record<Lang, { word: RegExp; value: Record<string, number> }> = {
  tr: {
    word: /^\s+(bin(?:e|i|in|de|den|le|ler\p{L}*|lik\p{L}*)?|(?:milyon|trilyon)(?:a|u|un|da|dan|la|lar\p{L}*|luk\p{L}*)?|milyar(?:a|ı|ın|da|dan|la|lar\p{L}*|lık\p{L}*)?)(?!\p{L})/u,
    value: { bin: 1e3, milyon: 1e6, milyar: 1e9, trilyon: 1e12 },
  },
  en: {
    word: /^\s+(thousand|million|billion|trillion)s?(?!\p{L})/u,
    value: { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 },
  },
};

const scaleOf = (word: string, lang: Lang): number => {
  const stem = Object.keys(SCALES[lang].value).find((s) => word.startsWith(s))!;
  return SCALES[lang].value[stem]!;
};

/** First letters of the scale words of both languages, either case. */
const SCALE_INITIALS = new Set(Object.values(SCALES).flatMap((s) => Object.keys(s.value).flatMap((w) => [w, w.toUpperCase()].map((c) => c.charCodeAt(0)))));

/** The scale word after a number, in small letters (a title writes "100 Bin", a heading "100 BİN"); its length is the text's. */
function scaleAfter(text: string, at: number, lang: Lang): RegExpExecArray | null {
  // every scale word of either language starts with b, m or t after a space: most numbers
  // are followed by neither, and a locale's lower case is costly (every number of a document)
  let next = at;
  while (next < text.length && SPACES.at(text, next)) next++;
  if (next === at || !SCALE_INITIALS.has(text.charCodeAt(next))) return null;
  const ahead = text.slice(at, at + 24);
  const small = ahead.toLocaleLowerCase(lang);
  return SCALES[lang].word.exec(small.length === ahead.length ? small : ahead);
}

/** A plain decimal key (not a date's 14.05.2024) as a number, else NaN. */
const valueOf = (key: string): number => (/^\d+(?:\.\d+)?$/.test(key) ? Number(key) : NaN);

/** 1–3 digits, one separator, three digits: 10.587 is 10587 or 10.587 by the language's convention — and translators copy the other's. */
const EITHER_WAY = /^\d{1,3}[.,]\d{3}$/;

function keysOf(n: NumberSpan): string[] {
  if (!EITHER_WAY.test(n.text)) return [n.key];
  const grouped = n.text.replace(/[.,]/, '');
  return n.key === grouped ? [grouped, n.text.replace(',', '.')] : [n.key, grouped];
}

/** An enumerator: a small number closing with ")" where a list item opens (text start, after : ; , or a conjunction), or "(n)" at the text's start or after : and ;. */
function isEnumerator(text: string, n: NumberSpan): boolean {
  if (n.text.length > 2 || !/^\d+$/.test(n.text)) return false;
  const before = text.slice(0, n.start);
  if (text[n.end] === ')' && text[n.start - 1] !== '(') return /(?:^|[:;,]|\b(?:and|or|ve|veya|ya da))\s*$/iu.test(before);
  return text[n.start - 1] === '(' && text[n.end] === ')' && /(?:^|[:;])\s*\($/u.test(before);
}

/**
 * The numbers of a text with number words composed: "10 bin 587" is one number, 10587,
 * and "3.5 billion" is 3500000000. O(text).
 */
function numbers(text: string, lang: Lang): Found[] {
  // most sentences hold no digit: nothing to read, nothing made
  if (!HAS_DIGIT.test(text)) return [];
  // footnote markers are no numbers of the content (most texts have none: no copy made)
  const blanked = mayHoldMarkerOrSuperscript(text) ? text.replace(MARKER, (m) => ' '.repeat(m.length)) : text;
  const spans = numbersIn(blanked, lang);
  const out: Found[] = [];
  for (let k = 0; k < spans.length; k++) {
    const n = spans[k]!;
    const scaled = scaleAfter(blanked, n.end, lang);
    const base = valueOf(n.key);
    if (!scaled || Number.isNaN(base)) {
      out.push({ keys: keysOf(n), start: n.start, end: n.end, raw: n.text, enumerator: isEnumerator(blanked, n) });
      continue;
    }
    // a number and its scale word, then smaller groups as long as they follow ("2 milyon 300 bin 15")
    let scale = scaleOf(scaled[1]!, lang);
    let total = base * scale;
    let end = n.end + scaled[0].length;
    while (k + 1 < spans.length) {
      const next = spans[k + 1]!;
      if (!/^\s+$/u.test(blanked.slice(end, next.start)) || !/^\d{1,3}$/.test(next.text)) break;
      const word = scaleAfter(blanked, next.end, lang);
      const nextScale = word ? scaleOf(word[1]!, lang) : 1;
      if (nextScale >= scale) break;
      total += Number(next.text) * nextScale;
      scale = nextScale;
      end = next.end + (word ? word[0].length : 0);
      k++;
      if (!word) break;
    }
    // floating point: 3.5 × 10⁹ is exact, 1.1 × 10⁶ is 1100000.0000000002
    const key = String(Math.round(total * 1000) / 1000);
    // the number as written stays a reading: the other side may put the scale in a unit
    // (11.4 bcm, billion cubic metres: 11,4 milyar metreküp)
    out.push({ keys: [key, ...keysOf(n)], start: n.start, end, raw: blanked.slice(n.start, end), enumerator: false });
  }
  return out;
}

const HAS_DIGIT = /\d/;

/**
 * Numbers that are on one side and not the other, read with each language's separators
 * (3,5 = 3.5; 25.000 = 25,000) and number words (24,000 = 24 bin; 10.587 may be 10 bin
 * 587). A list's enumerators that the other side leaves out ("… as long as they are: 1)
 * identified …", translated as one clause) are not numbers of the content.
 */
export const numbersDiffer: PairCheck = {
  id: 'numbers',
  run(pair, context): Flag[] {
    if (!pair.target.trim() || !pair.source.trim()) return [];
    const found: Record<Side, Found[]> = {
      src: numbers(sideText('src', pair), sideLang('src', context)),
      tgt: numbers(sideText('tgt', pair), sideLang('tgt', context)),
    };
    const flags: Flag[] = [];
    for (const side of ['src', 'tgt'] as Side[]) {
      const other = [...found[side === 'src' ? 'tgt' : 'src']];
      for (const n of found[side]) {
        const k = other.findIndex((o) => o.keys.some((key) => n.keys.includes(key)));
        if (k >= 0) other.splice(k, 1);
        else if (!n.enumerator) flags.push({ check: 'numbers', side, start: n.start, end: n.end, severity: 'error', messageKey: side === 'src' ? 'qa.numberMissing' : 'qa.numberExtra', params: { found: n.raw } });
      }
    }
    return flags;
  },
};
