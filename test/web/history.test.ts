import { describe, expect, it } from 'vitest';
import type { Revision } from '../../web/src/api.js';
import { originKey, position, redoTarget, undoTarget } from '../../web/src/history.js';

let version = 0;
const rev = (target: string, origin = 'edit', status: Revision['status'] = 'draft'): Revision => ({ version: ++version, source: 'S', target, status, author: null, origin, at: '2026-12-04T09:00:00Z' });

describe('undo and redo over a pair history', () => {
  it('undoes step by step to the start, and redoes step by step back', () => {
    const h: Revision[] = [rev('a', 'import'), rev('b'), rev('c')];
    expect(undoTarget(h)?.target).toBe('b');
    h.push(rev('b', 'undo'));
    expect(undoTarget(h)?.target).toBe('a');
    expect(redoTarget(h)?.target).toBe('c');
    h.push(rev('a', 'undo'));
    expect(undoTarget(h)).toBeNull();
    expect(redoTarget(h)?.target).toBe('b');
    h.push(rev('b', 'redo'));
    expect(position(h)).toBe(1);
    expect(redoTarget(h)?.target).toBe('c');
  });

  it('a new edit after an undo ends the redo', () => {
    const h: Revision[] = [rev('a', 'import'), rev('b'), rev('a', 'undo'), rev('x')];
    expect(redoTarget(h)).toBeNull();
    expect(undoTarget(h)?.target).toBe('b');
  });

  it('tells status changes apart from text changes', () => {
    const h: Revision[] = [rev('a', 'import'), rev('a', 'edit', 'translated'), rev('a', 'undo')];
    expect(position(h)).toBe(0);
    expect(redoTarget(h)?.status).toBe('translated');
  });
});

describe('origin labels', () => {
  it('names each origin by a key the UI translates', () => {
    expect(originKey('import')).toEqual({ key: 'origin.import' });
    expect(originKey('fix:forbidden-variant')).toEqual({ key: 'origin.fix', detail: 'forbidden-variant' });
    expect(originKey('batch:1a2b3c4d-5e6f:replace')).toEqual({ key: 'origin.batch-replace' });
    expect(originKey('xliff:returned.xlf')).toEqual({ key: 'origin.xliff', detail: 'returned.xlf' });
    expect(originKey(null)).toEqual({ key: 'origin.unknown' });
  });
});
