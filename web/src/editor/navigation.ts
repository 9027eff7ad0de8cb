import type { Pair, Status } from '../api';
import type { EditSide } from '../drafts';
import { t, toast } from '../ui';
import { editArea, keepsMarkers, saveEditing, savesDone, writeText } from './editing';
import { goToDialog } from './dialogs';
import { NO_FILTERS, pairById, shownPairs, state, view, visible } from './store';

/** Moving between pairs: every move saves what was being edited first. */

/** Make a pair active, editing one of its sides (or none); what was being edited is saved first. */
export function activate(id: number, edit: EditSide | null): void {
  const previous = state.active;
  const wasEditing = state.editing?.id ?? null;
  void saveEditing();
  state.active = id;
  state.editing = edit ? { id, side: edit } : null;
  view.reveal(id);
  for (const other of new Set([previous, wasEditing, id])) if (other !== null) view.replaceRow(other);
  view.reveal(id)?.scrollIntoView({ block: 'nearest' });
  view.renderSide();
}

/** The next or previous shown pair (Alt+↓/↑), keeping the side being edited. */
export function move(delta: number): void {
  const list = shownPairs();
  const k = list.findIndex((p) => p.id === state.active);
  const next = list[Math.max(0, Math.min(list.length - 1, k + delta))];
  if (next) activate(next.id, state.editing?.side ?? null);
}

/**
 * The next (or previous) shown pair after the active one that `test` accepts, wrapping
 * around; it becomes active, and with `focusFlag` its first flag takes the focus.
 */
export function goTo(test: (p: Pair) => boolean, direction: 1 | -1, focusFlag: boolean): void {
  const list = shownPairs();
  if (!list.length) return;
  const from = list.findIndex((p) => p.id === state.active);
  for (let step = 1; step <= list.length; step++) {
    const candidate = list[(((from + direction * step) % list.length) + list.length) % list.length]!;
    if (!test(candidate)) continue;
    activate(candidate.id, focusFlag ? null : 'target');
    if (focusFlag) view.reveal(candidate.id)?.querySelector<HTMLElement>('mark.flag')?.focus();
    return;
  }
  toast(t('editor.noneFound'));
}

/** Ctrl+G: a pair by its number; a filtered-out pair is shown anyway (the filters are cleared). */
export function askPairNumber(): void {
  goToDialog(state.pairs.length, (n) => {
    const pair = state.pairs[n - 1];
    if (!pair) return;
    if (!visible(pair)) {
      state.filters = { ...NO_FILTERS };
      view.renderGrid();
    }
    queueMicrotask(() => activate(pair.id, 'target'));
  });
}

/** Ctrl+Enter: save the edited side and confirm the pair as translated (a confirmed pair enters the TM), then go to the next pair. */
export async function confirmActive(): Promise<void> {
  const id = state.active;
  if (id === null) return;
  const pair = pairById(id)!;
  const editSide: EditSide = state.editing?.id === id ? state.editing.side : 'target';
  const area = editArea(editSide);
  const text = area ? area.value : pair[editSide];
  const status: Status = pair.status === 'draft' ? 'translated' : pair.status;
  if (!keepsMarkers(pair, editSide, text)) return;
  await savesDone();
  if (!(await writeText(pair, editSide, text, pair.version, { status }))) return;
  state.editing = null;
  view.replaceRow(id);
  move(1);
  if (state.active !== null) activate(state.active, 'target');
}
