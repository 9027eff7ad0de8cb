import { api, ApiError, type DocumentFlag, type Flag, type Pair, type Status } from '../api';
import { openFindPanel, type FindPreset } from '../find-panel';
import { errorText, t, toast } from '../ui';
import { conflictsDialog, orphansDialog, type XliffConflict } from './dialogs';
import { refreshSpelling, saveEditing } from './editing';
import { applyPair, numberOf, pairById, shownPairs, state, takeFlags, takeSpelling, view } from './store';

/** What the editor does to the document beyond typing: statuses, batches, alignment, fixes, returned files. Each saves the text being edited first. */

/** Pairs and flags read again (after a batch, an alignment change, a new term). */
export async function reload(): Promise<void> {
  await saveEditing();
  const [pairs, flags] = await Promise.all([api.pairs(state.documentId), api.flags(state.documentId)]);
  state.pairs = pairs;
  takeFlags(flags);
  if (state.active !== null && !pairs.some((p) => p.id === state.active)) state.active = null;
  state.editing = null;
  view.renderDocumentFlags();
  view.renderGrid();
  view.renderSide();
}

export async function refreshDocumentFlags(): Promise<void> {
  takeFlags(await api.flags(state.documentId));
  view.renderDocumentFlags();
}

/** A pair the server changed (a fix, a revision restored …): shown with its new flags. */
async function refreshPair(updated: Pair, flags?: Flag[]): Promise<void> {
  applyPair(updated);
  state.flags.set(updated.id, flags ?? (await api.pairFlags(updated.id)));
  if (state.editing?.id === updated.id) state.editing = null;
  view.replaceRow(updated.id);
  refreshSpelling(updated.id);
}

/** Alt+1…4: the active pair's status, with the text being edited saved along. */
export async function setStatus(id: number, status: Status): Promise<void> {
  await saveEditing();
  const pair = pairById(id);
  if (!pair || pair.status === status) return;
  try {
    applyPair(await api.updatePair(id, { version: pair.version, status }));
    view.replaceRow(id);
    toast(t('editor.statusSet', { status: t(`status.${status}`) }));
  } catch (err) {
    if (err instanceof ApiError && err.status === 409) toast(t('editor.staleStatus'), 'error');
    else toast(errorText(err), 'error');
  }
}

/** One status for every pair the filters show, as one undoable batch; confirmed pairs enter the TM. */
export async function setStatusOfShown(status: Status): Promise<void> {
  await saveEditing();
  const shown = shownPairs().filter((p) => p.status !== status && (status === 'draft' || p.target.trim()));
  if (!shown.length) {
    toast(t('editor.noneFound'));
    return;
  }
  try {
    const result = await api.setStatuses(state.documentId, status, shown.map((p) => ({ id: p.id, version: p.version })));
    await reload();
    toast(t('editor.bulkDone', { count: result.pairs.length, status: t(`status.${status}`) }), 'info', {
      label: t('find.undo'),
      run: () => void api.undoBatch(state.documentId, result.batch).then(reload, (err: unknown) => toast(errorText(err), 'error')),
    });
  } catch (err) {
    toast(errorText(err), 'error');
  }
}

/** An alignment correction: what is being edited is saved first (the op then reads the new version). */
export async function alignmentOp(op: () => Promise<unknown>): Promise<void> {
  try {
    await saveEditing();
    await op();
    await reload();
  } catch (err) {
    toast(errorText(err), 'error');
  }
}

/** A flag's fix, applied on the server (which checks the pair again). */
export async function applyFix(pair: Pair, flag: Flag): Promise<void> {
  try {
    const { pair: updated, flags } = await api.fix(pair.id, { version: pair.version, side: flag.side, start: flag.start, end: flag.end, replacement: flag.fix!, check: flag.check });
    await refreshPair(updated, flags);
    toast(t('editor.fixed'));
    if (flag.check === 'forbidden-variant') await refreshDocumentFlags();
  } catch (err) {
    toast(errorText(err), 'error');
  }
}

/** Add a word to the workspace's word list: it is known from now on, in every document; this document's spelling is read again. */
export async function addToWordList(lang: 'en' | 'tr', word: string): Promise<void> {
  try {
    await api.addWord(lang, word);
    const report = await api.spelling(state.documentId);
    const before = [...state.spelling.keys()];
    state.spelling.clear();
    takeSpelling(report);
    for (const id of new Set([...before, ...state.spelling.keys()])) view.replaceRow(id);
    toast(t('editor.wordAdded', { word }));
  } catch (err) {
    toast(errorText(err), 'error');
  }
}

