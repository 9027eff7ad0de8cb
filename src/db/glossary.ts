import { InputError } from '../errors.js';
import { checkText, FIELD_LIMITS } from '../text/valid.js';
import type { Entry, Glossary, Term, TermStatus } from '../glossary/model.js';
import type { Lang } from '../text/case.js';
import type { Db } from './open.js';

interface TermRow {
  entry_id: string;
  entry_note: string | null;
  lang: Lang;
  term: string;
  status: TermStatus;
  part_of_speech: string | null;
  term_type: string | null;
  suffix_attaches: number;
  note: string | null;
}

/** The workspace glossary, in one query. */
export function loadGlossary(db: Db): Glossary {
  const rows = db
    .prepare(
      `SELECT e.id AS entry_id, e.note AS entry_note, t.lang, t.term, t.status, t.part_of_speech, t.term_type, t.suffix_attaches, t.note
       FROM glossary_entries e JOIN glossary_terms t ON t.entry_id = e.id ORDER BY e.rowid, t.id`,
    )
    .all() as TermRow[];
  const entries = new Map<string, Entry>();
  for (const r of rows) {
    let entry = entries.get(r.entry_id);
    if (!entry) {
      entry = { id: r.entry_id, terms: [] };
      if (r.entry_note) entry.note = r.entry_note;
      entries.set(r.entry_id, entry);
    }
    const term: Term = { lang: r.lang, text: r.term, status: r.status };
    if (r.part_of_speech) term.partOfSpeech = r.part_of_speech;
    if (r.term_type) term.termType = r.term_type;
    if (r.suffix_attaches) term.suffixAttaches = true;
    if (r.note) term.note = r.note;
    entry.terms.push(term);
  }
  return { entries: [...entries.values()] };
}

/**
 * Import a glossary in one transaction: each entry replaces the workspace entry with the
 * same id (its terms included); other entries stay. Returns the number of entries written.
 */
export function saveGlossaryEntries(db: Db, glossary: Glossary): number {
  const upsertEntry = db.prepare('INSERT INTO glossary_entries (id, note) VALUES (?, ?) ON CONFLICT(id) DO UPDATE SET note = excluded.note');
  const clearTerms = db.prepare('DELETE FROM glossary_terms WHERE entry_id = ?');
  const insertTerm = db.prepare(
    'INSERT INTO glossary_terms (entry_id, lang, term, status, part_of_speech, term_type, suffix_attaches, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  );
  for (const e of glossary.entries) checkEntry(e.id, e.note, e.terms);
  return db.transaction(() => {
    for (const e of glossary.entries) {
      upsertEntry.run(e.id, e.note ?? null);
      clearTerms.run(e.id);
      for (const t of e.terms) insertTerm.run(e.id, t.lang, t.text, t.status, t.partOfSpeech ?? null, t.termType ?? null, t.suffixAttaches ? 1 : 0, t.note ?? null);
    }
    bumpGlossaryVersion(db);
    return glossary.entries.length;
  })();
}

/** Add one term to an entry (creating the entry when new). */
export function addGlossaryTerm(db: Db, entryId: string, term: Term, entryNote?: string): void {
  checkEntry(entryId, entryNote, [term]);
  db.transaction(() => {
    db.prepare('INSERT INTO glossary_entries (id, note) VALUES (?, ?) ON CONFLICT(id) DO NOTHING').run(entryId, entryNote ?? null);
    db.prepare('INSERT INTO glossary_terms (entry_id, lang, term, status, part_of_speech, term_type, suffix_attaches, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?)').run(
      entryId,
      term.lang,
      term.text,
      term.status,
      term.partOfSpeech ?? null,
      term.termType ?? null,
      term.suffixAttaches ? 1 : 0,
      term.note ?? null,
    );
    bumpGlossaryVersion(db);
  })();
}

/** A counter that changes with every glossary write, so cached matchers know when to rebuild. */
export function glossaryVersion(db: Db): number {
  return Number(getSetting(db, 'glossary_version') ?? 0);
}

function bumpGlossaryVersion(db: Db): void {
  setSetting(db, 'glossary_version', String(glossaryVersion(db) + 1));
}

export function getSetting(db: Db, key: string): string | undefined {
  return (db.prepare('SELECT value FROM settings WHERE key = ?').get(key) as { value: string } | undefined)?.value;
}

export function setSetting(db: Db, key: string, value: string): void {
  db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(key, value);
}

/** Every stored glossary text is valid Unicode within the field limits (text/valid.ts). */
function checkEntry(id: string, note: string | undefined, terms: readonly Term[]): void {
  try {
    if (note !== undefined) checkText(note, 'note', FIELD_LIMITS.note);
    for (const t of terms) {
      checkText(t.text, 'term', FIELD_LIMITS.term);
      if (t.note !== undefined) checkText(t.note, 'note', FIELD_LIMITS.note);
    }
  } catch (err) {
    if (err instanceof InputError) throw new InputError(`glossary entry "${id}": ${err.problem}`);
    throw err;
  }
}
