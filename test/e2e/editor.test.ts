import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../helpers/browser.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deleteDocument, listPairs, listRevisions, requirePair, writePair, type Db } from '../../src/db/index.js';
import { startServer, type RunningServer } from '../../src/server/index.js';
import { readDocumentAnyFile } from '../../src/formats/index.js';
import { importDocumentPair } from '../../src/documents/index.js';
import { DEV, REPO } from '../helpers/cli.js';
import { tempDir } from '../helpers/tmp.js';
import { openTestWorkspace } from '../helpers/store.js';

/**
 * The editor end to end in real Chromium (Debian's, through playwright-core): the flows a
 * translator and an editor use, on the demo pair imported through the page. The run
 * also takes screenshots: into test-results/screenshots/ (git-ignored), or into the folder
 * HIZALA_SCREENSHOTS names — `npm run screenshots` retakes the README's, docs/screenshots/.
 */
const require = createRequire(import.meta.url);
let server: RunningServer;
let db: Db;
let browser: Browser;
let page: Page;
const dialogs: string[] = [];
/** The browser's "leave the page?" prompts (unsaved work); accepted, so the navigation goes on. */
let beforeUnloadPrompts = 0;
const shots = resolve(REPO, process.env.HIZALA_SCREENSHOTS ?? 'test-results/screenshots');

beforeAll(async () => {
  db = openTestWorkspace();
  server = await startServer({ db, port: 0, webRoot: join(REPO, 'web/dist') });
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1400, height: 900 }, acceptDownloads: true });
  page.on('dialog', (d) => {
    if (d.type() === 'beforeunload') {
      beforeUnloadPrompts++;
      void d.accept();
      return;
    }
    dialogs.push(d.message());
    void d.dismiss();
  });
  mkdirSync(shots, { recursive: true });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  db?.close();
});

const row = (text: string) => page.locator('#grid .row[data-id]', { hasText: text });

/**
 * Opens a document in the editor and waits for its flags. From another document the
 * address changes by its hash only: the page is not reloaded, and the readiness marks the
 * old document set stay until the hash change is handled — so wait for this document's.
 * (Numbers are never given twice, so the same address is the same document.)
 */
async function openDocument(id: number | string): Promise<void> {
  await page.goto(`${server.url}/#/doc/${id}`);
  await page.waitForSelector(`body[data-document="${id}"][data-flags="ready"]`);
}

