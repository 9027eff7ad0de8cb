import { createHash } from 'node:crypto';
import { statement, type Db } from './open.js';
import type { Role } from '../model/user.js';

export interface UserRow {
  id: number;
  name: string;
  role: Role;
  createdAt: string;
}

interface StoredUser extends UserRow {
  passwordHash: string;
}

const USER_COLUMNS = 'id, name, role, password_hash AS passwordHash, created_at AS createdAt';

export function findUser(db: Db, name: string): StoredUser | null {
  return (statement(db, `SELECT ${USER_COLUMNS} FROM users WHERE name = ?`).get(name) as StoredUser | undefined) ?? null;
}

export function listUsers(db: Db): UserRow[] {
  return statement(db, 'SELECT id, name, role, created_at AS createdAt FROM users ORDER BY name').all() as UserRow[];
}

export function countUsers(db: Db): number {
  return (statement(db, 'SELECT count(*) AS n FROM users').get() as { n: number }).n;
}

export function insertUser(db: Db, name: string, role: Role, passwordHash: string): UserRow {
  const id = Number(statement(db, 'INSERT INTO users (name, role, password_hash) VALUES (?, ?, ?)').run(name, role, passwordHash).lastInsertRowid);
  return statement(db, 'SELECT id, name, role, created_at AS createdAt FROM users WHERE id = ?').get(id) as UserRow;
}

/** Also ends the user's sessions: a changed password signs every browser out. */
export function updateUserPassword(db: Db, name: string, passwordHash: string): boolean {
  return db.transaction(() => {
    const user = findUser(db, name);
    if (!user) return false;
    statement(db, 'UPDATE users SET password_hash = ? WHERE id = ?').run(passwordHash, user.id);
    statement(db, 'DELETE FROM sessions WHERE user_id = ?').run(user.id);
    return true;
  })();
}

export function updateUserRole(db: Db, name: string, role: Role): boolean {
  return statement(db, 'UPDATE users SET role = ? WHERE name = ?').run(role, name).changes === 1;
}

export function deleteUser(db: Db, name: string): boolean {
  return statement(db, 'DELETE FROM users WHERE name = ?').run(name).changes === 1; // sessions go with it (cascade)
}

/** Only a digest of the token is stored. */
export function tokenDigest(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function insertSession(db: Db, token: string, userId: number, expiresAt: Date): void {
  statement(db, 'INSERT INTO sessions (token_hash, user_id, expires_at) VALUES (?, ?, ?)').run(tokenDigest(token), userId, expiresAt.toISOString());
}

/** The user a live session belongs to, or null (unknown, expired, or the user removed). Expired sessions are deleted on the way. */
export function sessionUser(db: Db, token: string, now: Date = new Date()): UserRow | null {
  const row = statement(
    db,
    'SELECT u.id, u.name, u.role, u.created_at AS createdAt, s.expires_at AS expiresAt FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.token_hash = ?',
  ).get(tokenDigest(token)) as (UserRow & { expiresAt: string }) | undefined;
  if (!row) return null;
  if (row.expiresAt <= now.toISOString()) {
    deleteSession(db, token);
    return null;
  }
  const { expiresAt: _expires, ...user } = row;
  return user;
}

export function deleteSession(db: Db, token: string): void {
  statement(db, 'DELETE FROM sessions WHERE token_hash = ?').run(tokenDigest(token));
}
