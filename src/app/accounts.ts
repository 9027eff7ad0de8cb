/**
 * Accounts and sessions of a team server. Passwords are kept as scrypt hashes; a session
 * is a random token in an HttpOnly cookie, of which only a digest is stored. Failed
 * sign-ins are limited per account name and per address (in this process).
 */
import { randomBytes } from 'node:crypto';
import { countUsers, deleteSession, deleteUser, findUser, insertSession, insertUser, listUsers, sessionUser, updateUserPassword, updateUserRole, type Db, type UserRow } from '../db/index.js';
import { ConflictError, InputError } from '../errors.js';
import { ROLES, type Actor, type Role } from '../model/user.js';
import { hashPassword, passwordProblem, verifyPassword } from './passwords.js';
import { authorize } from './policy.js';

/** How long a sign-in lasts: a working day and then some; the editor keeps unsaved text and asks again. */
export const SESSION_HOURS = 12;

export class SignInError extends Error {
  override name = 'SignInError';
}

/** Too many failed sign-ins: try again after `retryAfterSeconds`. */
export class TooManyAttemptsError extends Error {
  override name = 'TooManyAttemptsError';
  constructor(readonly retryAfterSeconds: number) {
    super(`too many failed sign-ins; try again in ${retryAfterSeconds} s`);
  }
}

export function checkUserName(name: string): string {
  const trimmed = name.normalize('NFC').trim();
  if (!/^[\p{L}\p{N}._@-]{1,64}$/u.test(trimmed)) throw new InputError(`"${name}" is not a user name (1–64 letters, digits, . _ @ -)`, { reason: 'bad-user-name' });
  return trimmed;
}

export function checkRole(role: string): Role {
  if (!(ROLES as readonly string[]).includes(role)) throw new InputError(`the role must be one of ${ROLES.join(', ')}, not "${role}"`, { reason: 'bad-role' });
  return role as Role;
}

function checkPassword(password: string): void {
  const problem = passwordProblem(password);
  if (problem) throw new InputError(problem, { reason: 'weak-password' });
}

/** Managing accounts is an admin's; from the command line (the person who runs the server) it is the local actor's. */
export async function addUser(db: Db, actor: Actor, name: string, role: string, password: string): Promise<UserRow> {
  authorize(actor, 'manage-users');
  const userName = checkUserName(name);
  const userRole = checkRole(role);
  checkPassword(password);
  if (findUser(db, userName)) throw new ConflictError(`there is a user "${userName}" already`);
  return insertUser(db, userName, userRole, await hashPassword(password));
}

export async function changePassword(db: Db, actor: Actor, name: string, password: string): Promise<void> {
  authorize(actor, 'manage-users');
  checkPassword(password);
  const hash = await hashPassword(password);
  if (!updateUserPassword(db, checkUserName(name), hash)) throw new InputError(`no user "${name}"`, { reason: 'no-user' });
}

export function changeRole(db: Db, actor: Actor, name: string, role: string): void {
  authorize(actor, 'manage-users');
  if (!updateUserRole(db, checkUserName(name), checkRole(role))) throw new InputError(`no user "${name}"`, { reason: 'no-user' });
}

export function removeUser(db: Db, actor: Actor, name: string): void {
  authorize(actor, 'manage-users');
  if (!deleteUser(db, checkUserName(name))) throw new InputError(`no user "${name}"`, { reason: 'no-user' });
}

export function accounts(db: Db, actor: Actor): UserRow[] {
  authorize(actor, 'manage-users');
  return listUsers(db);
}

export function hasAccounts(db: Db): boolean {
  return countUsers(db) > 0;
}

/** A hash to check against when the name is unknown, so that an unknown name takes as long as a wrong password. */
let decoy: Promise<string> | null = null;

/**
 * Failed attempts per key ("user:NAME", "addr:ADDRESS"): after the free failures within
 * the window, each further attempt waits twice as long as the one before, up to
 * MAX_WAIT_S. An address gets more free failures than a name: a team behind one proxy
 * or NAT shares an address, and one person's typos must not lock the others out.
 * Memory is bounded: entries older than the window are dropped when the map grows.
 */
const FREE_FAILURES = { user: 5, addr: 25 };
const WINDOW_MS = 15 * 60_000;
const MAX_WAIT_S = 15 * 60;

export class SignInLimiter {
  private readonly failures = new Map<string, { count: number; last: number }>();

  constructor(private readonly now: () => number = Date.now) {}

  /** Seconds to wait before `keys` may try again, or 0. */
  waitFor(keys: readonly string[]): number {
    let wait = 0;
    for (const key of keys) {
      const f = this.failures.get(key);
      const free = key.startsWith('addr:') ? FREE_FAILURES.addr : FREE_FAILURES.user;
      if (!f || this.now() - f.last > WINDOW_MS || f.count < free) continue;
      const delay = Math.min(MAX_WAIT_S, 2 ** (f.count - free));
      wait = Math.max(wait, Math.ceil((f.last + delay * 1000 - this.now()) / 1000));
    }
    return wait;
  }

  failed(keys: readonly string[]): void {
    const now = this.now();
    if (this.failures.size > 10_000) for (const [k, f] of this.failures) if (now - f.last > WINDOW_MS) this.failures.delete(k);
    for (const key of keys) {
      const f = this.failures.get(key);
      this.failures.set(key, { count: f && now - f.last <= WINDOW_MS ? f.count + 1 : 1, last: now });
    }
  }

  succeeded(keys: readonly string[]): void {
    for (const key of keys) this.failures.delete(key);
  }
}

/** Sign in: a new session token for the cookie, or SignInError (the same words for an unknown name and a wrong password). */
export async function signIn(db: Db, limiter: SignInLimiter, name: string, password: string, address: string): Promise<{ token: string; user: UserRow; expires: Date }> {
  const keys = [`user:${name.normalize('NFC').trim().toLowerCase()}`, `addr:${address}`];
  const wait = limiter.waitFor(keys);
  if (wait > 0) throw new TooManyAttemptsError(wait);
  const user = findUser(db, name.normalize('NFC').trim());
  decoy ??= hashPassword(randomBytes(16).toString('hex'));
  const ok = await verifyPassword(password, user?.passwordHash ?? (await decoy));
  if (!user || !ok) {
    limiter.failed(keys);
    throw new SignInError('wrong user name or password');
  }
  limiter.succeeded(keys);
  const token = randomBytes(32).toString('base64url');
  const expires = new Date(Date.now() + SESSION_HOURS * 3_600_000);
  insertSession(db, token, user.id, expires);
  const { passwordHash: _hash, ...row } = user;
  return { token, user: row, expires };
}

export function signOut(db: Db, token: string): void {
  deleteSession(db, token);
}

/** The actor a session token stands for, or null when it is unknown or expired. */
export function sessionActor(db: Db, token: string): Actor | null {
  const user = sessionUser(db, token);
  return user ? { name: user.name, role: user.role } : null;
}
