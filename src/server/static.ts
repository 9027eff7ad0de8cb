import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { MiddlewareHandler } from 'hono';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

/**
 * Serve the built editor from `root`; unknown paths that are not API calls get
 * index.html (client-side routes). Paths are resolved and kept inside `root`.
 */
export function serveWeb(root: string): MiddlewareHandler {
  const base = resolve(root);
  return async (c, next) => {
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') return next();
    const path = decodeURIComponent(new URL(c.req.url).pathname);
    if (path.startsWith('/api/')) return next();
    let file = resolve(join(base, normalize(path)));
    if (file !== base && !file.startsWith(base + sep)) return c.text('Not found', 404);
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
    } catch {
      if (extname(path)) return c.text('Not found', 404);
      file = join(base, 'index.html');
    }
    try {
      const body = await readFile(file);
      const immutable = file.includes(`${sep}assets${sep}`);
      return c.body(body, 200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
      });
    } catch {
      return c.text('The editor is not built: run `npm run build`.', 404);
    }
  };
}
