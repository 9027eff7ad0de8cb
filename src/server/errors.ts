import type { Context } from 'hono';
import { ConflictError, InputError } from '../errors.js';

/** One JSON error shape for every route: `{error: {code, message}}`. */
export function errorResponse(c: Context, err: unknown): Response {
  if (err instanceof InputError) return c.json({ error: { code: 'bad-input', message: err.message } }, 400);
  if (err instanceof ConflictError) return c.json({ error: { code: 'conflict', message: err.message } }, 409);
  console.error(err);
  return c.json({ error: { code: 'internal', message: 'internal error' } }, 500);
}
