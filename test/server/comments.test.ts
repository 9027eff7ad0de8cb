import { describe, expect, it } from 'vitest';
import { listComments, listPairs } from '../../src/db/index.js';
import { exportDocumentXliff, importDocumentXliff } from '../../src/documents/index.js';
import { demoServer } from '../helpers/demo-server.js';

/** Comments on pairs: added and listed over HTTP, counted in the grid, carried through XLIFF and back. */
const demo = demoServer();

describe('comments', () => {
  it('are added with their author, listed, counted per pair and deleted', async () => {
    const pair = listPairs(demo.db, demo.documentId)[6]!;
    const res = await fetch(`${demo.server.url}/api/pairs/${pair.id}/comments`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-hizala-author': encodeURIComponent('Ayşe') }, body: JSON.stringify({ text: 'Kurık mı, Kuryk mı? Yazım kılavuzuna bakılmalı.' }) });
    expect(res.status).toBe(201);
    const added = (await res.json()) as { id: number; author: string };
    expect(added.author).toBe('Ayşe');
    const grid = (await (await fetch(`${demo.server.url}/api/documents/${demo.documentId}/pairs`)).json()) as { pairs: { id: number; comments: number }[] };
    expect(grid.pairs.find((p) => p.id === pair.id)!.comments).toBe(1);
    expect((await fetch(`${demo.server.url}/api/pairs/${pair.id}/comments`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: '  ' }) })).status).toBe(400);
    const other = listPairs(demo.db, demo.documentId)[7]!;
    expect((await fetch(`${demo.server.url}/api/pairs/${other.id}/comments/${added.id}`, { method: 'DELETE' })).status).toBe(404);
    expect((await fetch(`${demo.server.url}/api/pairs/${pair.id}/comments/${added.id}`, { method: 'DELETE' })).status).toBe(204);
    expect(listComments(demo.db, pair.id)).toEqual([]);
  });

  it('go out as XLIFF notes (1.2 and 2.0) and come back from the CAT tool without doubling', () => {
    const pair = listPairs(demo.db, demo.documentId)[8]!;
    demo.db.prepare('INSERT INTO comments (pair_id, author, text, origin) VALUES (?, ?, ?, ?)').run(pair.id, 'Ayşe', 'Bir hafta mı, bir haftayı mı?', 'editor');
    for (const version of ['1.2', '2.0'] as const) {
      const xml = exportDocumentXliff(demo.db, demo.documentId, { version });
      expect(xml).toContain('Bir hafta mı, bir haftayı mı?');
      // the reviewer adds a note in the CAT tool (1.2: from = the reviewer; 2.0: a comment note)
      const returned =
        version === '1.2'
          ? xml.replace(/(<trans-unit id="p\d+"[^>]*>[\s\S]*?<\/target>)/, '$1\n        <note from="Mehmet">Ferry — feribot, always.</note>')
          : xml.replace(/\n      <notes>/, '\n      <notes>\n        <note category="comment">Haftayı, not hafta.</note>');
      const report = importDocumentXliff(demo.db, returned, `returned-${version}.xlf`);
      expect(report.comments).toBe(1);
    }
    // the exported comment itself never came back as a second copy
    expect(listComments(demo.db, pair.id).filter((c) => c.text === 'Bir hafta mı, bir haftayı mı?')).toHaveLength(1);
    const ferry = demo.db.prepare("SELECT author, origin FROM comments WHERE text = 'Ferry — feribot, always.' ORDER BY id").all() as { author: string | null; origin: string }[];
    expect(ferry[0]).toEqual({ author: 'Mehmet', origin: 'xliff:returned-1.2.xlf' });
  });
});
