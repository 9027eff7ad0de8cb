import type { Lang } from '../text/case.js';
import { statement, type Db } from './open.js';

/** The workspace's word list of a language: words spelling takes as known (kept lower-cased the language's way). */
export function listWorkspaceWords(db: Db, lang: Lang): string[] {
  return statement(db, 'SELECT word FROM workspace_words WHERE lang = ? ORDER BY word').pluck().all(lang) as string[];
}

/** Add a word (already lower-cased); true when it was not there. */
export function insertWorkspaceWord(db: Db, lang: Lang, word: string, author: string | null): boolean {
  return statement(db, 'INSERT INTO workspace_words (lang, word, added_by) VALUES (?, ?, ?) ON CONFLICT (lang, word) DO NOTHING').run(lang, word, author).changes === 1;
}
