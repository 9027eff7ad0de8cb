import { request } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../src/db/index.js';
import { startServer, type RunningServer } from '../../src/server/index.js';
import { tempDir } from '../helpers/tmp.js';

let server: RunningServer;
let db: Db;

beforeAll(async () => {
  db = openDatabase(join(tempDir(), 'sec.sqlite'));
  server = await startServer({ db, port: 0 });
});
afterAll(async () => {
  await server.close();
  db.close();
});

/** A raw request, so the Host header can be anything. */
function raw(path: string, headers: Record<string, string>, method = 'GET', body?: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: server.port, path, method, headers }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end(body);
  });
}

describe('local-server security', () => {
  it('answers its own names and refuses another Host (DNS rebinding)', async () => {
    expect(await raw('/api/health', { host: `127.0.0.1:${server.port}` })).toBe(200);
    expect(await raw('/api/health', { host: `localhost:${server.port}` })).toBe(200);
    expect(await raw('/api/health', { host: `evil.example:${server.port}` })).toBe(403);
    expect(await raw('/api/health', { host: 'evil.example' })).toBe(403);
  });

  it('refuses a state-changing request from a foreign origin, accepts its own', async () => {
    const host = `127.0.0.1:${server.port}`;
    const body = JSON.stringify({ entry: 'x', lang: 'en', term: 'y' });
    const headers = { host, 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)) };
    expect(await raw('/api/glossary/terms', { ...headers, origin: 'https://evil.example' }, 'POST', body)).toBe(403);
    expect(await raw('/api/glossary/terms', { ...headers, 'sec-fetch-site': 'cross-site' }, 'POST', body)).toBe(403);
    expect(await raw('/api/glossary/terms', { ...headers, origin: `http://${host}` }, 'POST', body)).toBe(201);
  });

  it('sends security headers', async () => {
    const res = await fetch(`${server.url}/api/health`);
    expect(res.headers.get('content-security-policy')).toMatch(/frame-ancestors 'none'/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('off loopback: refuses to start without a token, and with one needs it on every API call', async () => {
    await expect(startServer({ db, host: '0.0.0.0', port: 0 })).rejects.toThrow(/needs a token \(set HIZALA_TOKEN\) or accounts \(--team\)/);
    const guarded = await startServer({ db, host: '127.0.0.2', port: 0, token: 's3cret-token' });
    try {
      const headers = { host: `127.0.0.2:${guarded.port}` };
      const status = (h: Record<string, string>) =>
        new Promise<number>((resolve, reject) => {
          const req = request({ host: '127.0.0.2', port: guarded.port, path: '/api/health', headers: h }, (res) => {
            res.resume();
            resolve(res.statusCode ?? 0);
          });
          req.on('error', reject);
          req.end();
        });
      expect(await status(headers)).toBe(401);
      expect(await status({ ...headers, authorization: 'Bearer wrong-token!' })).toBe(401);
      expect(await status({ ...headers, authorization: 'Bearer s3cret-token' })).toBe(200);
    } finally {
      await guarded.close();
    }
  });
});
