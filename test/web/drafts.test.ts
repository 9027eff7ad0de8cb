import { describe, expect, it } from 'vitest';
import { Drafts, draftsToOffer, type Draft } from '../../web/src/drafts.js';

/** A Storage in memory, as localStorage behaves. */
function memoryStorage() {
  const map = new Map<string, string>();
  return {
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => void map.set(k, v),
    removeItem: (k: string) => void map.delete(k),
    key: (i: number) => [...map.keys()][i] ?? null,
    get length() {
      return map.size;
    },
  };
}

const draft = (over: Partial<Draft>): Draft => ({ documentId: 1, pairId: 10, side: 'target', text: 'Liman açık.', baseVersion: 3, at: '2026-12-04T09:00:00Z', ...over });

describe('drafts', () => {
  it('keeps one draft per pair and side, per document, until removed', () => {
    const drafts = new Drafts(memoryStorage());
    drafts.put(draft({}));
    drafts.put(draft({ text: 'Liman bugün açık.', at: '2026-12-04T09:01:00Z' }));
    drafts.put(draft({ side: 'source', text: 'The port is open.' }));
    drafts.put(draft({ documentId: 2, pairId: 11 }));
    expect(drafts.forDocument(1).map((d) => [d.side, d.text])).toEqual([
      ['source', 'The port is open.'],
      ['target', 'Liman bugün açık.'],
    ]);
    drafts.remove(1, 10, 'target');
    expect(drafts.get(1, 10, 'target')).toBeNull();
    expect(drafts.forDocument(2)).toHaveLength(1);
  });

  it('ignores what is not a draft', () => {
    const storage = memoryStorage();
    storage.setItem('hizala.draft.1.10.target', '{not json');
    storage.setItem('hizala.draft.1.11.target', JSON.stringify({ documentId: 1 }));
    expect(new Drafts(storage).forDocument(1)).toEqual([]);
  });

  it('offers back what the server does not hold, marks what changed meanwhile, drops the rest', () => {
    const pairs = new Map([
      [10, { source: 'The port.', target: 'Liman.', version: 3 }],
      [11, { source: 'The ship.', target: 'Gemi yüklendi.', version: 5 }],
      [12, { source: 'The road.', target: 'Yol.', version: 2 }],
    ]);
    const { offer, drop } = draftsToOffer(
      [draft({ pairId: 10, text: 'Liman açık.' }), draft({ pairId: 11, text: 'Gemi.', baseVersion: 4 }), draft({ pairId: 12, text: 'Yol.' }), draft({ pairId: 99 })],
      pairs,
    );
    expect(offer.map((d) => [d.pairId, d.stale])).toEqual([
      [10, false],
      [11, true],
    ]);
    expect(drop.map((d) => d.pairId)).toEqual([12, 99]);
  });
});
