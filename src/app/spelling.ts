import { getPair, listPairs, listWorkspaceWords, insertWorkspaceWord, type Db } from '../db/index.js';
import type { TermMatcher } from '../glossary/index.js';
import { InputError } from '../errors.js';
import type { SpellingReport } from '../model/api.js';
import type { Actor } from '../model/user.js';
import { spellChecker } from '../qa/dictionaries.js';
import { misspellings } from '../qa/spelling.js';
import { lower, type Lang } from '../text/case.js';
import { workspaceMatcher } from '../workspace/index.js';
import { authorize } from './policy.js';

export type { SpellingReport };

/** What spelling knows besides the dictionaries: the workspace word list and every word of the glossary's terms, per language. */
export type KnownWords = Record<Lang, string[]>;

/** The glossary's words, per language, worked out once per version of the glossary (the workspace's matcher is rebuilt when it changes). */
const glossaryWords = new WeakMap<TermMatcher, KnownWords>();

/** Asked on every save (a pair's spelling is read again): the glossary comes from the workspace's cached matcher, not the database. */
export function knownWords(db: Db): KnownWords {
  const matcher = workspaceMatcher(db);
  let words = glossaryWords.get(matcher);
  if (!words) {
    words = { en: [], tr: [] };
    for (const entry of matcher.entries.values()) {
      for (const term of entry.terms) for (const w of term.text.match(/\p{L}+/gu) ?? []) words[term.lang].push(lower(w, term.lang));
    }
    glossaryWords.set(matcher, words);
  }
  return { en: [...listWorkspaceWords(db, 'en'), ...words.en], tr: [...listWorkspaceWords(db, 'tr'), ...words.tr] };
}

/**
 * Spelling of a document's pairs (or of the listed ones): the dictionaries are loaded on
 * first use in this thread — the server asks the job worker, so the Turkish one's 4 s
 * load and the checking never hold its event loop. O(words).
 */
export async function spellPairs(
  pairs: readonly { id: number; source: string; target: string }[],
  srcLang: Lang,
  tgtLang: Lang,
  known: KnownWords,
  options: { everyPair?: boolean } = {},
): Promise<SpellingReport> {
  const [srcSpell, tgtSpell] = await Promise.all([spellChecker(srcLang), spellChecker(tgtLang)]);
  const srcKnown = new Set(known[srcLang]);
  const tgtKnown = new Set(known[tgtLang]);
  const report: SpellingReport = { pairs: [] };
  for (const p of pairs) {
    const src = misspellings(p.source, srcLang, srcSpell, (w) => srcKnown.has(w), p.target);
    const tgt = misspellings(p.target, tgtLang, tgtSpell, (w) => tgtKnown.has(w), p.source);
    // a whole document's answer leaves out the pairs with nothing to show (most of them)
    if (src.length || tgt.length || options.everyPair) report.pairs.push({ id: p.id, src, tgt });
  }
  return report;
}

/** The pairs to spell: the document's, or those of `pairIds` in it (read one by one: a save asks for its own pair, not the document). */
export function pairsToSpell(db: Db, documentId: number, pairIds?: readonly number[]): { id: number; source: string; target: string }[] {
  if (!pairIds) return listPairs(db, documentId);
  return pairIds.map((id) => getPair(db, id)).filter((p): p is NonNullable<typeof p> => p !== null && p.documentId === documentId);
}

/** Add a word to the workspace's word list (anyone who may edit); answers the word as kept. */
export function addWorkspaceWord(db: Db, actor: Actor, lang: Lang, word: string): { lang: Lang; word: string; added: boolean } {
  authorize(actor, 'edit');
  const kept = lower(word.normalize('NFC').trim(), lang);
  if (!/^\p{L}[\p{L}\p{M}'’-]{0,63}$/u.test(kept)) throw new InputError('a word is letters only, up to 64 of them', { reason: 'bad-word' });
  return { lang, word: kept, added: insertWorkspaceWord(db, lang, kept, actor.name) };
}
