import { ConflictError } from '../errors.js';
import type { FlagAcceptance } from '../model/flag.js';
import { checkText, FIELD_LIMITS } from '../text/valid.js';
import { statement, type Db } from './open.js';
import { requirePair } from './pairs.js';

/** A stored acceptance with what it applies to. */
export interface Acceptance extends FlagAcceptance {
  documentId: number | null;
  pairId: number | null;
  check: string;
  side: 'src' | 'tgt' | null;
  found: string;
}

const COLUMNS = 'id, scope, document_id AS documentId, pair_id AS pairId, check_id AS "check", side, found, reason, author, at';

export interface AcceptInput {
  scope: FlagAcceptance['scope'];
  pairId: number;
  check: string;
  side: 'src' | 'tgt';
  found: string;
  reason: string;
  author: string | null;
}

/** Accept a flag of a pair: this occurrence, the same text in the pair's document, or everywhere. */
export function acceptFlag(db: Db, input: AcceptInput): Acceptance {
  const pair = requirePair(db, input.pairId);
  return insertAcceptance(db, {
    scope: input.scope,
    documentId: input.scope === 'workspace' ? null : pair.documentId,
    pairId: input.scope === 'pair' ? pair.id : null,
    check: input.check,
    side: input.scope === 'workspace' ? null : input.side,
    found: input.found,
    reason: input.reason,
    author: input.author,
  }, 'this flag is accepted already');
}

/** Accept a finding about a whole document as it stands (keyed by qa/accept.ts documentFlagKey). */
export function acceptDocumentFinding(db: Db, input: { documentId: number; check: string; side: 'src' | 'tgt' | null; found: string; reason: string; author: string | null }): Acceptance {
  return insertAcceptance(db, { ...input, scope: 'document', pairId: null }, 'this finding is accepted already');
}

/** One acceptance row, refused (409) when the same one is there already. */
function insertAcceptance(db: Db, row: Omit<Acceptance, 'id' | 'at'>, already: string): Acceptance {
  checkText(row.reason, 'reason', FIELD_LIMITS.note);
  const same = statement(db, 'SELECT id FROM accepted_flags WHERE scope = ? AND document_id IS ? AND pair_id IS ? AND check_id = ? AND side IS ? AND found = ?').get(row.scope, row.documentId, row.pairId, row.check, row.side, row.found);
  if (same) throw new ConflictError(already);
  const id = Number(
    statement(db, 'INSERT INTO accepted_flags (scope, document_id, pair_id, check_id, side, found, reason, author) VALUES (?, ?, ?, ?, ?, ?, ?, ?)').run(row.scope, row.documentId, row.pairId, row.check, row.side, row.found, row.reason, row.author)
      .lastInsertRowid,
  );
  return acceptanceById(db, id)!;
}

/** An acceptance by id, or null. */
export function acceptanceById(db: Db, id: number): Acceptance | null {
  return (statement(db, `SELECT ${COLUMNS} FROM accepted_flags WHERE id = ?`).get(id) as Acceptance | undefined) ?? null;
}

export function withdrawAcceptance(db: Db, id: number): boolean {
  return statement(db, 'DELETE FROM accepted_flags WHERE id = ?').run(id).changes > 0;
}

/** The acceptances that can apply to a document's flags: its own and the workspace's. */
export function acceptancesFor(db: Db, documentId: number): Acceptance[] {
  return statement(db, `SELECT ${COLUMNS} FROM accepted_flags WHERE document_id = ? OR scope = 'workspace' ORDER BY id`).all(documentId) as Acceptance[];
}
