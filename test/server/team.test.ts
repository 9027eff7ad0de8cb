import { describe, expect, it } from 'vitest';
import { addUser } from '../../src/app/accounts.js';
import { exportDocumentXliff } from '../../src/documents/index.js';
import { demoServer, importDemo } from '../helpers/demo-server.js';
import { STORES } from '../helpers/store.js';

/** A team server on loopback, over a real SQLite file and over PostgreSQL: sessions, roles, authors. */
const LOCAL = { name: null, role: null };

describe.each(STORES)('team server on %s', (kind) => {
  const demo = demoServer({
    store: kind,
    webRoot: true,
    team: {
      users: [
        ['ayşe', 'translator', 'çeviri parolası 1'],
        ['rev', 'reviewer', 'reviewer password 1'],
        ['boss', 'admin', 'admin password 12'],
      ],
    },
  });

  async function signIn(user: string, password: string): Promise<Response> {
    return fetch(`${demo.server.url}/api/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ user, password }) });
  }

  /** A signed-in client: its cookie on every request. */
  async function as(user: string, password: string) {
    const res = await signIn(user, password);
    expect(res.status).toBe(201);
    const cookie = res.headers.get('set-cookie')!.split(';')[0]!;
    return (path: string, init: RequestInit = {}) => fetch(`${demo.server.url}${path}`, { ...init, headers: { ...(init.headers as Record<string, string>), cookie } });
  }

  const put = (body: unknown): RequestInit => ({ method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const post = (body: unknown): RequestInit => ({ method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

  async function pair(id: number): Promise<{ version: number; status: string; target: string }> {
    const res = await fetch(`${demo.server.url}/api/pairs/${id}`, { headers: { cookie: (await signIn('rev', 'reviewer password 1')).headers.get('set-cookie')!.split(';')[0]! } });
    return (await res.json()) as { version: number; status: string; target: string };
  }

  describe('team server: sessions', () => {
    it('answers 401 to every API call without a session, but serves health and the page shell', async () => {
      for (const path of ['/api/documents', `/api/documents/${demo.documentId}/pairs`, '/api/glossary', '/api/tm/stats', '/api/pairs/1']) {
        const res = await fetch(`${demo.server.url}${path}`);
        expect(res.status, path).toBe(401);
        expect(((await res.json()) as { error: { code: string } }).error.code).toBe('signed-out');
      }
      expect((await fetch(`${demo.server.url}/api/pairs/1`, put({ version: 1, target: 'x' }))).status).toBe(401);
      expect((await fetch(`${demo.server.url}/api/health`)).status).toBe(200);
      const page = await fetch(`${demo.server.url}/`);
      expect(page.status).toBe(200);
      expect(await page.text()).not.toContain('CASPIAN'); // the shell holds no workspace data
    });

    it('refuses a wrong password and an unknown user alike with 401, and sets no cookie', async () => {
      for (const [user, password] of [['ayşe', 'wrong password 1'], ['nobody', 'whatever it is']]) {
        const res = await signIn(user!, password!);
        expect(res.status).toBe(401);
        expect(res.headers.get('set-cookie')).toBeNull();
        expect(await res.json()).toMatchObject({ error: { code: 'sign-in-failed', message: 'wrong user name or password' } });
      }
    });

    it('sets an HttpOnly, SameSite=Strict session cookie (Secure behind TLS) and says who is signed in', async () => {
      const res = await signIn('ayşe', 'çeviri parolası 1');
      const cookie = res.headers.get('set-cookie')!;
      expect(cookie).toMatch(/^hizala_session=[\w-]{40,};/);
      expect(cookie).toContain('HttpOnly');
      expect(cookie).toContain('SameSite=Strict');
      expect(cookie).not.toContain('Secure');
      const tls = await fetch(`${demo.server.url}/api/session`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-forwarded-proto': 'https' }, body: JSON.stringify({ user: 'ayşe', password: 'çeviri parolası 1' }) });
      expect(tls.headers.get('set-cookie')).toContain('Secure');
      const call = await as('ayşe', 'çeviri parolası 1');
      expect(await (await call('/api/session')).json()).toEqual({ team: true, user: 'ayşe', role: 'translator' });
    });

    it('signs out: the same cookie opens nothing afterwards', async () => {
      const call = await as('rev', 'reviewer password 1');
      expect((await call('/api/documents')).status).toBe(200);
      expect((await call('/api/session', { method: 'DELETE' })).status).toBe(204);
      expect((await call('/api/documents')).status).toBe(401);
    });

    it('limits failed sign-ins: after five, 429 with Retry-After, also for the right password', async () => {
      await addUser(demo.db, LOCAL, 'target', 'translator', 'target password 1');
      for (let k = 0; k < 5; k++) expect((await signIn('target', `guess number ${k}`)).status).toBe(401);
      const limited = await signIn('target', 'target password 1');
      expect(limited.status).toBe(429);
      expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    });
  });

  describe('team server: roles', () => {
    it('lets a translator edit and confirm, but not set final (403), and names them on the revision', async () => {
      const call = await as('ayşe', 'çeviri parolası 1');
      const before = await pair(6);
      const final = await call('/api/pairs/6', put({ version: before.version, status: 'final' }));
      expect(final.status).toBe(403);
      expect(await final.json()).toMatchObject({ error: { code: 'forbidden', message: 'only a reviewer or an admin can set a pair reviewed or final' } });
      const edited = await call('/api/pairs/6', put({ version: before.version, target: `${before.target} `.trim() + ' (düzeltildi)', status: 'translated' }));
      expect(edited.status).toBe(200);
      const revisions = (await (await call('/api/pairs/6/revisions')).json()) as { revisions: { author: string | null; status: string }[] };
      expect(revisions.revisions.at(-1)).toMatchObject({ author: 'ayşe', status: 'translated' });
    });

    it('ignores a name the browser claims: the author is the signed-in user', async () => {
      const call = await as('ayşe', 'çeviri parolası 1');
      const p = await pair(7);
      await call('/api/pairs/7', { ...put({ version: p.version, target: `${p.target} .` }), headers: { 'content-type': 'application/json', 'x-hizala-author': 'someone-else' } });
      const revisions = (await (await call('/api/pairs/7/revisions')).json()) as { revisions: { author: string | null }[] };
      expect(revisions.revisions.at(-1)!.author).toBe('ayşe');
    });

    it('lets a reviewer set final, and then keeps translators off that pair', async () => {
      const reviewer = await as('rev', 'reviewer password 1');
      const p = await pair(8);
      expect((await reviewer('/api/pairs/8', put({ version: p.version, status: 'final' }))).status).toBe(200);
      const translator = await as('ayşe', 'çeviri parolası 1');
      const after = await pair(8);
      const res = await translator('/api/pairs/8', put({ version: after.version, target: 'başka' }));
      expect(res.status).toBe(403);
      expect((await pair(8)).target).toBe(after.target);
      const merge = await translator('/api/pairs/7/merge-next', post({ version: (await pair(7)).version }));
      expect(merge.status).toBe(403); // merging would reset the final pair 8 to draft
    });

    it('keeps glossary changes, flag acceptance, TM import and deletion for the roles that own them', async () => {
      const translator = await as('ayşe', 'çeviri parolası 1');
      const term = post({ entry: 'aktau', lang: 'en', term: 'Aktau' });
      expect((await translator('/api/glossary/terms', term)).status).toBe(403);
      expect((await translator('/api/pairs/2/accept', post({ check: 'mojibake', side: 'src', start: 0, end: 1, reason: 'fine', scope: 'pair' }))).status).toBe(403);
      const tmx = new FormData();
      tmx.set('file', new Blob(['<tmx version="1.4"><header srclang="en"/><body/></tmx>']), 'x.tmx');
      expect((await translator('/api/tm/import', { method: 'POST', body: tmx })).status).toBe(403);
      expect((await translator(`/api/documents/${demo.documentId}`, { method: 'DELETE' })).status).toBe(403);
      const reviewer = await as('rev', 'reviewer password 1');
      expect((await reviewer('/api/glossary/terms', term)).status).toBe(201);
      expect((await reviewer(`/api/documents/${demo.documentId}`, { method: 'DELETE' })).status).toBe(403);
    });

    it('takes a translator\'s returned XLIFF without promoting states past translated or overwriting reviewed pairs', async () => {
      const reviewer = await as('rev', 'reviewer password 1');
      const p3 = await pair(3);
      await reviewer('/api/pairs/3', put({ version: p3.version, status: 'reviewed' }));
      let xlf = exportDocumentXliff(demo.db, demo.documentId, { version: '1.2', matches: false });
      const retarget = (unit: string, text: string) => {
        xlf = xlf.replace(new RegExp(`(<trans-unit id="${unit}"[^>]*>[\\s\\S]*?)<target[^>]*>[\\s\\S]*?</target>`), `$1<target state="final">${text}</target>`);
      };
      retarget('p3', 'Ulaştırma Çözümleyicisi');
      retarget('p10', 'Yeni bir çeviri.');
      const form = new FormData();
      form.set('file', new Blob([xlf]), 'returned.xlf');
      const translator = await as('ayşe', 'çeviri parolası 1');
      const res = await translator(`/api/documents/${demo.documentId}/import-xliff`, { method: 'POST', body: form });
      expect(res.status).toBe(200);
      const report = (await res.json()) as { updated: number; orphans: { unit: string; why: string; target: string }[] };
      expect(report.orphans).toContainEqual(expect.objectContaining({ unit: 'p3', why: 'reviewed', target: 'Ulaştırma Çözümleyicisi' }));
      expect(await pair(3)).toMatchObject({ status: 'reviewed', target: p3.target });
      expect(await pair(10)).toMatchObject({ status: 'translated', target: 'Yeni bir çeviri.' });
    });

    it('lets an admin delete a document', async () => {
      const admin = await as('boss', 'admin password 12');
      const other = importDemo(demo.db, true);
      expect((await admin(`/api/documents/${other}`, { method: 'DELETE' })).status).toBe(204);
    });
  });
});
