import { describe, expect, it } from 'vitest';
import type { Flag, Pair } from '../../../web/src/api.js';
import { applyPair, matchesFilters, NO_FILTERS, numberOf, openState, pairById, progressOf, state, versionOf, view } from '../../../web/src/editor/store.js';

const pair = (id: number, source: string, target: string, extra: Partial<Pair> = {}): Pair => ({
  id, documentId: 1, ordinal: id, srcSegments: [id], tgtSegments: [id], source, target, status: 'draft', score: 0.9, version: 1, updatedAt: '', targetMarks: null, needsReview: false, ...extra,
});
const flag = (check: string): Flag => ({ check, side: 'tgt', start: 0, end: 1, severity: 'warning', messageKey: 'x' });

describe('editor store: which pairs the filters show', () => {
  const istanbul = pair(1, 'The port of Istanbul', 'İSTANBUL limanı');
  const izmir = pair(2, 'IZMIR grows', 'Izmir büyüyor', { status: 'translated', needsReview: true });
  const flags = new Map([[2, [flag('terminology')]]]);
  it('folds the Turkish side the Turkish way: "istanbul" finds İSTANBUL, "ızmir" finds Izmir', () => {
    expect(matchesFilters(istanbul, { ...NO_FILTERS, text: 'istanbul limanı' }, flags)).toBe(true);
    expect(matchesFilters(izmir, { ...NO_FILTERS, text: 'ızmir' }, flags)).toBe(true);
    // English folding on the English side: "izmir" finds IZMIR there
    expect(matchesFilters(izmir, { ...NO_FILTERS, text: 'izmir grows' }, flags)).toBe(true);
    expect(matchesFilters(istanbul, { ...NO_FILTERS, text: 'ankara' }, flags)).toBe(false);
  });
  it('status, needs-review and flag filters combine', () => {
    expect(matchesFilters(izmir, { ...NO_FILTERS, status: 'translated', reviewOnly: true, flag: 'terminology' }, flags)).toBe(true);
    expect(matchesFilters(istanbul, { ...NO_FILTERS, status: 'translated' }, flags)).toBe(false);
    expect(matchesFilters(istanbul, { ...NO_FILTERS, reviewOnly: true }, flags)).toBe(false);
    expect(matchesFilters(izmir, { ...NO_FILTERS, flag: 'mojibake' }, flags)).toBe(false);
  });
});

describe('editor store: pairs by id and the progress line', () => {
  it('numbers pairs by position and follows a replaced list', () => {
    openState({ documentId: 1, pairs: [pair(10, 'a', 'b'), pair(20, 'c', 'd')], flags: new Map(), spelling: new Map(), documentFlags: [], active: null, editing: null, filters: NO_FILTERS, paragraphStarts: new Set() });
    expect([numberOf(10), numberOf(20), numberOf(99)]).toEqual([1, 2, 0]);
    state.pairs = [pair(20, 'c', 'd')];
    expect(numberOf(20)).toBe(1);
    expect(pairById(10)).toBeUndefined();
  });
  it("applying the server's answer keeps what the list had (comments, paragraph) and asks for the progress again", () => {
    let redrawn = 0;
    view.renderProgress = () => void redrawn++;
    openState({ documentId: 1, pairs: [pair(10, 'a', 'b', { comments: 2, paragraph: 4 })], flags: new Map(), spelling: new Map(), documentFlags: [], active: null, editing: null, filters: NO_FILTERS, paragraphStarts: new Set() });
    applyPair(pair(10, 'a', 'B', { version: 2, status: 'translated' }));
    expect(pairById(10)).toMatchObject({ target: 'B', version: 2, status: 'translated', comments: 2, paragraph: 4 });
    expect(versionOf(10)).toBe(2);
    expect(redrawn).toBe(1);
  });
  it('counts confirmed pairs, source words, open flags and accepted ones apart', () => {
    const pairs = [pair(1, 'one two three', 'x', { status: 'final' }), pair(2, 'four', 'y'), pair(3, '  ', '')];
    const accepted = { ...flag('c'), accepted: { id: 1, scope: 'pair' as const, author: 'ayşe', reason: 'a name', at: '' } };
    expect(progressOf(pairs, new Map([[2, [flag('a'), flag('b'), accepted]]]))).toEqual({ done: 1, pairs: 3, doneWords: 3, words: 4, percent: 75, flags: 2, accepted: 1 });
    expect(progressOf([], new Map()).percent).toBe(0);
  });
});
