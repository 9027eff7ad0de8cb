import { NotFoundError } from './pairs.js';
import { statement, type Db } from './open.js';
import { checkText, FIELD_LIMITS } from '../text/valid.js';
import type { Comment } from '../model/comment.js';

export type { Comment };

const COLUMNS = 'id, pair_id AS pairId, author, text, origin, at';

export function addComment(db: Db, pairId: number, text: string, author: string | null, origin = 'editor'): Comment {
  checkText(text, 'text', FIELD_LIMITS.note);
  if (!statement(db, 'SELECT 1 FROM pairs WHERE id = ?').get(pairId)) throw new NotFoundError(`no pair ${pairId}`);
  const id = Number(statement(db, 'INSERT INTO comments (pair_id, author, text, origin) VALUES (?, ?, ?, ?)').run(pairId, author, text, origin).lastInsertRowid);
  return statement(db, `SELECT ${COLUMNS} FROM comments WHERE id = ?`).get(id) as Comment;
}

export function listComments(db: Db, pairId: number): Comment[] {
  return statement(db, `SELECT ${COLUMNS} FROM comments WHERE pair_id = ? ORDER BY id`).all(pairId) as Comment[];
}

/** Every comment of a document's pairs, by pair (for the grid and for exports). One query. */
export function documentComments(db: Db, documentId: number): Map<number, Comment[]> {
  const rows = statement(db, `SELECT c.id, c.pair_id AS pairId, c.author, c.text, c.origin, c.at FROM comments c JOIN pairs p ON p.id = c.pair_id WHERE p.document_id = ? ORDER BY c.id`).all(documentId) as Comment[];
  const byPair = new Map<number, Comment[]>();
  for (const c of rows) (byPair.get(c.pairId) ?? byPair.set(c.pairId, []).get(c.pairId)!).push(c);
  return byPair;
}

export function deleteComment(db: Db, id: number): boolean {
  return statement(db, 'DELETE FROM comments WHERE id = ?').run(id).changes > 0;
}
