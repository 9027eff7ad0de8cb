import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/**
 * Password hashing with scrypt (node:crypto, no native addon): memory-hard, salted per
 * user. Stored as `scrypt$N$r$p$salt$hash` (base64) so the cost can be raised later and
 * old hashes still verify. N = 2^15 takes ~32 MB and ~0.1 s per hash on a laptop core —
 * slow for a guesser, quick enough for a sign-in.
 */
const COST = { N: 1 << 15, r: 8, p: 1 } as const;
const KEY_BYTES = 32;

function derive(password: string, salt: Buffer, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(password.normalize('NFC'), salt, KEY_BYTES, { ...options, maxmem: 128 * options.N! * options.r! * 2 }, (err, key) => (err ? reject(err) : resolve(key))),
  );
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, COST);
  return ['scrypt', COST.N, COST.r, COST.p, salt.toString('base64'), key.toString('base64')].join('$');
}

/** Whether `password` is the one `stored` was made from; false for a malformed hash. Constant time in the comparison. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parts = stored.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return false;
  const [N, r, p] = parts.slice(1, 4).map(Number);
  if (!N || !r || !p) return false;
  const expected = Buffer.from(parts[5]!, 'base64');
  const key = await derive(password, Buffer.from(parts[4]!, 'base64'), { N, r, p });
  return key.length === expected.length && timingSafeEqual(key, expected);
}

/** Rules a new password must meet; the problem in words, or null. Length is what counts (NIST SP 800-63B), not character classes. */
export function passwordProblem(password: string): string | null {
  if ([...password].length < 10) return 'a password needs at least 10 characters';
  if (password.length > 1024) return 'a password may have at most 1,024 characters';
  return null;
}