/** Accept a flag (this place, the spelling in the document, or everywhere); a wider acceptance marks other pairs too. */
export async function acceptFlag(pair: Pair, flag: Flag, reason: string, scope: 'pair' | 'document' | 'workspace'): Promise<void> {
  try {
    state.flags.set(pair.id, await api.acceptFlag(pair.id, { check: flag.check, side: flag.side, start: flag.start, end: flag.end, reason, scope }));
    view.replaceRow(pair.id);
    if (scope !== 'pair') {
      await refreshDocumentFlags();
      for (const id of state.flags.keys()) view.replaceRow(id);
    }
    view.renderProgress();
    toast(t('editor.flagAccepted'));
  } catch (err) {
    toast(errorText(err), 'error');
  }
}

/** Accept a finding about the whole document (both spellings are right here …), with the reason. */
export async function acceptDocumentFlag(flag: DocumentFlag, reason: string): Promise<void> {
  if (!flag.key) return;
  try {
    await api.acceptDocumentFlag(state.documentId, { check: flag.check, key: flag.key, reason });
    await refreshDocumentFlags();
    toast(t('editor.flagAccepted'));
  } catch (err) {
    toast(errorText(err), 'error');
  }
}

export async function withdrawDocumentAcceptance(flag: DocumentFlag): Promise<void> {
  if (!flag.accepted) return;
  try {
    await api.withdrawDocumentAcceptance(state.documentId, flag.accepted.id);
    await refreshDocumentFlags();
  } catch (err) {
    toast(errorText(err), 'error');
  }
}

export async function withdrawAcceptance(pair: Pair, flag: Flag): Promise<void> {
  if (!flag.accepted) return;
  try {
    state.flags.set(pair.id, await api.withdrawAcceptance(pair.id, flag.accepted.id));
    if (flag.accepted.scope !== 'pair') await refreshDocumentFlags();
    for (const id of flag.accepted.scope === 'pair' ? [pair.id] : state.flags.keys()) view.replaceRow(id);
    view.renderProgress();
  } catch (err) {
    toast(errorText(err), 'error');
  }
}

/** A history step (undo, redo, restore): both sides and the status of an earlier version, as a new one. */
export async function restoreRevision(pairId: number, to: { source: string; target: string; status: Status }, reason: 'undo' | 'redo' | 'restore'): Promise<void> {
  try {
    await saveEditing();
    const current = pairById(pairId);
    if (!current) return;
    await refreshPair(await api.updatePair(pairId, { version: current.version, ...to, reason }));
    view.renderSide();
  } catch (err) {
    toast(errorText(err), 'error');
  }
}

/** A returned XLIFF file: its report, and the conflicts to resolve. */
export async function importXliff(file: File): Promise<void> {
  const form = new FormData();
  form.set('file', file);
  try {
    const report = await api.importXliff(state.documentId, form);
    toast(t('editor.importReport', { updated: report.updated, unchanged: report.unchanged, conflicts: report.conflicts.length, orphans: report.orphans.length }));
    // conflicts first; the translations with no pair to go to after them
    const orphans = report.orphans.length ? () => orphansDialog(report.orphans) : undefined;
    if (report.conflicts.length) conflictsDialog(report.conflicts, takeFromFile, orphans);
    else orphans?.();
    await reload();
  } catch (err) {
    toast(errorText(err), 'error');
  }
}

/** The file's text for a conflict, saved as a revision. */
async function takeFromFile(c: XliffConflict): Promise<boolean> {
  const pair = pairById(c.pairId);
  if (!pair) return false;
  try {
    await refreshPair(await api.updatePair(pair.id, { version: pair.version, target: c.theirs }));
    return true;
  } catch (err) {
    toast(errorText(err), 'error');
    return false;
  }
}

export function openFind(preset?: FindPreset): void {
  openFindPanel(state.documentId, { beforeChange: saveEditing, afterChange: reload, numberOf, ...(preset ? { preset } : {}) });
}

/**
 * Fix all for lost characters: the damaged word around the flag ("Ah□lkelek’te"), as it
 * stands, replaced by the restored one wherever the document has it on that side —
 * through the find panel: previewed, one batch that can be undone.
 */
export function fixAllDamaged(pair: Pair, flag: Flag): void {
  const text = flag.side === 'src' ? pair.source : pair.target;
  const letter = /[\p{L}\p{M}'’\u25a1\ufffd]/u;
  let start = flag.start;
  let end = flag.end;
  while (start > 0 && letter.test(text[start - 1]!)) start--;
  while (end < text.length && letter.test(text[end]!)) end++;
  const damaged = text.slice(start, end);
  const word = String(flag.params?.word ?? '');
  if (!damaged || !word) return;
  openFind({ find: damaged, replace: word, side: flag.side === 'src' ? 'source' : 'target', regex: false });
}

/**
 * Fix all: every other spelling of a concept on one side replaced by the preferred one,
 * through the find panel — previewed, then one batch that can be undone.
 */
export function fixAllSpellings(spellings: readonly string[], preferred: string, side: 'src' | 'tgt'): void {
  const others = spellings.filter((s) => s !== preferred).map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  if (!others.length || !preferred) return;
  openFind({ find: others.join('|'), replace: preferred, side: side === 'src' ? 'source' : 'target', regex: true });
}
