import type { Context } from 'hono';
import { NotFoundError } from '../db/index.js';
import { InputError } from '../errors.js';
import type { Actor } from '../model/user.js';

/** A numeric id from the path; anything else is "not found", never a 500. */
export function idParam(c: Context, name: string): number {
  const raw = c.req.param(name) ?? '';
  if (!/^\d{1,15}$/.test(raw)) throw new NotFoundError(`no ${name.replace(/Id$/, '')} ${raw}`);
  return Number(raw);
}

/** The request body as a JSON object, refusing other content types and shapes. */
export async function jsonBody(c: Context): Promise<Record<string, unknown>> {
  if (!(c.req.header('content-type') ?? '').startsWith('application/json')) throw new InputError('send the request body as application/json');
  const body: unknown = await c.req.json();
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new InputError('the request body must be a JSON object');
  return body as Record<string, unknown>;
}

let defaultAuthor: string | null = null;

/** Who changes are by when the editor names nobody: on a local server, the person running it (--author, or the OS user). */
export function setDefaultAuthor(name: string | null): void {
  defaultAuthor = name?.trim().slice(0, 100) || null;
}

/** The editor's name for the person making a change (shown in the history). */
export function author(c: Context): string | null {
  // percent-encoded by the editor: an HTTP header carries no "ş" as it is
  const raw = c.req.header('x-hizala-author');
  if (raw === undefined || raw === '') return defaultAuthor;
  let name = raw;
  try {
    name = decodeURIComponent(raw);
  } catch {
    /* not encoded: taken as it came */
  }
  return name.slice(0, 100) || null;
}

const signedIn = new WeakMap<Request, Actor>();

/** Set by the session middleware of a team server: who this request is from. */
export function setActor(c: Context, actor: Actor): void {
  signedIn.set(c.req.raw, actor);
}

/**
 * Who is making this request: on a team server the signed-in user with their role; on a
 * local server the person at the keyboard (may do everything), named as the editor says.
 */
export function actor(c: Context): Actor {
  return signedIn.get(c.req.raw) ?? { name: author(c), role: null };
}

/** An integer field of a JSON body; `required` fields that are missing are a 400. */
export function intField(body: Record<string, unknown>, name: string, required = true): number | undefined {
  const v = body[name];
  if (v === undefined && !required) return undefined;
  if (typeof v !== 'number' || !Number.isInteger(v)) throw new InputError(`"${name}" must be an integer`);
  return v;
}

/**
 * A multipart/form-data body; anything else, or a body that does not parse as one
 * (no boundary, cut short, garbage), is a 400 or 415 naming the problem — never a 500.
 */
export async function formBody(c: Context, expected: string): Promise<Record<string, string | File | (string | File)[]>> {
  const type = c.req.header('content-type') ?? '';
  if (!type.toLowerCase().startsWith('multipart/form-data')) throw new UnsupportedMediaError(`send multipart/form-data with ${expected}`);
  try {
    return await c.req.parseBody({ all: false });
  } catch {
    throw new InputError(`the request body is not valid multipart/form-data (send ${expected})`);
  }
}

/** A body of another media type than the route takes (415). */
export class UnsupportedMediaError extends InputError {
  override name = 'UnsupportedMediaError';
}

/** A multipart field that must be a file. */
export function fileField(form: Record<string, unknown>, field: string, what: string): File {
  const value = form[field];
  if (!(value instanceof File)) throw new InputError(`send ${what} as multipart field "${field}"`);
  return value;
}
