import { basename } from 'node:path';
import type { Context } from 'hono';
import type { ErrorBody } from '../model/api.js';
import { isBusy, NotFoundError, StaleVersionError } from '../db/index.js';
import { ConflictError, DuplicateImportError, InputError } from '../errors.js';
import { UnsupportedMediaError } from './params.js';
import { WouldEmptyError } from '../documents/batch.js';
import { ForbiddenError } from '../app/policy.js';
import { SignInError, TooManyAttemptsError } from '../app/accounts.js';

/** One JSON error shape for every route: `{error: {code, message}}`; a stale write also carries the current pair. */
export function errorResponse(c: Context, err: unknown): Response {
  if (err instanceof UnsupportedMediaError) return c.json({ error: { code: 'unsupported-media-type', message: err.message } }, 415);
  if (err instanceof InputError) {
    // the reason and where it is, for the editor to say in its language; the message stays the detail
    const { file, ...where } = err.where;
    const body: ErrorBody = { error: { code: 'bad-input', message: err.message, ...where, ...(file ? { file: basename(file) } : {}) } };
    return c.json(body, 400);
  }
  if (err instanceof ForbiddenError) return c.json({ error: { code: 'forbidden', message: err.message, reason: `forbidden-${err.action}` } } satisfies ErrorBody, 403);
  if (err instanceof SignInError) return c.json({ error: { code: 'sign-in-failed', message: err.message } }, 401);
  if (err instanceof TooManyAttemptsError) return c.json({ error: { code: 'too-many-attempts', message: err.message } }, 429, { 'retry-after': String(err.retryAfterSeconds) });
  if (err instanceof NotFoundError) return c.json({ error: { code: 'not-found', message: err.message } }, 404);
  if (err instanceof StaleVersionError) return c.json({ error: { code: 'stale-version', message: err.message }, current: err.current }, 409);
  if (err instanceof WouldEmptyError) return c.json({ error: { code: 'would-empty', message: err.message }, pairIds: err.pairIds }, 409);
  if (err instanceof DuplicateImportError) return c.json({ error: { code: 'duplicate-import', message: err.message }, existing: err.existing }, 409);
  if (err instanceof ConflictError) return c.json({ error: { code: 'conflict', message: err.message } }, 409);
  if (err instanceof SyntaxError) return c.json({ error: { code: 'bad-input', message: `the request body is not valid JSON: ${err.message}` } }, 400);
  if (isBusy(err)) {
    return c.json({ error: { code: 'busy', message: 'another program is writing to the workspace (a CLI import?); try again in a moment' } }, 503, { 'retry-after': '1', [BUSY_HEADER]: '1' });
  }
  if (err instanceof URIError) return c.json({ error: { code: 'bad-url', message: 'the URL is not valid percent-encoding' } }, 400);
  // One line in the log, never a stack trace to the client (nor a multi-line one in the log).
  console.error(`hizala: internal error on ${c.req.method} ${c.req.path}: ${err instanceof Error ? `${err.name}: ${err.message}` : String(err)}`);
  return c.json({ error: { code: 'internal', message: 'internal error' } }, 500);
}

/** Marks a 503 that a retry may cure (start.ts retries those before answering). */
export const BUSY_HEADER = 'x-hizala-busy';
