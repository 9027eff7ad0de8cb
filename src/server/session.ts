import { Hono, type Context, type MiddlewareHandler } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { getConnInfo } from '@hono/node-server/conninfo';
import { sessionActor, signIn, signOut, SESSION_HOURS, SignInLimiter } from '../app/accounts.js';
import type { Db } from '../db/index.js';
import { InputError } from '../errors.js';
import type { SessionInfo } from '../model/user.js';
import { errorResponse } from './errors.js';
import { actor, jsonBody, setActor } from './params.js';

export const SESSION_COOKIE = 'hizala_session';

/** Paths a signed-out browser may reach on a team server: signing in, and whether the server is up. */
const OPEN_API = new Set(['/api/session', '/api/health']);

/** Behind a TLS-terminating proxy the browser speaks https: the cookie is then Secure. */
function overTls(c: Context): boolean {
  return new URL(c.req.url).protocol === 'https:' || c.req.header('x-forwarded-proto')?.split(',')[0]?.trim() === 'https';
}

/**
 * A team server: every API call needs a session (401 `signed-out` without one). The
 * editor's pages are static files with no data in them; they load and ask to sign in.
 */
export function requireSession(db: Db): MiddlewareHandler {
  return async (c, next) => {
    if (!c.req.path.startsWith('/api/')) return next();
    const token = getCookie(c, SESSION_COOKIE);
    const who = token ? sessionActor(db, token) : null;
    if (who) setActor(c, who);
    else if (!OPEN_API.has(c.req.path)) return c.json({ error: { code: 'signed-out', message: 'sign in first (POST /api/session with {"user", "password"})' } }, 401);
    await next();
  };
}

function clientAddress(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown'; // a request not from a socket (tests calling app.fetch)
  }
}

/** GET who is signed in; POST {user, password} signs in (sets the cookie); DELETE signs out. */
export function sessionRoutes(db: Db, team: boolean): Hono {
  const app = new Hono();
  const limiter = new SignInLimiter();
  app.onError((err, c) => errorResponse(c, err));
  app.get('/', (c) => {
    const who = actor(c);
    if (team && who.role === null) return c.json({ error: { code: 'signed-out', message: 'not signed in' } }, 401);
    return c.json({ team, user: who.name, role: who.role } satisfies SessionInfo);
  });
  app.post('/', async (c) => {
    if (!team) throw new InputError('this server has no accounts (it runs without --team): there is nothing to sign in to', { reason: 'no-accounts' });
    const body = await jsonBody(c);
    if (typeof body.user !== 'string' || typeof body.password !== 'string') throw new InputError('send {"user": …, "password": …}');
    const session = await signIn(db, limiter, body.user, body.password, clientAddress(c));
    setCookie(c, SESSION_COOKIE, session.token, { httpOnly: true, sameSite: 'Strict', path: '/', maxAge: SESSION_HOURS * 3600, secure: overTls(c) });
    return c.json({ team, user: session.user.name, role: session.user.role } satisfies SessionInfo, 201);
  });
  app.delete('/', (c) => {
    const token = getCookie(c, SESSION_COOKIE);
    if (token) signOut(db, token);
    deleteCookie(c, SESSION_COOKIE, { path: '/' });
    return c.body(null, 204);
  });
  return app;
}
