import type { Context } from 'hono';
import { NotFoundError } from '../db/index.js';
import { InputError } from '../errors.js';

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

/** The editor's name for the person making a change (shown in the history). */
export function author(c: Context): string | null {
  return c.req.header('x-hizala-author')?.slice(0, 100) ?? null;
}

/** An integer field of a JSON body; `required` fields that are missing are a 400. */
export function intField(body: Record<string, unknown>, name: string, required = true): number | undefined {
  const v = body[name];
  if (v === undefined && !required) return undefined;
  if (typeof v !== 'number' || !Number.isInteger(v)) throw new InputError(`"${name}" must be an integer`);
  return v;
}
