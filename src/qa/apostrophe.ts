/**
 * English possessives whose apostrophe was lost in extraction: "Russias focus",
 * "Pashinyans statements" → "Russia's", "Pashinyan's". A candidate is a capitalised
 * word ending in s followed by a lower-case word. Not taken: demonyms and nationality
 * nouns in the plural (Armenians, Azerbaijanis, Turks — they are followed by verbs, not
 * possessed nouns), proper names that are plural (the Netherlands, United States),
 * words before a function word ("the Balkans and"), names whose s is their own (Texas,
 * Thomas, Reuters: lexicon/en-names-s.txt), and "its".
 * Lists are data below; O(words).
 */
import { defaultLexicon, readLexiconFile, type Lexicon } from '../align/index.js';

let namesEndingInS: ReadonlySet<string> | undefined;

/** English proper names whose s is their own (Texas, Thomas, Reuters, Vilnius): lexicon/en-names-s.txt, read once. */
function ownS(): ReadonlySet<string> {
  namesEndingInS ??= new Set(readLexiconFile('en-names-s.txt').split('\n').filter(Boolean));
  return namesEndingInS;
}

const DEMONYM_ENDING = /(?:ian|ean|can|ani|ese|ish|iot|ite)$/iu;

/** Nationality nouns whose plural is a plain +s and that the ending rule does not catch. */
const NATIONALITY_NOUNS = new Set(
  'turk kurd arab greek jew serb croat pole czech slovak tajik uzbek kazakh kyrgyz turkmen azeri tatar afghan slav balt scot dane swede finn thai brit lezgin avar chechen abkhaz ossete yezidi talysh laz roma sunni shia alawite druze saudi iraqi israeli pakistani'.split(' '),
);

/** Proper names and title words that are plural in their own right. */
const PLURAL_NAMES = new Set(
  'netherlands states nations emirates philippines maldives bahamas seychelles comoros balkans alps andes americas olympics affairs relations studies sciences forces services times news islands mountains heights territories republics games talks ministers members partners'.split(
    ' ',
  ),
);

/** Words that follow a plural subject or close a phrase, never a possessed noun. */
const FUNCTION_WORDS = new Set(
  'and or but nor of in on at to for from with by as than that which who whom whose is are was were be been being have has had do does did will would shall should can could may might must not also only still all both each say said says see saw think want agree insist claim argue believe fear hope plan remain seem'.split(
    ' ',
  ),
);

/**
 * Acronyms that name one body or country, so never take a plural s: "the EUs new
 * approach" is the EU's (unlike NGOs, MPs, SMEs, which are plurals).
 */
const NAMED_ACRONYMS = new Set(
  'EU US UK UN UNSC NATO OSCE CSTO EAEU SCO OTS OIC WTO IMF EBRD ADB AIIB IAEA UAE USSR PACE ECHR BSEC CIS GUAM ASEAN OPEC BOTAS SOCAR TANAP TAP'.split(' '),
);

/** Letters English and Turkish names are written with; a base with others (Guimarães) is a foreign name ending in s. */
const NAME_LETTERS = /^[A-Za-zÇĞİÖŞÜçğıöşüÂÎÛâîû-]+$/u;

const CANDIDATE = /\b(\p{Lu}[\p{L}]*?[\p{L}])s\b(?=[ \u00a0]+(\p{Ll}[\p{L}-]*))/gu;

export interface DroppedApostrophe {
  start: number;
  end: number;
  found: string;
  suggestion: string;
}

/**
 * `lexicon` tells words from names: a word that is itself a dictionary headword (Athens,
 * Paris, arms) is not a possessive, nor is a sentence-initial plural of a common noun
 * (Customs officers, Trucks queue).
 */
export function findDroppedApostrophes(text: string, lexicon: Lexicon = defaultLexicon()): DroppedApostrophe[] {
  const out: DroppedApostrophe[] = [];
  for (const m of text.matchAll(CANDIDATE)) {
    const word = `${m[1]}s`;
    const base = m[1]!;
    const next = m[2]!;
    const lower = base.toLowerCase();
    const namedAcronym = NAMED_ACRONYMS.has(base);
    if ((base.length < 4 && !namedAcronym) || word === word.toUpperCase() || !NAME_LETTERS.test(base)) continue;
    if (lexicon.entries.has(word.toLowerCase())) continue;
    const sentenceStart = /(?:^|[.!?:;]\s+|^["“‘(]|[.!?]["”’]\s+)["“‘(]?$/u.test(text.slice(0, m.index));
    if (sentenceStart && lexicon.entries.has(lower) && !lexicon.properNouns?.has(lower)) continue;
    if (!namedAcronym && (/s$/u.test(base) || /(?:u|ss)$/u.test(lower))) continue; // "Congress", "Caucasus"
    if (DEMONYM_ENDING.test(lower) || NATIONALITY_NOUNS.has(lower)) continue;
    if (PLURAL_NAMES.has(word.toLowerCase())) continue;
    // a name whose s is its own (Thomas de Waal, Reuters reporters), unless what is left is
    // a country or place the lexicon knows (France's: "Frances position")
    if (ownS().has(word) && !lexicon.properNouns?.has(lower)) continue;
    if (FUNCTION_WORDS.has(next.toLowerCase())) continue;
    const before = text.slice(Math.max(0, m.index - 8), m.index);
    if (/\bUnited\s$/u.test(before)) continue;
    out.push({ start: m.index, end: m.index + word.length, found: word, suggestion: `${base}'s` });
  }
  return out;
}
