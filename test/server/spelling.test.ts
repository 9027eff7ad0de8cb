import { describe, expect, it } from 'vitest';
import { listPairs, listWorkspaceWords } from '../../src/db/index.js';
import { demoServer } from '../helpers/demo-server.js';

/** Spelling over HTTP: the words no dictionary knows, per pair and side; the workspace's word list makes them known. */
const demo = demoServer();

type Report = { pairs: { id: number; src: { start: number; end: number; word: string }[]; tgt: { start: number; end: number; word: string }[] }[] };
const spelling = async (query = '') => (await (await fetch(`${demo.server.url}/api/documents/${demo.documentId}/spelling${query}`)).json()) as Report;
const pairs = () => listPairs(demo.db, demo.documentId);
const addWord = (lang: string, word: unknown) => fetch(`${demo.server.url}/api/words`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-hizala-author': 'editor' }, body: JSON.stringify({ lang, word }) });

describe('spelling', () => {
  it('lists the unknown words of every pair, with their place in the text', async () => {
    const report = await spelling();
    const pairs = listPairs(demo.db, demo.documentId);
    // the pairs with something to show, each once
    expect(report.pairs.length).toBeGreaterThan(0);
    expect(report.pairs.length).toBeLessThan(pairs.length);
    expect(report.pairs.every((p) => p.src.length + p.tgt.length > 0)).toBe(true);
    const unknown = report.pairs.flatMap((p) => p.tgt.map((w) => ({ ...w, text: pairs.find((x) => x.id === p.id)!.target })));
    expect(unknown.map((w) => w.word)).toContain('elleçledi');
    for (const w of unknown) expect(w.text.slice(w.start, w.end)).toBe(w.word);
  });

  it('takes a word added to the word list as known, in the language it was added for', async () => {
    const created = await addWord('tr', 'Elleçledi');
    expect(created.status).toBe(201);
    expect(await created.json()).toMatchObject({ lang: 'tr', word: 'elleçledi', added: true });
    expect((await addWord('tr', 'elleçledi')).status).toBe(200); // there already
    expect(listWorkspaceWords(demo.db, 'tr')).toContain('elleçledi');
    const after = await spelling();
    expect(after.pairs.flatMap((p) => p.tgt.map((w) => w.word))).not.toContain('elleçledi');
    // asked for pairs, it answers for each of them, also when there is nothing to show
    const [one, two] = pairs().slice(0, 2).map((p) => p.id);
    expect((await spelling(`?pairs=${one},${two}`)).pairs.map((p) => p.id)).toEqual([one, two]);
  });

  it('refuses what is not a word, and a bad list of pairs, with a reason', async () => {
    const bad = await addWord('tr', 'iki sözcük');
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { reason: string } }).error.reason).toBe('bad-word');
    expect((await addWord('de', 'Wort')).status).toBe(400);
    expect((await fetch(`${demo.server.url}/api/documents/${demo.documentId}/spelling?pairs=1;DROP`)).status).toBe(400);
  });
});
