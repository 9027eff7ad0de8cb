import { join, resolve } from 'node:path';
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listPairs, listRevisions } from '../../src/db/index.js';
import { launchChromium } from '../helpers/browser.js';
import { REPO } from '../helpers/cli.js';
import { demoServer } from '../helpers/demo-server.js';
import { STORES } from '../helpers/store.js';

/** A team server in real Chromium, on both stores: signing in with the keyboard, who is shown, roles, a session that ends mid-edit. */
const shots = resolve(REPO, process.env.HIZALA_SCREENSHOTS ?? 'test-results/screenshots');

/**
 * Counts the page's requests from now on; `settled` resolves once none has been in flight
 * for 300 ms (the editor's requests are fetches, which Playwright's networkidle does not
 * wait for).
 */
function trackRequests(page: Page): { settled: () => Promise<void> } {
  let inFlight = 0;
  let quietSince = Date.now();
  const started = () => inFlight++;
  const ended = () => {
    inFlight--;
    quietSince = Date.now();
  };
  page.on('request', started);
  page.on('requestfinished', ended);
  page.on('requestfailed', ended);
  return {
    async settled() {
      try {
        await expect.poll(() => inFlight <= 0 && Date.now() - quietSince >= 300, { timeout: 10_000, interval: 50 }).toBe(true);
      } finally {
        page.off('request', started);
        page.off('requestfinished', ended);
        page.off('requestfailed', ended);
      }
    },
  };
}

describe.each(STORES)('a team server on %s in Chromium', (kind) => {
  const demo = demoServer({ store: kind, webRoot: true, team: { users: [['ayşe', 'translator', 'çeviri parolası 1']] } });
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    mkdirSync(shots, { recursive: true });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  const pairByText = (text: string) => listPairs(demo.db, demo.documentId).find((p) => p.source.includes(text))!;

  describe('the editor', () => {
    it('asks to sign in before anything else and signs in with the keyboard only', async () => {
      await page.goto(`${demo.server.url}/#/doc/${demo.documentId}`);
      await page.waitForSelector('#sign-in-dialog[open]');
      expect(await page.locator('#grid .row').count()).toBe(0);
      await page.keyboard.press('Escape'); // cannot be dismissed: nothing behind it to show
      expect(await page.locator('#sign-in-dialog[open]').count()).toBe(1);
      await page.keyboard.type('ayşe');
      await page.keyboard.press('Tab');
      await page.keyboard.type('not the password');
      await page.keyboard.press('Enter');
      await expect.poll(() => page.locator('#sign-in-problem').textContent(), { timeout: 10_000 }).toBe('Wrong user name or password.');
      await page.keyboard.type('çeviri parolası 1'); // the wrong password is selected: typing replaces it
      await page.keyboard.press('Enter');
      await page.waitForSelector('#grid .row[data-id]');
      expect(await page.locator('#who-name').textContent()).toBe('ayşe (translator)');
      // reviewing is not offered to a translator
      expect(await page.locator('#status-shown option[value="final"]').isDisabled()).toBe(true);
      expect(await page.locator('#status-shown option[value="translated"]').isDisabled()).toBe(false);
      await page.screenshot({ path: join(shots, `team-signed-in-${kind}.png`) });
    });

    it('writes the signed-in translator on the revision', async () => {
      await page.locator('#grid .row[data-id]', { hasText: 'Until then, forwarders book' }).locator('.cell.tgt').click();
      await page.locator('#edit-target').fill('O zamana kadar nakliyeciler yerlerini önceden ayırtıyor.');
      await page.keyboard.press('Control+Enter');
      await expect.poll(() => pairByText('Until then, forwarders book').status, { timeout: 10_000 }).toBe('translated');
      expect(listRevisions(demo.db, pairByText('Until then, forwarders book').id).at(-1)!.author).toBe('ayşe');
    });

    it('keeps text typed when the session ends: signing in again saves it', async () => {
      const requests = trackRequests(page);
      await page.locator('#grid .row[data-id]', { hasText: 'On the western shore' }).locator('.cell.tgt').click();
      // the requests opening the pair makes (flags, TM, spelling) answered first: one that met
      // the ended session would open the sign-in form before the text is typed and saved
      await requests.settled();
      demo.db.prepare('DELETE FROM sessions').run(); // the session ends (expired, or signed out elsewhere)
      await page.locator('#edit-target').fill('Oturum bitse de bu metin kaybolmaz.');
      await page.keyboard.press('Control+Enter');
      await page.waitForSelector('#sign-in-dialog[open]');
      await page.keyboard.type('ayşe');
      await page.keyboard.press('Tab');
      await page.keyboard.type('çeviri parolası 1');
      await page.keyboard.press('Enter');
      // signing in (scrypt) and the save sent again on PostgreSQL: more than poll's default second under CI's load
      await expect.poll(() => pairByText('On the western shore').target, { timeout: 10_000 }).toBe('Oturum bitse de bu metin kaybolmaz.');
      expect(listRevisions(demo.db, pairByText('On the western shore').id).at(-1)!.author).toBe('ayşe');
    });

    it('says in Turkish what a translator may not do', async () => {
      await page.selectOption('#language', 'tr');
      await page.waitForSelector('#grid .row[data-id]');
      expect(await page.locator('#who-name').textContent()).toBe('ayşe (çevirmen)');
      expect(await page.locator('#sign-out').textContent()).toBe('Oturumu kapat');
      await page.locator('#grid .row[data-id]', { hasText: 'The sea crossing itself' }).locator('.cell.tgt').click();
      await page.keyboard.press('Escape');
      await page.keyboard.press('Alt+4'); // final: a reviewer's
      await expect.poll(() => page.locator('#toast').textContent()).toBe('İzin yok: bir çifti yalnızca gözden geçiren ya da yönetici “gözden geçirildi” ya da “son” yapabilir');
      expect(pairByText('The sea crossing itself').status).toBe('draft');
    });

    it('signs out', async () => {
      await page.click('#sign-out');
      await page.waitForSelector('#sign-in-dialog[open]');
      expect(await page.locator('#grid .row').count()).toBe(0);
    });
  });
});
