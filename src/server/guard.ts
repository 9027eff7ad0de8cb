import type { MiddlewareHandler } from 'hono';
import { timingSafeEqual } from 'node:crypto';

/**
 * Keeping other web pages and strangers out of a server that runs next to the
 * translator's browser:
 *  - Host must name this server (a DNS-rebinding page reaches us under its own name);
 *  - a state-changing request must come from this server's own origin (a page elsewhere
 *    can make the browser POST here, with an Origin header that gives it away);
 *  - off loopback, every API call needs the token (HIZALA_TOKEN) as a bearer token.
 */
export interface GuardOptions {
  host: string;
  /** The port actually bound (known once listening). */
  port: () => number;
  token?: string;
  /**
   * Further names this server answers to (--allowed-host, HIZALA_ALLOWED_HOSTS): the
   * machine's name or address, or the public name a reverse proxy forwards. "name"
   * matches that name on any port (a proxy's Host carries its own port or none);
   * "name:port" that port only.
   */
  allowedHosts?: readonly string[];
}

const LOOPBACK_NAMES = ['127.0.0.1', 'localhost', '[::1]'];
const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

export function isLoopback(host: string): boolean {
  return host === '127.0.0.1' || host === '::1' || host === 'localhost' || host.startsWith('127.');
}

export function guard(options: GuardOptions): MiddlewareHandler {
  const loopback = isLoopback(options.host);
  const bound = options.host.includes(':') ? `[${options.host}]` : options.host;
  const names = [...new Set([bound, ...(loopback ? LOOPBACK_NAMES : [])])];
  const extra = (options.allowedHosts ?? []).map((h) => h.trim().toLowerCase()).filter(Boolean);
  const anyPort = new Set(extra.filter((h) => !/:\d+$/.test(h)));
  const exact = new Set(extra.filter((h) => /:\d+$/.test(h)));
  return async (c, next) => {
    const port = options.port();
    const allowedHosts = new Set(names.flatMap((n) => [`${n}:${port}`, ...(port === 80 ? [n] : [])]));
    const host = (c.req.header('host') ?? '').toLowerCase();
    const hostName = host.replace(/:\d+$/, '');
    if (!allowedHosts.has(host) && !exact.has(host) && !anyPort.has(hostName)) return c.json({ error: { code: 'bad-host', message: `this server does not answer to "${host}"` } }, 403);
    if (!SAFE.has(c.req.method)) {
      const origin = c.req.header('origin');
      const site = c.req.header('sec-fetch-site');
      // behind a TLS-terminating proxy the page's origin is https://
      if ((origin !== undefined && origin !== `http://${host}` && origin !== `https://${host}`) || site === 'cross-site') {
        return c.json({ error: { code: 'foreign-origin', message: 'requests that change data must come from the Hizala page itself' } }, 403);
      }
    }
    if (options.token && c.req.path.startsWith('/api/')) {
      // only as a bearer token: a bare value in Authorization is some other scheme
      const given = /^Bearer\s+(\S+)\s*$/i.exec(c.req.header('authorization') ?? '')?.[1] ?? '';
      const a = Buffer.from(given);
      const b = Buffer.from(options.token);
      if (a.length !== b.length || !timingSafeEqual(a, b)) return c.json({ error: { code: 'unauthorized', message: 'this server needs its token (Authorization: Bearer …)' } }, 401, { 'www-authenticate': 'Bearer' });
    }
    await next();
  };
}