describe('the editor in Chromium', () => {
  it('imports the demo pair through the page and shows the flags on the right words', async () => {
    await page.goto(`${server.url}/`);
    await page.setInputFiles('#file-en', join(REPO, 'demo/caspian-ports.en.md'));
    await page.setInputFiles('#file-tr', join(REPO, 'demo/caspian-ports.tr.md'));
    await page.click('#import-submit');
    await page.waitForURL(/#\/doc\/\d+$/);
    await page.waitForSelector('#grid .row[data-id]');
    await page.waitForSelector('body[data-flags="ready"]');
    await expect.poll(() => page.locator('mark.check-forbidden-variant').first().textContent()).toBe('Zengezur');
    expect(await page.locator('mark.check-mojibake').allTextContents()).toEqual(expect.arrayContaining(['Äž', '□□']));
    expect(await page.locator('mark.check-dropped-apostrophe').first().textContent()).toBe('Kazakhstans');
    expect(await page.locator('#doc-flags').textContent()).toContain('Zangezur, Zengezur');
  });

  it('applies the forbidden-variant and the mojibake fixes in one click each', async () => {
    await page.locator('mark.check-forbidden-variant', { hasText: 'Zengezur' }).first().click();
    await page.click('#flag-popover .apply-fix');
    await expect.poll(() => row('Whether the').locator('.cell.src').textContent()).toContain('Whether the Zangezur route');
    await page.locator('mark.check-mojibake', { hasText: 'Äž' }).click();
    await page.click('#flag-popover .apply-fix');
    await expect.poll(() => row('ARSLANO').first().locator('.cell.src').textContent()).toBe('Dr. Deniz ARSLANOĞLU');
    expect(await page.locator('mark.check-forbidden-variant', { hasText: 'Zengezur' }).count()).toBe(0);
  });

  it('edits and confirms a pair with Ctrl+Enter, moving to the next, and offers it as a TM match with a diff in a similar pair', async () => {
    await row('Until then, forwarders book').locator('.cell.tgt').click();
    const area = page.locator('#edit-target');
    await area.fill('O zamana kadar nakliyeciler yerlerini aylar önceden ayırtıyor.');
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => row('Until then, forwarders book').locator('.badge').textContent()).toBe('Translated');
    await expect.poll(() => page.locator('#grid .row.active').textContent()).toContain('On the western shore');
    await row('Until then, forwarders will keep').locator('.cell.src').click();
    const match = page.locator('#tm-matches .match').first();
    await match.waitFor();
    expect(await match.locator('.pct').textContent()).toMatch(/^\d+(\.\d)?%$/);
    expect(await match.locator('.match-target').textContent()).toBe('O zamana kadar nakliyeciler yerlerini aylar önceden ayırtıyor.');
    expect(await match.locator('.diff ins').count()).toBeGreaterThan(0);
    await page.screenshot({ path: join(shots, 'editor-en.png') });
  });

  it('switches the UI to Turkish and remembers it', async () => {
    // a message shown in English just before ("Fixed.") does not stay on in the Turkish UI
    await page.evaluate(() => {
      const el = document.querySelector<HTMLElement>('#toast')!;
      el.textContent = 'Fixed.';
      el.hidden = false;
    });
    await page.selectOption('#language', 'tr');
    expect(await page.locator('#toast').isHidden()).toBe(true);
    await expect.poll(() => page.locator('#crumbs a').textContent()).toBe('Belgeler');
    expect(await page.locator('.row.head').textContent()).toContain('Türkçe');
    await row('Until then, forwarders will keep').locator('.cell.src').click();
    await page.locator('#tm-matches .match').first().waitFor();
    await page.screenshot({ path: join(shots, 'editor-tr.png') });
    await page.reload();
    await page.waitForSelector('#grid .row[data-id]');
    expect(await page.locator('#crumbs a').textContent()).toBe('Belgeler');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('tr');
  });

  it('exports XLIFF as a download', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('button.export[data-format="xliff12"]')]);
    const path = await download.path();
    const text = readFileSync(path!, 'utf8');
    expect(download.suggestedFilename()).toMatch(/^document-\d+\.xlf$/);
    expect(text).toContain('<xliff version="1.2"');
    expect(text).toContain('Dr. Deniz ARSLANOĞLU');
    // and for OmegaT 3: the TMX in OmegaT's own form
    const [omegat] = await Promise.all([page.waitForEvent('download'), page.selectOption('#export-omegat', 'format=tmx&profile=omegat3')]);
    const tmx = readFileSync((await omegat.path())!, 'utf8');
    expect(omegat.suggestedFilename()).toMatch(/^document-\d+\.tmx$/);
    expect(tmx).toContain('creationtool="OmegaT"');
    expect(await page.locator('#export-omegat').inputValue()).toBe('');
    // without TM matches, by keyboard: the box unticked, XLIFF asks the server for none
    await page.focus('#export-matches');
    await page.keyboard.press('Space');
    expect(await page.locator('#export-matches').isChecked()).toBe(false);
    const [bare, request] = await Promise.all([page.waitForEvent('download'), page.waitForRequest((r) => r.url().includes('/export?')), page.click('button.export[data-format="xliff20"]')]);
    expect(new URL(request.url()).searchParams.get('matches')).toBe('no');
    const bareText = readFileSync((await bare.path())!, 'utf8');
    expect(bareText).toContain('<xliff version="2.0"');
    expect(bareText).not.toContain('<mtc:match');
    // a TMX is the document's own pairs: no such choice asked of it
    const [, tmxRequest] = await Promise.all([page.waitForEvent('download'), page.waitForRequest((r) => r.url().includes('/export?')), page.click('button.export[data-format="tmx"]')]);
    expect(new URL(tmxRequest.url()).searchParams.has('matches')).toBe(false);
    await page.check('#export-matches');
  });

  describe('no edit is ever lost', () => {
    const documentId = () => Number(/#\/doc\/(\d+)/.exec(page.url())![1]);
    const pairByText = (text: string) => listPairs(db, documentId()).find((p) => p.source.includes(text))!;

    it('saves typed text when the translator moves to another pair, by click or Alt+↓', async () => {
      await openDocument(1);
      await row('On the western shore').locator('.cell.tgt').click();
      await page.locator('#edit-target').fill('Batı kıyısında metin, tıklayınca kaydedilir.');
      await row('Until then, forwarders book').locator('.cell.tgt').click();
      await expect.poll(() => pairByText('On the western shore').target).toBe('Batı kıyısında metin, tıklayınca kaydedilir.');
      await page.locator('#edit-target').fill('Alt ile aşağı inince de kaydedilir.');
      await page.keyboard.press('Alt+ArrowDown');
      await expect.poll(() => pairByText('Until then, forwarders book').target).toBe('Alt ile aşağı inince de kaydedilir.');
      // a status filter redraws the grid: the text typed before it is saved too
      await page.locator('#edit-target').fill('Süzgeç değişince de kaydedilir.');
      const editedId = Number(await page.locator('#grid .row.active').getAttribute('data-id'));
      await page.selectOption('#filter-status', 'draft');
      await expect.poll(() => requirePair(db, editedId).target).toBe('Süzgeç değişince de kaydedilir.');
      await page.selectOption('#filter-status', '');
    });

    it('edits the English side too, as a revision of that side', async () => {
      await row('Whether the').locator('.cell.src').click();
      const area = page.locator('#edit-source');
      await area.fill('Whether the Zangezur route opens is a question for 2025.');
      await page.keyboard.press('Control+Enter');
      await expect.poll(() => pairByText('Whether the Zangezur route opens').status).toBe('translated');
    });

    it('keeps text typed just before a reload: the browser warns, and the text is saved or offered back', async () => {
      await row('Until then, forwarders will keep').locator('.cell.tgt').click();
      await page.locator('#edit-target').fill('Yeniden yüklemeden hemen önce yazıldı.');
      // the network fails on the way out: the save cannot reach the server
      await page.route('**/api/pairs/**', (route) => (route.request().method() === 'PUT' ? route.abort() : route.continue()));
      const prompts = beforeUnloadPrompts;
      await page.reload();
      await page.unroute('**/api/pairs/**');
      expect(beforeUnloadPrompts).toBe(prompts + 1);
      const restore = page.locator('#drafts-dialog #drafts-restore');
      await restore.waitFor();
      expect(await page.locator('#drafts-dialog').textContent()).toContain('Yeniden yüklemeden hemen önce yazıldı.');
      await restore.click();
      await expect.poll(() => pairByText('Until then, forwarders will keep').target).toBe('Yeniden yüklemeden hemen önce yazıldı.');
      await page.reload();
      await page.waitForSelector('body[data-flags="ready"]');
      expect(await page.locator('#drafts-dialog').count()).toBe(0); // saved: nothing left to offer
    });

    it('a stale save opens the conflict dialog with both texts, the differences and a merged text to save', async () => {
      await row('On the western shore').locator('.cell.tgt').click();
      await page.locator('#edit-target').fill('Benim metnim: batı kıyısında liman büyüyor.');
      const pair = pairByText('On the western shore');
      writePair(db, pair, { target: 'Onların metni: batı kıyısında liman.' }, 'edit', 'a colleague');
      await page.keyboard.press('Control+Enter');
      const dialog = page.locator('#stale-dialog');
      await dialog.waitFor();
      expect(await dialog.locator('#stale-theirs').textContent()).toBe('Onların metni: batı kıyısında liman.');
      expect(await dialog.locator('#stale-mine').textContent()).toBe('Benim metnim: batı kıyısında liman büyüyor.');
      expect(await dialog.locator('#stale-diff ins').count()).toBeGreaterThan(0);
      await dialog.locator('#stale-merged').fill('Birleşik metin: batı kıyısında liman büyüyor.');
      await dialog.locator('#stale-save-merged').click();
      await expect.poll(() => pairByText('On the western shore').target).toBe('Birleşik metin: batı kıyısında liman büyüyor.');
    });
  });

  it('takes a comment on a pair, shows it in the grid, and exports it as an XLIFF note', async () => {
    await openDocument(1);
    const pair = listPairs(db, 1)[2]!;
    const theRow = page.locator(`#grid .row[data-id="${pair.id}"]`);
    await theRow.locator('.meta').click();
    await page.locator('#comment-text').fill('Unvan: Ulaştırma Analisti mi, Ulaştırma Uzmanı mı?');
    await page.click('#add-comment');
    await expect.poll(() => theRow.locator('.comments-badge').textContent()).toContain('1');
    expect(await page.locator('#comments .comment-text').first().textContent()).toBe('Unvan: Ulaştırma Analisti mi, Ulaştırma Uzmanı mı?');
    const xliff = await (await fetch(`${server.url}/api/documents/1/export?format=xliff12`)).text();
    expect(xliff).toContain('<note annotates="general">Unvan: Ulaştırma Analisti mi, Ulaştırma Uzmanı mı?</note>');
  });

  it('shows a returned XLIFF file\'s conflicts with both texts and takes the file\'s text on request', async () => {
    await openDocument(1);
    const pair = listPairs(db, 1).find((p) => p.source.startsWith('Ports, ships and customs'))!;
    const exported = await (await fetch(`${server.url}/api/documents/1/export?format=xliff12`)).text();
    const returned = exported.replace(new RegExp(`(<trans-unit id="p${pair.id}"[\\s\\S]*?<target[^>]*>)[\\s\\S]*?(</target>)`), '$1Dosyadan gelen çeviri.$2');
    writePair(db, pair, { target: 'Burada değiştirilen çeviri.' }, 'edit', 'a colleague'); // changed here since the export
    const file = join(tempDir(), 'returned.xlf');
    writeFileSync(file, returned);
    await page.setInputFiles('#import-xliff', file);
    const dialog = page.locator('#conflicts-dialog');
    await dialog.waitFor();
    const entry = dialog.locator(`.conflict[data-pair="${pair.id}"]`);
    expect(await entry.locator('.diff ins').count()).toBeGreaterThan(0);
    await entry.locator('.take-theirs').click();
    await expect.poll(() => requirePair(db, pair.id).target).toBe('Dosyadan gelen çeviri.');
    await page.keyboard.press('Escape');
  });

  describe('footnote markers', () => {
    it('go whole or not at all, a missing one comes back with F9, and losing one asks first', async () => {
      await openDocument(1);
      const pair = listPairs(db, 1).find((p) => p.source.includes('[1]') && p.target.includes('[1]'))!;
      const theRow = page.locator(`#grid .row[data-id="${pair.id}"]`);
      // shown as a chip, one element, read out as a footnote (the UI is in Turkish since an earlier test)
      expect(await theRow.locator('.cell.tgt .marker-chip').evaluateAll((els) => els.map((e) => [e.textContent, e.getAttribute('aria-label')]))).toEqual([['[1]', 'dipnot 1']]);
      await theRow.locator('.cell.tgt').click();
      const area = page.locator('#edit-target');
      const at = pair.target.indexOf('[1]') + 3;
      // the caret cannot stand inside the marker (typing there would break it)
      await area.evaluate((el, caret) => (el as HTMLTextAreaElement).setSelectionRange(caret, caret), at - 2);
      await page.keyboard.press('ArrowRight');
      expect(await area.evaluate((el) => (el as HTMLTextAreaElement).selectionStart)).toBe(at);
      await area.evaluate((el, caret) => (el as HTMLTextAreaElement).setSelectionRange(caret, caret), at);
      await page.keyboard.press('Backspace');
      expect(await area.inputValue()).toBe(pair.target.slice(0, at - 3) + pair.target.slice(at));
      await page.keyboard.press('F9');
      expect(await area.inputValue()).toBe(pair.target);
      // deleted again and confirmed: the browser asks, the answer here is no, nothing is saved
      await area.evaluate((el, caret) => (el as HTMLTextAreaElement).setSelectionRange(caret, caret), at);
      await page.keyboard.press('Backspace');
      const asked = dialogs.length;
      await page.keyboard.press('Control+Enter');
      await expect.poll(() => dialogs.length).toBe(asked + 1);
      expect(dialogs.at(-1)).toMatch(/\[1\]/);
      dialogs.length = asked; // the markup test counts dialogs from here
      expect(requirePair(db, pair.id).target).toBe(pair.target);
      await page.keyboard.press('Escape');
    });
  });

  describe('with the keyboard only', () => {
    it('goes from flag to flag with F8, opens one with Enter and applies its fix with Enter', async () => {
      await openDocument(1);
      await page.locator('#grid .row[data-id]').first().focus();
      let fixed = false;
      for (let i = 0; i < 30 && !fixed; i++) {
        await page.keyboard.press('F8');
        const focused = page.locator('mark.flag:focus');
        await focused.waitFor();
        const check = await focused.getAttribute('data-check');
        if (check !== 'dropped-apostrophe') continue;
        const pairId = Number(await page.locator('#grid .row.active').getAttribute('data-id'));
        await page.keyboard.press('Enter');
        await expect.poll(() => page.evaluate(() => document.activeElement?.className)).toContain('apply-fix');
        await page.keyboard.press('Enter');
        await expect.poll(() => requirePair(db, pairId).source).toContain("Kazakhstan's");
        fixed = true;
      }
      expect(fixed).toBe(true);
    });

    it('accepts a flag with a reason from the keyboard: shown muted, counted apart, skipped by F8', async () => {
      await openDocument(1);
      await page.locator('#grid .row[data-id]').first().focus();
      await page.keyboard.press('F8');
      const focused = page.locator('mark.flag:focus');
      await focused.waitFor();
      const pairId = Number(await page.locator('#grid .row.active').getAttribute('data-id'));
      const check = await focused.getAttribute('data-check');
      await page.keyboard.press('Enter');
      await page.locator('#flag-popover').waitFor();
      // the focus is on the fix, if the flag has one: Tab goes on to the reason
      if ((await page.evaluate(() => document.activeElement?.className)) === 'apply-fix') await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.className)).toBe('accept-reason');
      await page.keyboard.type('Kurumun kendi yazımı');
      await page.keyboard.press('Enter');
      await expect.poll(() => page.locator(`#grid .row[data-id="${pairId}"] mark.flag.accepted[data-check="${check}"]`).count()).toBe(1);
      expect(await page.locator('#progress').textContent()).toMatch(/1 (accepted|kabul edildi)/);
      const stored = db.prepare('SELECT reason, scope FROM accepted_flags WHERE pair_id = ?').get(pairId);
      expect(stored).toEqual({ reason: 'Kurumun kendi yazımı', scope: 'pair' });
    });

    it('underlines words no dictionary knows apart from the flags, and adds one to the word list with Enter', async () => {
      await page.goto(`${server.url}/#/doc/1`);
      // the spelling worker's first Turkish dictionary load: seconds alone, more beside the other suites
      await page.waitForSelector('body[data-document="1"][data-spelling="ready"]', { timeout: 80_000 });
      const word = page.locator('#grid .cell.tgt mark.spelling', { hasText: 'elleçledi' });
      expect(await word.count()).toBe(1);
      // drawn apart: a dotted underline, not a flag's wavy one, and not counted among the flags
      expect(await word.evaluate((el) => getComputedStyle(el).textDecorationStyle)).toBe('dotted');
      await word.focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => page.evaluate(() => document.activeElement?.className)).toBe('add-word');
      await page.screenshot({ path: join(shots, 'spelling.png') });
      await page.keyboard.press('Enter');
      await expect.poll(() => word.count()).toBe(0);
      expect(db.prepare("SELECT word FROM workspace_words WHERE lang = 'tr'").pluck().all()).toContain('elleçledi');
    }, 90_000); // the first spelling loads the Turkish dictionary (4 s alone, more on a busy machine)

    it('sets a status with Alt+3, jumps with Ctrl+G, and shows every shortcut on ?', async () => {
      await page.locator('#grid .row[data-id]').nth(4).focus();
      await page.keyboard.press('Control+g');
      await page.locator('#goto-number').fill('8');
      await page.keyboard.press('Enter');
      await expect.poll(() => page.locator('#grid .row.active .num').textContent()).toBe('8');
      const id = Number(await page.locator('#grid .row.active').getAttribute('data-id'));
      await page.keyboard.press('Escape');
      await page.keyboard.press('Alt+3');
      await expect.poll(() => requirePair(db, id).status).toBe('reviewed');
      await page.locator('#grid .row.active').focus();
      await page.keyboard.press('?');
      const overlay = page.locator('#shortcuts-dialog');
      await overlay.waitFor();
      expect(await overlay.locator('kbd').count()).toBeGreaterThanOrEqual(8);
      await page.keyboard.press('Escape');
    });
  });

  describe('history', () => {
    it('shows both sides, who and why, and steps back and forward through several edits', async () => {
      await openDocument(1);
      const text = 'The sea crossing itself';
      const original = listPairs(db, 1).find((p) => p.source.includes(text))!;
      const theRow = page.locator(`#grid .row[data-id="${original.id}"]`); // by id: while a side is edited its text is in a textarea
      const revisionsBefore = listRevisions(db, original.id).length;
      await theRow.locator('.cell.tgt').click();
      await page.locator('#edit-target').fill('Birinci düzenleme.');
      await page.keyboard.press('Control+Enter');
      await theRow.locator('.cell.src').click();
      await page.locator('#edit-source').fill('The sea crossing itself takes a day or two.');
      await page.keyboard.press('Escape');
      await theRow.locator('.cell.src').click();
      await page.locator('#edit-source').fill('The sea crossing itself takes a day or two.');
      await theRow.locator('.meta').click(); // leaving the cell saves it
      const id = original.id;
      await expect.poll(() => requirePair(db, id).source).toBe('The sea crossing itself takes a day or two.');
      await page.locator('#history .revision').first().waitFor();
      await expect.poll(() => page.locator('#history .revision').count()).toBe(revisionsBefore + 2);
      const newest = page.locator('#history .revision').first();
      await expect.poll(() => newest.locator('.diff.source ins').count()).toBeGreaterThan(0);
      await page.click('#undo-edit');
      await expect.poll(() => requirePair(db, id).source).toBe(original.source);
      await page.click('#undo-edit');
      await expect.poll(() => requirePair(db, id).target).toBe(original.target);
      expect(requirePair(db, id).status).toBe(original.status);
      await page.click('#redo-edit');
      await expect.poll(() => requirePair(db, id).target).toBe('Birinci düzenleme.');
      await expect.poll(() => page.locator('#history .revision .who').first().textContent()).toMatch(/redone|yinelendi/);
    });
  });

  describe('find and replace, bulk work', () => {
    it('previews a replacement, replaces all as one batch, flags a forbidden spelling at once, and undoes it', async () => {
      await openDocument(1);
      const before = listPairs(db, 1).map((p) => p.target);
      const occurrences = before.join('\n').match(/feribot/gi)!.length;
      await page.keyboard.press('Control+h');
      // with the keyboard: Enter in the field previews
      await page.keyboard.type('FERİBOT');
      await page.keyboard.press('Tab');
      await page.keyboard.type('vapur');
      await page.keyboard.press('Enter');
      await expect.poll(() => page.locator('#find-summary').textContent()).toMatch(new RegExp(`^${occurrences} `));
      expect(await page.locator('#find-preview .item ins').first().textContent()).toContain('vapur');
      expect(listPairs(db, 1).map((p) => p.target)).toEqual(before); // a preview changes nothing
      await page.click('#replace-all');
      await expect.poll(() => listPairs(db, 1).map((p) => p.target).join('\n').match(/vapur/g)?.length ?? 0).toBe(occurrences);
      await page.click('#toast-action');
      await expect.poll(() => listPairs(db, 1).map((p) => p.target)).toEqual(before);
      // a replacement that brings in a forbidden spelling is flagged as soon as it is made
      await page.keyboard.press('Control+h');
      await page.locator('#find-text').fill('Zangezur');
      await page.locator('#replace-text').fill('Zengezur');
      await page.selectOption('#find-side', 'source');
      await page.click('#replace-all');
      await expect.poll(() => page.locator('mark.check-forbidden-variant', { hasText: 'Zengezur' }).count()).toBeGreaterThan(1);
      await page.click('#toast-action');
      await expect.poll(() => page.locator('mark.check-forbidden-variant', { hasText: 'Zengezur' }).count()).toBe(0);
    });

    it('filters the grid by text and confirms every shown pair in one step: they are in the TM', async () => {
      await page.locator('#filter-text').fill('ferry');
      await expect.poll(() => page.locator('#grid .row[data-id]').count()).toBeLessThan(6);
      const shown = await page.locator('#grid .row[data-id]').evaluateAll((rows) => rows.map((r) => Number((r as HTMLElement).dataset.id)));
      expect(shown.length).toBeGreaterThan(0);
      await page.click('#confirm-shown');
      await expect.poll(() => shown.map((id) => requirePair(db, id).status).every((s) => s !== 'draft')).toBe(true);
      for (const id of shown) expect(db.prepare('SELECT count(*) AS n FROM tm_units WHERE pair_id = ?').get(id)).toEqual({ n: 1 });
      await page.locator('#filter-text').fill('');
    });
  });

  it('shows progress on the documents page and in the editor header, and the leverage analysis', async () => {
    await page.goto(`${server.url}/#/`);
    const meta = page.locator('#documents .doc[data-id="1"] .meta');
    await meta.waitFor();
    const pairs = listPairs(db, 1);
    const words = pairs.reduce((n, p) => n + (p.source.trim() ? p.source.trim().split(/\s+/).length : 0), 0);
    expect(await meta.textContent()).toContain(new Intl.NumberFormat(await page.evaluate(() => document.documentElement.lang)).format(words));
    await openDocument(1);
    const confirmed = pairs.filter((p) => p.status !== 'draft').length;
    await expect.poll(() => page.locator('#progress').textContent()).toMatch(new RegExp(`\\b${confirmed}\\b.*\\b${pairs.length}\\b`));
    await page.click('#open-analysis');
    const table = page.locator('#analysis-dialog table.analysis');
    await table.waitFor();
    expect(await table.locator('tbody tr').count()).toBe(9); // eight bands and the total
    await page.keyboard.press('Escape');
  });

  it('leaves no English in the Turkish UI: pages, panels, dialogs and messages', async () => {
    const en = JSON.parse(readFileSync(join(REPO, 'web/locales/en.json'), 'utf8')) as Record<string, unknown>;
    const tr = JSON.parse(readFileSync(join(REPO, 'web/locales/tr.json'), 'utf8')) as Record<string, unknown>;
    const flat = (tree: Record<string, unknown>, prefix = ''): [string, string][] => Object.entries(tree).flatMap(([k, v]) => (typeof v === 'string' ? [[`${prefix}${k}`, v] as [string, string]] : flat(v as Record<string, unknown>, `${prefix}${k}.`)));
    const turkish = new Map(flat(tr));
    // English UI words and phrases (between placeholders and punctuation) that no Turkish string has
    const turkishText = [...turkish.values()].join('\n');
    const phrases = [...new Set(flat(en).filter(([k, v]) => turkish.get(k) !== v).flatMap(([, v]) => v.split(/\{\{[^}]+\}\}|[·,.:;()…!?“”"—–/]/)).map((p) => p.trim()).filter((p) => /\p{L}{3,}/u.test(p) && !turkishText.includes(p)))];
    const visibleUiText = () =>
      page.evaluate(() => {
        // user content is in either language and is left out: segments, TM, history texts, titles, file names
        const skip = '.cell, .diff, .match-target, .hit, .text, .doc-title, .files, #crumbs span, .doc-flag li, .term, option, #language, .preview .item, dialog .text';
        const texts: string[] = [];
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const el = node.parentElement!;
          if (el.closest(skip) || !el.checkVisibility()) continue;
          if (node.textContent!.trim()) texts.push(node.textContent!.trim());
        }
        for (const el of document.querySelectorAll<HTMLElement>('[placeholder], [aria-label], [title]')) if (el.checkVisibility() && !el.closest('.cell')) texts.push(el.getAttribute('placeholder') ?? '', el.getAttribute('aria-label') ?? '', el.getAttribute('title') ?? '');
        return texts.join('\n');
      });
    const englishIn = (text: string) => phrases.filter((p) => new RegExp(`(?<![\\p{L}])${p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'u').test(text));
    await page.goto(`${server.url}/#/`);
    await page.evaluate(() => localStorage.setItem('hizala.language', 'tr'));
    try {
      await page.reload();
      await page.waitForSelector('#documents .doc');
      expect(englishIn(await visibleUiText()), 'documents page').toEqual([]);
      // the file fields too: the browser's own "Choose File / No file chosen" speak its language, so they are the page's
      expect(await page.locator('#import-form').innerText()).toMatch(/Dosya seçin…[\s\S]*Dosya seçilmedi/);
      expect((await page.locator('#file-en').boundingBox())!.width).toBeLessThanOrEqual(1);
      await page.setInputFiles('#file-en', join(REPO, 'demo/caspian-ports.en.md'));
      expect(await page.locator('#import-form').innerText()).toContain('caspian-ports.en.md');
      await openDocument(1);
      await page.locator('#grid .row[data-id]').nth(6).click();
      await page.locator('#history .revision').first().waitFor();
      expect(englishIn(await visibleUiText()), 'editor').toEqual([]);
      for (const open of [() => page.keyboard.press('?'), () => page.keyboard.press('Control+h'), () => page.click('#open-analysis')]) {
        await page.locator('#grid .row[data-id]').nth(6).locator('.meta').click();
        await page.keyboard.press('Escape');
        await open();
        await page.locator('dialog[open]').waitFor();
        expect(englishIn(await visibleUiText()), 'dialog').toEqual([]);
        await page.keyboard.press('Escape');
      }
      // a refused file: what is wrong, in which file and on which line, in Turkish
      const broken = '<?xml version="1.0" encoding="UTF-8"?>\n<xliff version="2.0" xmlns="urn:oasis:names:tc:xliff:document:2.0" srcLang="en" trgLang="tr"><file id="f">\n<unit id="p999999"><segment><source>a</source><target>b</target></segment></unit></file></xliff>\n';
      await page.setInputFiles('#import-xliff', { name: 'geri.xlf', mimeType: 'application/xliff+xml', buffer: Buffer.from(broken) });
      await expect.poll(() => page.locator('#toast').textContent()).toBe('İstek reddedildi: geri.xlf, satır 3: "p999999" birimi bu çalışma alanının bir çifti değil');
      expect(englishIn(await visibleUiText()), 'error message').toEqual([]);
    } finally {
      await page.evaluate(() => localStorage.setItem('hizala.language', 'en'));
      await page.goto('about:blank');
    }
  });

  it('axe-core finds no serious or critical accessibility violation on the documents page and the editor, in both languages', async () => {
    // axe is injected from outside the page; the page's CSP (no inline script) is bypassed for that context only
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, bypassCSP: true });
    const axePage = await context.newPage();
    try {
        for (const lang of ['en', 'tr']) {
          for (const path of ['/#/', '/#/doc/1']) {
            await axePage.goto(`${server.url}${path}`);
            await axePage.evaluate((l) => localStorage.setItem('hizala.language', l), lang);
            await axePage.reload();
            await axePage.waitForSelector('body[data-ready="true"]');
            if (path !== '/#/') {
              await axePage.waitForSelector('body[data-flags="ready"]');
              await axePage.locator('#grid .row[data-id]').nth(5).click();
              await axePage.locator('#tm-matches h3').waitFor();
            }
            await axePage.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
            const violations = await axePage.evaluate(async () => {
              const axe = (window as unknown as { axe: { run: (ctx: Document) => Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }> } }).axe;
              return (await axe.run(document)).violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.impact}, ${v.nodes.length})`);
            });
            expect(violations, `${lang} ${path}`).toEqual([]);
          }
        }
    } finally {
      await context.close();
    }
  });

  it('shows segment text with <script> and <img onerror> as text', async () => {
    const dir = tempDir();
    const en = join(dir, 'hostile.en.md');
    const tr = join(dir, 'hostile.tr.md');
    writeFileSync(en, '## A TEST OF MARKUP\n\nThe text says <script>alert(1)</script> and <img src=x onerror="alert(2)"> here, as written in the report of the ministry.\n');
    writeFileSync(tr, '## BİÇİMLEME SINAMASI\n\nMetin, bakanlığın raporunda yazıldığı gibi, burada <script>alert(1)</script> ve <img src=x onerror="alert(2)"> diyor.\n');
    await page.goto(`${server.url}/#/`);
    await page.setInputFiles('#file-en', en);
    await page.setInputFiles('#file-tr', tr);
    await page.click('#import-submit');
    await page.waitForURL(/#\/doc\/\d+$/);
    await page.waitForSelector('#grid .row[data-id]');
    const texts = (await page.locator('#grid .cell').allTextContents()).join(' ');
    expect(texts).toContain('alert(1)');
    expect(await page.locator('#grid script, #grid img').count()).toBe(0);
    expect(dialogs).toEqual([]);
  });

  it('imports a PDF and a Word file through the page, lists them by name and type, and downloads the corrected translation as Word', async () => {
    await page.goto(`${server.url}/#/`);
    await page.evaluate(() => localStorage.setItem('hizala.language', 'en'));
    await page.reload();
    await page.setInputFiles('#file-en', join(DEV, 'binary/gas.en.pdf'));
    await page.setInputFiles('#file-tr', join(DEV, 'binary/gas.tr.docx'));
    await page.click('#import-submit');
    await page.waitForURL(/#\/doc\/\d+$/);
    await page.waitForSelector('#grid .row[data-id]');
    const id = Number(/doc\/(\d+)/.exec(page.url())![1]);
    const first = listPairs(db, id).find((p) => p.target.trim())!;
    const [download] = await Promise.all([page.waitForEvent('download'), page.selectOption('#export-document', 'docx')]);
    expect(download.suggestedFilename()).toBe(`document-${id}.tr.docx`);
    // the download is a Word file with the Turkish text in it (read back by the DOCX reader)
    const copy = join(tempDir(), 'indirilen.docx');
    writeFileSync(copy, readFileSync((await download.path())!));
    const read = await readDocumentAnyFile(copy);
    expect(read.paragraphs.map((p) => p.text).join(' ')).toContain(first.target);
    await page.goto(`${server.url}/#/`);
    await page.waitForSelector('#documents .doc');
    expect(await page.locator('#documents .files').first().textContent()).toBe('gas.en.pdf (PDF) · gas.tr.docx (Word)');
  });

  it("fixes every other spelling of a concept from the document's findings: previewed, one batch, undone", async () => {
    const { id } = importDocumentPair(db, { source: { path: join(REPO, 'demo/caspian-ports.en.md') }, target: { path: join(REPO, 'demo/caspian-ports.tr.md') }, force: true });
    const count = (word: string) => listPairs(db, id).filter((p) => p.source.includes(word)).length;
    expect(count('Zengezur')).toBeGreaterThan(0);
    await openDocument(id);
    const details = page.locator('#doc-flags-details');
    if (!(await details.evaluate((el) => (el as HTMLDetailsElement).open))) await details.locator('summary').click();
    await page.locator('#doc-flags .doc-flag[data-check="inconsistent-spelling"] .fix-all').first().click();
    // the preview is a worker's job; on a busy machine (both stores' suites at once) it may take a while
    await expect.poll(() => page.locator('#find-summary').textContent(), { timeout: 20_000 }).toMatch(/\d/);
    expect(await page.locator('#find-text').inputValue()).toBe('Zengezur');
    expect(await page.locator('#replace-text').inputValue()).toBe('Zangezur');
    await page.click('#replace-all');
    await expect.poll(() => count('Zengezur')).toBe(0);
    await page.click('#toast-action');
    await expect.poll(() => count('Zengezur')).toBeGreaterThan(0);
    deleteDocument(db, id); // the tests after this one read the first document of the list
  });

  it('fixes every copy of a word with lost characters from one flag: previewed, one batch', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'lost.en.md'), '# Border towns\n\nAhılkelek is a border town.\n\nTrains stop in Ah□lkelek twice a day.\n\nThe station of Ah□lkelek is new.\n');
    writeFileSync(join(dir, 'lost.tr.md'), '# Sınır kasabaları\n\nAhılkelek bir sınır kasabasıdır.\n\nTrenler günde iki kez Ahılkelek’te durur.\n\nAhılkelek istasyonu yenidir.\n');
    const { id } = importDocumentPair(db, { source: { path: join(dir, 'lost.en.md') }, target: { path: join(dir, 'lost.tr.md') } });
    const damaged = () => listPairs(db, id).filter((p) => p.source.includes('□')).length;
    expect(damaged()).toBe(2);
    await openDocument(id);
    await page.locator('mark.check-mojibake').first().click();
    await page.click('#flag-popover .fix-all-damaged');
    await expect.poll(() => page.locator('#find-summary').textContent(), { timeout: 60_000 }).toMatch(/2/);
    expect(await page.locator('#find-text').inputValue()).toBe('Ah□lkelek');
    expect(await page.locator('#replace-text').inputValue()).toBe('Ahılkelek');
    await page.click('#replace-all');
    await expect.poll(() => damaged()).toBe(0);
    expect(listPairs(db, id).filter((p) => p.source.includes('Ahılkelek')).length).toBe(3);
    deleteDocument(db, id);
  }, 90_000); // Chromium, the server and the spelling worker's first dictionary load share two cores in CI

  it('closes the find panel when the editor moves to another document, so a replace never lands in a document no longer shown', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'other.en.md'), '# Other\n\nA short text.\n');
    writeFileSync(join(dir, 'other.tr.md'), '# Başka\n\nKısa bir metin.\n');
    const { id } = importDocumentPair(db, { source: { path: join(dir, 'other.en.md') }, target: { path: join(dir, 'other.tr.md') } });
    await openDocument(1);
    await page.locator('#open-find').click();
    await page.locator('#find-dialog').waitFor();
    await openDocument(id);
    expect(await page.locator('#find-dialog').count()).toBe(0);
    deleteDocument(db, id);
  });

  it('accepts a finding about the whole document with the keyboard: shown accepted, withdrawn again', async () => {
    const { id } = importDocumentPair(db, { source: { path: join(REPO, 'demo/caspian-ports.en.md') }, target: { path: join(REPO, 'demo/caspian-ports.tr.md') }, force: true });
    await openDocument(id);
    const details = page.locator('#doc-flags-details');
    if (!(await details.evaluate((el) => (el as HTMLDetailsElement).open))) await details.locator('summary').click();
    const finding = page.locator('#doc-flags .doc-flag[data-check="inconsistent-spelling"]').first();
    await finding.locator('.accept-reason').focus();
    await page.keyboard.type('both spellings quoted as published');
    await page.keyboard.press('Enter');
    const accepted = page.locator('#doc-flags .doc-flag.accepted');
    await expect.poll(() => accepted.count(), { timeout: 60_000 }).toBe(1);
    expect(await accepted.locator('.accepted-note p').textContent()).toContain('both spellings quoted as published');
    await page.screenshot({ path: join(shots, 'document-finding-accepted.png'), fullPage: false });
    await accepted.locator('.withdraw').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#doc-flags .doc-flag.accepted').count(), { timeout: 60_000 }).toBe(0);
    deleteDocument(db, id);
  }, 90_000); // Chromium, the server and the spelling worker's first dictionary load share two cores in CI
});
