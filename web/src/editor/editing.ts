import { api, ApiError, type Pair } from '../api';
import { Drafts, draftsToOffer, type Draft, type EditSide } from '../drafts';
import { missingMarkers } from '../markers';
import { errorText, t, toast } from '../ui';
import { draftsDialog, staleDialog } from './dialogs';
import { applyPair, pairById, state, takeSpelling, view } from './store';

/**
 * Text being edited, from the first keystroke until the server has it: a draft in the
 * browser on every input, a save on leaving the cell in any way, one save after another
 * (a later one never overtakes an earlier one), the draft removed only when the server
 * confirms, a stale version resolved in the conflict dialog, and a save that outlives
 * the page when it is closed or reloaded.
 */
export const drafts = new Drafts(localStorage);

let saving: Promise<unknown> = Promise.resolve();

/** Waits for the saves already sent. */
export const savesDone = (): Promise<unknown> => saving;

/** The textarea of the side being edited. */
export const editArea = (side: EditSide): HTMLTextAreaElement | null => document.querySelector<HTMLTextAreaElement>(`#edit-${side}`);

/** Keep what was typed as a draft (every input event). */
export function keepDraft(pair: Pair, side: EditSide, text: string): void {
  drafts.put({ documentId: state.documentId, pairId: pair.id, side, text, baseVersion: pair.version, at: new Date().toISOString() });
}

/**
 * A Turkish text that lost a footnote marker the stored one had (and the source has):
 * ask before saving it. False when the translator says no (the text stays in the cell
 * and the drafts).
 */
export function keepsMarkers(pair: Pair, editSide: EditSide, text: string): boolean {
  if (editSide !== 'target') return true;
  const before = new Set(missingMarkers(pair.source, pair.target));
  const lost = missingMarkers(pair.source, text).filter((m) => !before.has(m));
  return lost.length === 0 || window.confirm(t('editor.confirmLostMarkers', { markers: lost.join(' ') }));
}

/** The server has the text: the pair is updated, its flags read again, the draft can go. */
export async function saved(updated: Pair, editSide: EditSide): Promise<void> {
  applyPair(updated);
  const draft = drafts.get(state.documentId, updated.id, editSide);
  if (draft && draft.text === updated[editSide]) drafts.remove(state.documentId, updated.id, editSide);
  state.flags.set(updated.id, await api.pairFlags(updated.id));
  refreshSpelling(updated.id);
}

/** The pair's spelling read again after its text changed (in the background: drawn when it comes). */
export function refreshSpelling(id: number): void {
  const documentId = state.documentId;
  void api.spelling(documentId, [id]).then((report) => {
    if (state.documentId !== documentId) return;
    takeSpelling(report);
    if (state.editing?.id !== id) view.replaceRow(id);
  }, () => undefined);
}

/** Write one side's text based on `version`; a stale version opens the conflict dialog. */
export async function writeText(pair: Pair, editSide: EditSide, text: string, version: number, extra: { status?: Pair['status'] } = {}): Promise<Pair | null> {
  try {
    const updated = await api.updatePair(pair.id, { version, [editSide]: text, ...extra });
    await saved(updated, editSide);
    return updated;
  } catch (err) {
    if (err instanceof ApiError && err.status === 409) resolveStale(pair, editSide, text, (err.body as { current: Pair }).current);
    else toast(t('editor.saveFailed', { message: errorText(err) }), 'error');
    return null;
  }
}

/**
 * Save what is being edited, if it differs from the stored text — on leaving the cell in
 * any way: another pair, Alt+↑/↓, a filter, the breadcrumb. The text is read at once (the
 * row may be rebuilt right after); the draft stays until the server confirms, so a failed
 * save is offered back. A stale version opens the conflict dialog.
 */
export function saveEditing(): Promise<void> {
  const done = () => saving.then(() => undefined);
  if (!state?.editing) return done();
  const { id, side: editSide } = state.editing;
  const area = editArea(editSide);
  const pair = pairById(id);
  if (!area || !pair || area.value === pair[editSide]) return done();
  const text = area.value;
  if (!keepsMarkers(pair, editSide, text)) return done(); // kept as a draft, offered back
  keepDraft(pair, editSide, text);
  const run = saving.then(async () => {
    const current = pairById(id) ?? pair;
    if (!(await writeText(current, editSide, text, current.version))) return;
    if (state.editing?.id !== id) view.replaceRow(id);
    if (state.active === id) view.renderSide(); // its history has the new version
  });
  saving = run;
  return done();
}

/**
 * A stale edit: the conflict dialog, and what each choice does — keep mine or the merged
 * text (written on the current version), take theirs (the draft goes).
 */
export function resolveStale(pair: Pair, editSide: EditSide, mine: string, current: Pair): void {
  const finish = (id: number) => {
    drafts.remove(state.documentId, id, editSide);
    if (state.editing?.id === id) state.editing = null;
    view.replaceRow(id);
  };
  staleDialog(editSide, mine, current, {
    write: (text) =>
      api
        .updatePair(pair.id, { version: current.version, [editSide]: text })
        .then(async (p) => {
          await saved(p, editSide);
          finish(p.id);
        })
        .catch((err: unknown) => toast(errorText(err), 'error')),
    takeTheirs: () => {
      applyPair(current);
      finish(current.id);
    },
  });
}

/** Unsaved text when the page goes away (reload, closed tab). */
function unsavedText(): { pair: Pair; side: EditSide; text: string } | null {
  if (!state?.editing || !document.querySelector('#grid')) return null;
  const { id, side: editSide } = state.editing;
  const area = editArea(editSide);
  const pair = pairById(id);
  return area && pair && area.value !== pair[editSide] ? { pair, side: editSide, text: area.value } : null;
}

// save it with a request that outlives the page, and ask the browser to warn
window.addEventListener('beforeunload', (event) => {
  const unsaved = unsavedText();
  if (!unsaved) return;
  api.saveOnExit(unsaved.pair.id, { version: unsaved.pair.version, [unsaved.side]: unsaved.text });
  event.preventDefault();
  event.returnValue = ''; // older browsers show their prompt only with this
});

/** Drafts left from an earlier visit (a crash, a reload before the save came back): offered back. */
export function offerDrafts(): void {
  const { offer, drop } = draftsToOffer(drafts.forDocument(state.documentId), new Map(state.pairs.map((p) => [p.id, p])));
  for (const d of drop) drafts.remove(d.documentId, d.pairId, d.side);
  if (!offer.length) return;
  draftsDialog(offer, {
    restore: () => void restoreDrafts(offer),
    discard: () => {
      for (const d of offer) drafts.remove(d.documentId, d.pairId, d.side);
    },
  });
}

async function restoreDrafts(offer: readonly Draft[]): Promise<void> {
  for (const d of offer) {
    const pair = pairById(d.pairId);
    if (!pair) continue;
    if (await writeText(pair, d.side, d.text, d.baseVersion)) view.replaceRow(pair.id);
  }
}
