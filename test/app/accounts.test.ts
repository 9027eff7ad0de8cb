import { describe, expect, it } from 'vitest';
import { addUser, changePassword, removeUser, sessionActor, signIn, SignInError, SignInLimiter, TooManyAttemptsError } from '../../src/app/accounts.js';
import { hashPassword, verifyPassword } from '../../src/app/passwords.js';
import { openDatabase } from '../../src/db/index.js';

const LOCAL = { name: null, role: null };

describe('passwords', () => {
  it('hashes with a salt and verifies only the same password (NFC-normalised)', async () => {
    const a = await hashPassword('Çeviri günü 2026');
    const b = await hashPassword('Çeviri günü 2026');
    expect(a).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(a).not.toBe(b);
    expect(await verifyPassword('Çeviri günü 2026', a)).toBe(true);
    expect(await verifyPassword('C\u0327eviri gu\u0308nu\u0308 2026', a)).toBe(true); // decomposed, as some keyboards send it
    expect(await verifyPassword('çeviri günü 2026', a)).toBe(false);
    expect(await verifyPassword('anything', 'not-a-hash')).toBe(false);
  });
});

describe('accounts and sessions', () => {
  it('refuses bad names, roles, short passwords and doubles with clear words', async () => {
    const db = openDatabase(':memory:');
    await expect(addUser(db, LOCAL, 'a b', 'translator', 'long enough 1')).rejects.toThrow(/not a user name/);
    await expect(addUser(db, LOCAL, 'ali', 'boss', 'long enough 1')).rejects.toThrow(/role must be one of translator, reviewer, admin/);
    await expect(addUser(db, LOCAL, 'ali', 'translator', 'short')).rejects.toThrow(/at least 10 characters/);
    await addUser(db, LOCAL, 'ali', 'translator', 'long enough 1');
    await expect(addUser(db, LOCAL, 'ali', 'reviewer', 'long enough 1')).rejects.toThrow(/there is a user "ali" already/);
    await expect(addUser(db, { name: 'ali', role: 'translator' }, 'veli', 'admin', 'long enough 1')).rejects.toThrow(/only an admin can manage accounts/);
  });

  it('opens a session that a password change or removal ends', async () => {
    const db = openDatabase(':memory:');
    await addUser(db, LOCAL, 'şule', 'reviewer', 'first password 1');
    const limiter = new SignInLimiter();
    const first = await signIn(db, limiter, 'şule', 'first password 1', '127.0.0.1');
    expect(sessionActor(db, first.token)).toEqual({ name: 'şule', role: 'reviewer' });
    expect(sessionActor(db, `${first.token}x`)).toBeNull();
    await changePassword(db, LOCAL, 'şule', 'second password 2');
    expect(sessionActor(db, first.token)).toBeNull();
    await expect(signIn(db, limiter, 'şule', 'first password 1', '127.0.0.1')).rejects.toThrow(SignInError);
    const second = await signIn(db, limiter, 'şule', 'second password 2', '127.0.0.1');
    removeUser(db, LOCAL, 'şule');
    expect(sessionActor(db, second.token)).toBeNull();
  });

  it('ends an expired session', async () => {
    const db = openDatabase(':memory:');
    await addUser(db, LOCAL, 'ali', 'translator', 'long enough 1');
    const { token } = await signIn(db, new SignInLimiter(), 'ali', 'long enough 1', '::1');
    db.prepare("UPDATE sessions SET expires_at = '2000-01-01T00:00:00.000Z'").run();
    expect(sessionActor(db, token)).toBeNull();
    expect((db.prepare('SELECT count(*) AS n FROM sessions').get() as { n: number }).n).toBe(0);
  });
});

describe('failed sign-in limits', () => {
  it('lets five failures of a name pass, then makes each further try wait twice as long', () => {
    let now = 1_000_000;
    const limiter = new SignInLimiter(() => now);
    const keys = ['user:ali', 'addr:10.0.0.1'];
    for (let k = 0; k < 5; k++) {
      expect(limiter.waitFor(keys)).toBe(0);
      limiter.failed(keys);
    }
    expect(limiter.waitFor(keys)).toBe(1);
    expect(limiter.waitFor(['user:ali', 'addr:10.0.0.2'])).toBe(1); // another address, same name
    expect(limiter.waitFor(['user:veli', 'addr:10.0.0.1'])).toBe(0); // a colleague behind the same address
    now += 1000;
    limiter.failed(keys);
    expect(limiter.waitFor(keys)).toBe(2);
    now += 16 * 60_000; // the window is over
    expect(limiter.waitFor(keys)).toBe(0);
  });

  it('limits an address that guesses many names after 25 failures', () => {
    const limiter = new SignInLimiter(() => 0);
    for (let k = 0; k < 25; k++) limiter.failed([`user:name${k}`, 'addr:10.0.0.9']);
    expect(limiter.waitFor(['user:fresh', 'addr:10.0.0.9'])).toBe(1);
    expect(limiter.waitFor(['user:fresh', 'addr:10.0.0.8'])).toBe(0);
  });

  it('is what signIn consults', async () => {
    const db = openDatabase(':memory:');
    await addUser(db, LOCAL, 'ali', 'translator', 'long enough 1');
    const limiter = new SignInLimiter();
    for (let k = 0; k < 5; k++) await expect(signIn(db, limiter, 'ali', 'wrong one here', 'a')).rejects.toThrow(SignInError);
    await expect(signIn(db, limiter, 'ALI', 'long enough 1', 'b')).rejects.toThrow(TooManyAttemptsError);
  });
});
