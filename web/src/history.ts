/** What of a revision the history needs (api.ts Revision has more). */
interface Revision {
  source: string;
  target: string;
  status: string;
  origin: string | null;
}

/**
 * Undo and redo of one pair over its stored history, multi-step and with nothing kept in
 * the page: undo and redo write revisions of their own (origin "undo"/"redo"), the other
 * revisions are the pair's states, and where the pair stands among them is found by
 * content, so a reload changes nothing.
 */
const STEPS = new Set(['undo', 'redo']);

const same = (a: Pick<Revision, 'source' | 'target' | 'status'>, b: Pick<Revision, 'source' | 'target' | 'status'>) => a.source === b.source && a.target === b.target && a.status === b.status;

/** The pair's states: every revision but those undo and redo wrote. */
export function states<R extends Revision>(revisions: readonly R[]): R[] {
  return revisions.filter((r) => !STEPS.has(r.origin ?? ''));
}

/** Where the pair stands among its states (index), found by content after an undo or redo. */
export function position(revisions: readonly Revision[]): number {
  const list = states(revisions);
  const last = revisions[revisions.length - 1];
  if (!last) return -1;
  if (!STEPS.has(last.origin ?? '')) return list.length - 1;
  // after undo/redo steps: the latest state with the current content, not after the one the steps started from
  for (let k = list.length - 1; k >= 0; k--) if (same(list[k]!, last)) return k;
  return list.length - 1;
}

/** The state an undo goes back to, or null at the start. */
export function undoTarget<R extends Revision>(revisions: readonly R[]): R | null {
  const k = position(revisions);
  return k > 0 ? states(revisions)[k - 1]! : null;
}

/** The state a redo goes forward to: only right after undo or redo steps, never over a new edit. */
export function redoTarget<R extends Revision>(revisions: readonly R[]): R | null {
  const last = revisions[revisions.length - 1];
  if (!last || !STEPS.has(last.origin ?? '')) return null;
  const list = states(revisions);
  const k = position(revisions);
  return k >= 0 && k < list.length - 1 ? list[k + 1]! : null;
}

/** The i18n key of a revision's origin ("fix:mojibake" → origin.fix, "batch:…:replace" → origin.replace, "xliff:a.xlf" → origin.xliff). */
export function originKey(origin: string | null): { key: string; detail?: string } {
  if (!origin) return { key: 'origin.unknown' };
  const batch = /^batch:[^:]+:(\w+)$/.exec(origin);
  if (batch) return { key: `origin.batch-${batch[1]}` };
  const [kind, ...rest] = origin.split(':');
  const detail = rest.join(':');
  return detail ? { key: `origin.${kind}`, detail } : { key: `origin.${kind}` };
}
