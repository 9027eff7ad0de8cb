/** Use cases on the workspace's shared assets — documents, glossary, TM — with who may do them. */
import { addGlossaryTerm, deleteDocument, NotFoundError, saveGlossaryEntries, whenUnlocked, type Db } from '../db/index.js';
import type { JobPool } from '../jobs/pool.js';
import { applyXliff, importDocumentPair, storeImport, type ImportRequest, type ImportResult, type PreparedImport, type XliffImportReport } from '../documents/index.js';
import type { Glossary, Term } from '../glossary/index.js';
import type { Actor } from '../model/user.js';
import type { ImportedFile } from '../formats/xliff/index.js';
import { importTmxText, type TmxImportResult } from '../tm/index.js';
import { authorize, may } from './policy.js';

/** Store a document pair read and aligned off the request loop (jobs/), in one transaction. */
export function storeDocument(db: Db, actor: Actor, prepared: PreparedImport, force: boolean): ImportResult {
  authorize(actor, 'import-document');
  return storeImport(db, prepared, force, actor.name);
}

/** Read, segment, align and store a document pair in this thread (the CLI; the server aligns in a worker and calls storeDocument). */
export function importDocuments(db: Db, actor: Actor, request: ImportRequest): ImportResult {
  authorize(actor, 'import-document');
  return importDocumentPair(db, request, actor.name);
}

export function removeDocument(db: Db, actor: Actor, documentId: number): void {
  authorize(actor, 'delete-document');
  if (!deleteDocument(db, documentId)) throw new NotFoundError(`no document ${documentId}`);
}

export function addTerm(db: Db, actor: Actor, entryId: string, term: Term): void {
  authorize(actor, 'edit-glossary');
  addGlossaryTerm(db, entryId, term);
}

export function importGlossary(db: Db, actor: Actor, glossary: Glossary): number {
  authorize(actor, 'edit-glossary');
  return saveGlossaryEntries(db, glossary);
}

/**
 * Import a TMX file into the workspace TM: on a database file it is parsed and written by
 * a worker thread on its own connection, in one transaction, so the server goes on
 * answering meanwhile (writes get 503 busy until it commits).
 */
export async function importTmx(db: Db, actor: Actor, text: string, file: string, jobs: JobPool): Promise<TmxImportResult> {
  authorize(actor, 'import-tm');
  if (db.memory) return importTmxText(db, text, file);
  return whenUnlocked(() => jobs.run('import-tmx', { dbPath: db.name, text, file }), 120_000);
}

/**
 * A returned XLIFF file: anyone who may edit brings translations back; reviewed and final
 * states, and changes to pairs reviewed here, only count from someone who may review.
 */
export function importReturnedXliff(db: Db, actor: Actor, parsed: ImportedFile, file: string, options: { documentId?: number; resolve?: 'theirs' | 'ours'; strict?: boolean } = {}): XliffImportReport {
  authorize(actor, 'edit');
  return applyXliff(db, parsed, file, { ...options, author: actor.name, mayReview: may(actor, 'review') && may(actor, 'edit-reviewed') });
}
