import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { editPair } from '../../src/app/pairs.js';
import { listPairs, requirePair, type Db, type Pair } from '../../src/db/index.js';
import { importDocumentPair, pairFlags } from '../../src/documents/index.js';
import { openTestWorkspace } from '../helpers/store.js';
import { tempDir } from '../helpers/tmp.js';

const LOCAL = { name: 'tester', role: null };

let db: Db;
let intact: Pair;
let damaged: Pair;

beforeAll(() => {
  const dir = tempDir();
  writeFileSync(join(dir, 'road.en.md'), 'The road passes Göle and Ardahan.\n\nBuses stop in G□le every day.\n');
  writeFileSync(join(dir, 'road.tr.md'), "Yol Göle ve Ardahan'dan geçiyor.\n\nOtobüsler her gün G\ufffdle'de durur.\n");
  const id = importDocumentPair((db = openTestWorkspace()), { source: { path: join(dir, 'road.en.md') }, target: { path: join(dir, 'road.tr.md') } }).id;
  [intact, damaged] = listPairs(db, id) as [Pair, Pair];
});
afterAll(() => db.close());

/** The restoration the damaged pair's English flag offers, if any. */
const offered = () => pairFlags(db, requirePair(db, damaged.id)).find((f) => f.check === 'mojibake' && f.side === 'src')?.fix;

describe("a pair's lost characters, restored from the document's words as they are now", () => {
  it('offers the word another pair writes intact', () => {
    expect(damaged.source).toContain('□');
    expect(offered()).toBe('ö');
  });

  it('stops offering it once an edit removes that word from the document', () => {
    const current = requirePair(db, intact.id);
    editPair(db, LOCAL, intact.id, current.version, { source: 'The road passes Ardahan.', target: "Yol Ardahan'dan geçiyor." });
    expect(offered()).toBeUndefined();
  });

  it('offers it again after a write this process did not make (another server on the same database)', () => {
    db.prepare('UPDATE pairs SET source = ?, version = version + 1 WHERE id = ?').run('The road passes Göle and Ardahan.', intact.id);
    expect(offered()).toBe('ö');
  });

  it('does not carry stale words through its own edit when another process wrote just before', () => {
    db.prepare('UPDATE pairs SET source = ?, version = version + 1 WHERE id = ?').run('The road passes Ardahan.', intact.id);
    const current = requirePair(db, damaged.id);
    editPair(db, LOCAL, damaged.id, current.version, { target: "Otobüsler her sabah G\ufffdle'de durur." });
    expect(offered()).toBeUndefined();
  });
});
