import { diffWords } from 'diff';
import { api, ApiError, STATUSES, type Comment, type DocumentFlag, type Flag, type Pair, type Revision, type Status } from './api';
import { Drafts, draftsToOffer, type Draft, type EditSide } from './drafts';
import { openFindPanel } from './find-panel';
import { deleteKeepingMarkers, missingMarkers } from './markers';
import { VirtualList } from './virtual-list';
import { originKey, redoTarget, undoTarget } from './history';
import { clear, h } from './dom';
import { flagMessage, renderFlagged } from './flags';
import { download, formatDate, formatNumber, t, toast, errorText } from './ui';

/**
 * The editor for one document: a two-column grid of pairs (English | Turkish) with
 * flags underlined, editing in place (Ctrl+Enter confirms and moves on, Escape cancels,
 * Alt+↑/↓ move), a side panel for the active pair (TM matches with a word diff,
 * concordance, glossary terms, history), alignment corrections and export/import.
 * Rows are plain elements built once; a row is rebuilt only when its pair changes.
 */
interface State {
  documentId: number;
  pairs: Pair[];
  flags: Map<number, Flag[]>;
  documentFlags: DocumentFlag[];
  active: number | null;
  /** The pair and side being edited in place, if any. */
  editing: { id: number; side: EditSide } | null;
  filterStatus: Status | '';
  filterFlag: string;
  /** Text the shown pairs contain (either side, case folded by each side's language). */
  filterText: string;
  reviewOnly: boolean;
  paragraphStarts: Set<number>;
}

let state: State;
const drafts = new Drafts(localStorage);
/** Saves go one after another, so a later save never overtakes an earlier one of the same pair. */
let saving: Promise<unknown> = Promise.resolve();
let grid: HTMLElement;
let progressLine: HTMLElement;
let side: HTMLElement;
let docPanel: HTMLElement;

export async function renderEditor(root: HTMLElement, documentId: number): Promise<void> {
  delete document.body.dataset.flags; // set again when this document's flags are in
  clear(root);
  root.append(h('p', { role: 'status', text: t('editor.loading') }));
  // the grid is shown as soon as the pairs are here; the flags (every check over the
  // document) arrive a moment later and decorate the rows
  // (asked for after the pairs: the server computes them in one go, and would delay the pairs)
  // a long document: its first screenful at once, the rest right after (a 95,000-pair
  // list is 44 MB and took seconds to send and read)
  const { title, pairs, total } = await api.pairsWithTitle(documentId, { offset: 0, limit: FIRST_PAGE });
  const detail = { title };
  const paragraphStarts = new Set<number>();
  markParagraphStarts(pairs, paragraphStarts, -1);
  state = {
    documentId,
    pairs,
    flags: new Map(),
    documentFlags: [],
    active: null,
    editing: null,
    filterStatus: '',
    filterFlag: '',
    filterText: '',
    reviewOnly: false,
    paragraphStarts,
  };
  clear(root);
  document.querySelector('#crumbs')!.replaceChildren(h('a', { href: '#/', text: t('documents.title') }), ' › ', h('span', { text: detail.title }));
  grid = h('div', { class: 'grid', id: 'grid', role: 'grid', 'aria-label': detail.title });
  side = h('aside', { class: 'side', id: 'side' });
  docPanel = h('section', { class: 'doc-flags', id: 'doc-flags' });
  progressLine = h('p', { class: 'progress-line', id: 'progress', role: 'status' });
  root.append(h('div', { class: 'editor' }, h('div', { class: 'main-col' }, toolbar(), progressLine, docPanel, grid), side));
  renderGrid();
  renderSide();
  document.onkeydown = onKey;
  offerDrafts();
  if (total > pairs.length) void loadRest(documentId, pairs.length);
  void api.flags(documentId).then((flags) => {
    if (state.documentId !== documentId) return;
    state.flags = new Map(flags.pairs.map((p) => [p.id, p.flags]));
    state.documentFlags = flags.document;
    renderDocumentFlags();
    const toolbarEl = root.querySelector('.toolbar');
    toolbarEl?.replaceWith(toolbar());
    for (const id of state.flags.keys()) replaceRow(id);
    renderProgress();
    document.body.dataset.flags = 'ready';
  });
}

function toolbar(): HTMLElement {
  const statusSelect = h('select', { id: 'filter-status', 'aria-label': t('editor.filterStatus') }, h('option', { value: '', text: t('editor.allStatuses') }), ...STATUSES.map((s) => h('option', { value: s, text: t(`status.${s}`) })));
  statusSelect.addEventListener('change', () => {
    void saveEditing();
    state.filterStatus = statusSelect.value as Status | '';
    renderGrid();
  });
  const checks = [...new Set([...state.flags.values()].flat().map((f) => f.check))].sort();
  const flagSelect = h('select', { id: 'filter-flag', 'aria-label': t('editor.filterFlag') }, h('option', { value: '', text: t('editor.allFlags') }), ...checks.map((c) => h('option', { value: c, text: t(`checks.${c}`, { defaultValue: c }) })));
  flagSelect.addEventListener('change', () => {
    void saveEditing();
    state.filterFlag = flagSelect.value;
    renderGrid();
  });
  const review = h('input', { type: 'checkbox', id: 'filter-review' });
  review.addEventListener('change', () => {
    void saveEditing();
    state.reviewOnly = review.checked;
    renderGrid();
  });
  const textFilter = h('input', { type: 'search', id: 'filter-text', placeholder: t('find.filterText'), 'aria-label': t('find.filterText'), value: state.filterText });
  let typingTimer = 0;
  textFilter.addEventListener('input', () => {
    window.clearTimeout(typingTimer);
    typingTimer = window.setTimeout(() => {
      void saveEditing();
      state.filterText = textFilter.value;
      renderGrid();
    }, 150);
  });
  const bulkStatus = h('select', { id: 'status-shown', 'aria-label': t('editor.setStatusShown') }, h('option', { value: '', text: t('editor.setStatusShown') }), ...STATUSES.map((s) => h('option', { value: s, text: t(`status.${s}`) })));
  bulkStatus.addEventListener('change', () => {
    const status = bulkStatus.value as Status | '';
    bulkStatus.value = '';
    if (status) void setStatusOfShown(status);
  });
  const importInput = h('input', { type: 'file', id: 'import-xliff', accept: '.xlf,.xliff,.sdlxliff', hidden: true });
  importInput.addEventListener('change', () => {
    const file = importInput.files?.[0];
    if (!file) return;
    const form = new FormData();
    form.set('file', file);
    api
      .importXliff(state.documentId, form)
      .then(async (report) => {
        toast(t('editor.importReport', { updated: report.updated, unchanged: report.unchanged, conflicts: report.conflicts.length }));
        if (report.conflicts.length) showConflicts(report.conflicts);
        await reload();
      })
      .catch((err: unknown) => toast(errorText(err), 'error'))
      .finally(() => (importInput.value = ''));
  });
  const exportButton = (format: string, label: string) =>
    h('button', { class: 'export', 'data-format': format, text: label, onclick: () => void download(format === 'tbx' ? '/api/glossary/export?format=tbx&profile=omegat3' : `/api/documents/${state.documentId}/export?format=${format}`).catch((err: unknown) => toast(errorText(err), 'error')) });
  return h(
    'div',
    { class: 'toolbar' },
    statusSelect,
    flagSelect,
    h('label', { class: 'check' }, review, h('span', { text: t('editor.needsReviewOnly') })),
    textFilter,
    h('button', { id: 'open-find', text: t('find.open'), title: 'Ctrl+H', onclick: () => openFind() }),
    h('button', { id: 'confirm-shown', text: t('editor.confirmShown'), title: t('editor.confirmShownHelp'), onclick: () => void setStatusOfShown('translated') }),
    bulkStatus,
    h('span', { class: 'spacer' }),
    exportButton('xliff12', t('editor.exportXliff12')),
    exportButton('xliff20', t('editor.exportXliff20')),
    exportButton('tmx', t('editor.exportTmx')),
    exportButton('tbx', t('editor.exportTbx')),
    h('button', { id: 'import-xliff-button', text: t('editor.importXliff'), onclick: () => importInput.click() }),
    importInput,
    h('button', { id: 'open-analysis', text: t('editor.analysis'), onclick: () => void showAnalysis() }),
    h('button', { id: 'undo-alignment', text: t('editor.undoAlignment'), title: t('editor.undoAlignmentHelp'), onclick: () => void alignmentOp(() => api.undoAlignment(state.documentId)) }),
  );
}

function visible(p: Pair): boolean {
  if (state.filterText && !p.source.toLocaleLowerCase('en').includes(state.filterText.toLocaleLowerCase('en')) && !p.target.toLocaleLowerCase('tr').includes(state.filterText.toLocaleLowerCase('tr'))) return false;
  if (state.filterStatus && p.status !== state.filterStatus) return false;
  if (state.reviewOnly && !p.needsReview) return false;
  if (state.filterFlag && !(state.flags.get(p.id) ?? []).some((f) => f.check === state.filterFlag)) return false;
  return true;
}

const wordsOf = (text: string) => (text.trim() ? text.trim().split(/\s+/).length : 0);

/** The header's progress: pairs and source words confirmed, open flags. O(pairs); run when pairs or flags change. */
function renderProgress(): void {
  if (!progressLine) return;
  let done = 0;
  let words = 0;
  let doneWords = 0;
  for (const p of state.pairs) {
    const w = wordsOf(p.source);
    words += w;
    if (p.status !== 'draft') {
      done++;
      doneWords += w;
    }
  }
  let flags = 0;
  for (const list of state.flags.values()) flags += list.length;
  const percent = words ? Math.round((100 * doneWords) / words) : 0;
  const bar = h('progress', { max: 100, value: percent, 'aria-label': `${percent}%` });
  progressLine.replaceChildren(bar, ' ', t('editor.progress', { done, pairs: state.pairs.length, doneWords, words, percent, flags }));
}

let rows: VirtualList<Pair> | null = null;

/** Pairs of a long document shown before the rest is loaded: a multiple of the grid's block size. */
const FIRST_PAGE = 200;

/** Pairs whose first source segment opens a paragraph (the grid draws a rule above them). */
function markParagraphStarts(pairs: readonly (Pair & { paragraph: number | null })[], into: Set<number>, lastParagraph: number): number {
  let last = lastParagraph;
  for (const p of pairs) {
    const para = p.paragraph ?? last;
    if (para !== last) into.add(p.id);
    last = para;
  }
  return last;
}

/**
 * The rest of a long document, page by page, appended to the grid as it comes: pages of
 * REST_PAGE pairs keep each request short, so the server serves other users between them
 * (the whole 95,000-pair list in one answer held its event loop 3.3 s).
 */
const REST_PAGE = 5_000;

async function loadRest(documentId: number, from: number): Promise<void> {
  let offset = from;
  let lastParagraph = markParagraphStarts(state.pairs as (Pair & { paragraph: number | null })[], new Set(), -1);
  for (;;) {
    const { pairs: page, total } = await api.pairsWithTitle(documentId, { offset, limit: REST_PAGE });
    if (state.documentId !== documentId) return;
    lastParagraph = markParagraphStarts(page, state.paragraphStarts, lastParagraph);
    state.pairs.push(...page);
    const anyFilter = state.filterStatus || state.filterFlag || state.filterText || state.reviewOnly;
    if (anyFilter || !rows) renderGrid();
    else rows.extend(page);
    renderProgress();
    offset += page.length;
    if (!page.length || offset >= total) return;
  }
}

/** The grid: a header and the pairs the filters show, drawn near the viewport only (virtual-list.ts). */
function renderGrid(): void {
  renderProgress();
  const list = state.pairs.filter(visible);
  rows?.destroy();
  grid.replaceChildren(
    h('div', { class: 'row head', role: 'row' }, h('div', { class: 'num', role: 'columnheader', text: '#' }), h('div', { role: 'columnheader', text: t('editor.english') }), h('div', { role: 'columnheader', text: t('editor.turkish') }), h('div', { role: 'columnheader', text: t('editor.status') })),
  );
  rows = new VirtualList({ container: grid, items: list, keyOf: (p) => p.id, render: (p) => row(state.pairs[numberOf(p.id) - 1] ?? p), pinned: () => state.editing?.id ?? state.active });
  grid.dataset.complete = 'true';
}

let indexedPairs: Pair[] | null = null;
const pairIndex = new Map<number, number>();

/** A pair's position in the document, from 1: a map rebuilt when the list changes, not indexOf per row (O(n²) on 100,000 pairs). */
function numberOf(id: number): number {
  if (indexedPairs !== state.pairs || pairIndex.size !== state.pairs.length) {
    pairIndex.clear();
    state.pairs.forEach((p, k) => pairIndex.set(p.id, k));
    indexedPairs = state.pairs;
  }
  return (pairIndex.get(id) ?? -1) + 1;
}

function row(p: Pair): HTMLElement {
  const index = numberOf(p.id) - 1;
  const flags = state.flags.get(p.id) ?? [];
  const cell = (sideKey: 'src' | 'tgt') => {
    const editSide: EditSide = sideKey === 'src' ? 'source' : 'target';
    const text = p[editSide];
    const el = h('div', { class: `cell ${sideKey}`, role: 'gridcell', 'data-side': sideKey, lang: sideKey === 'src' ? 'en' : 'tr', onclick: (event: Event) => {
      event.stopPropagation();
      if (state.editing?.id !== p.id || state.editing.side !== editSide) activate(p.id, editSide);
    } });
    if (state.editing?.id === p.id && state.editing.side === editSide) {
      const area = h('textarea', { class: 'edit', id: `edit-${editSide}`, 'aria-label': t(sideKey === 'src' ? 'editor.english' : 'editor.turkish') });
      // what was typed survives a re-render of the row (flags arriving, a filter change)
      const draft = drafts.get(state.documentId, p.id, editSide);
      area.value = draft && draft.baseVersion === p.version ? draft.text : text;
      area.addEventListener('input', () => drafts.put({ documentId: state.documentId, pairId: p.id, side: editSide, text: area.value, baseVersion: p.version, at: new Date().toISOString() }));
      area.addEventListener('keydown', (event) => {
        if (event.key === 'Backspace' || event.key === 'Delete') {
          // a footnote marker goes whole or not at all
          const result = deleteKeepingMarkers(area.value, area.selectionStart, area.selectionEnd, event.key);
          if (!result) return;
          event.preventDefault();
          area.value = result.value;
          area.setSelectionRange(result.caret, result.caret);
          area.dispatchEvent(new Event('input'));
        } else if (event.key === 'F9' && editSide === 'target') {
          // the next marker the source has and this text lacks, at the caret
          event.preventDefault();
          const [next] = missingMarkers(p.source, area.value);
          if (!next) {
            toast(t('editor.noMissingMarker'));
            return;
          }
          area.setRangeText(next, area.selectionStart, area.selectionEnd, 'end');
          area.dispatchEvent(new Event('input'));
        }
      });
      el.append(area);
      queueMicrotask(() => {
        area.style.height = `${area.scrollHeight + 4}px`; // show the whole text, no inner scrolling
        area.focus();
      });
    } else {
      el.append(...renderFlagged(text, flags.filter((f) => f.side === sideKey), (f, mark) => showFlag(p, f, mark)));
    }
    return el;
  };
  const el = h(
    'div',
    {
      class: `row${state.active === p.id ? ' active' : ''}${state.paragraphStarts.has(p.id) ? ' para-start' : ''} status-${p.status}`,
      role: 'row',
      'data-id': p.id,
      tabindex: 0,
      'aria-label': t('editor.pairNumber', { n: index + 1 }),
      onclick: () => activate(p.id, 'target'),
    },
    h('div', { class: 'num', role: 'rowheader', text: String(index + 1) }),
    cell('src'),
    cell('tgt'),
    h(
      'div',
      { class: 'meta', role: 'gridcell' },
      h('span', { class: `badge ${p.status}`, text: t(`status.${p.status}`) }),
      p.needsReview && p.score !== null ? h('span', { class: 'review', title: t('editor.needsReviewHelp'), text: t('editor.score', { score: Math.round(p.score * 100) }) }) : null,
      p.comments ? h('span', { class: 'comments-badge', title: t('editor.commentsCount', { count: p.comments }), 'aria-label': t('editor.commentsCount', { count: p.comments }), text: `💬 ${p.comments}` }) : null,
    ),
  );
  return el;
}

function replaceRow(id: number): void {
  rows?.redraw(id);
}

/** Make a pair active, editing one of its sides (or none); what was being edited is saved first. */
function activate(id: number, edit: EditSide | null): void {
  const previous = state.active;
  const wasEditing = state.editing?.id ?? null;
  void saveEditing();
  state.active = id;
  state.editing = edit ? { id, side: edit } : null;
  rows?.reveal(id);
  for (const other of new Set([previous, wasEditing, id])) if (other !== null) replaceRow(other);
  rows?.reveal(id)?.scrollIntoView({ block: 'nearest' });
  renderSide();
}

function move(delta: number): void {
  const list = state.pairs.filter(visible);
  const k = list.findIndex((p) => p.id === state.active);
  const next = list[Math.max(0, Math.min(list.length - 1, k + delta))];
  if (next) activate(next.id, state.editing?.side ?? null);
}

/** The statuses Alt+1…4 set. */
const STATUS_KEYS: Record<string, Status> = { '1': 'draft', '2': 'translated', '3': 'reviewed', '4': 'final' };

function onKey(event: KeyboardEvent): void {
  if (!document.querySelector('#grid')) return;
  const typing = event.target instanceof HTMLTextAreaElement || event.target instanceof HTMLInputElement || event.target instanceof HTMLSelectElement;
  if (event.key === '?' && !typing && !event.ctrlKey && !event.altKey) {
    event.preventDefault();
    showShortcuts();
  } else if (event.key === 'F8') {
    event.preventDefault();
    goTo((p) => (state.flags.get(p.id) ?? []).length > 0, event.shiftKey ? -1 : 1, true);
  } else if (event.altKey && event.key.toLowerCase() === 'n') {
    event.preventDefault();
    goTo((p) => p.status === 'draft', event.shiftKey ? -1 : 1, false);
  } else if (event.ctrlKey && event.key.toLowerCase() === 'h') {
    event.preventDefault();
    openFind();
  } else if (event.ctrlKey && event.key.toLowerCase() === 'g') {
    event.preventDefault();
    askPairNumber();
  } else if (event.altKey && STATUS_KEYS[event.key] && state.active !== null) {
    event.preventDefault();
    void setStatus(state.active, STATUS_KEYS[event.key]!);
  } else if (event.key === 'Enter' && !typing && event.target instanceof HTMLElement && event.target.matches('.row[data-id]')) {
    // a focused row opens for editing, as a click does
    event.preventDefault();
    activate(Number(event.target.dataset.id), 'target');
  } else if (event.ctrlKey && event.key === 'Enter') {
    event.preventDefault();
    void confirmActive();
  } else if (event.key === 'Escape' && state.editing !== null) {
    // cancel: the typed text is dropped on purpose, the pair stays as saved
    const { id, side: editSide } = state.editing;
    drafts.remove(state.documentId, id, editSide);
    state.editing = null;
    replaceRow(id);
  } else if (event.altKey && (event.key === 'ArrowDown' || event.key === 'ArrowUp')) {
    event.preventDefault();
    move(event.key === 'ArrowDown' ? 1 : -1);
  } else if (event.altKey && state.active !== null && ['m', 's', 'u'].includes(event.key.toLowerCase())) {
    // alignment corrections: Alt+M merge with next, Alt+S split, Alt+U undo the last one
    event.preventDefault();
    const pair = state.pairs.find((p) => p.id === state.active)!;
    const key = event.key.toLowerCase();
    void alignmentOp(() => (key === 'm' ? api.mergeNext(pair.id, versionOf(pair.id)) : key === 's' ? api.split(pair.id, versionOf(pair.id), 1, 1) : api.undoAlignment(state.documentId)));
  }
}

/** Save the edited side and confirm the pair as translated (a confirmed pair enters the TM), then go to the next pair. */
async function confirmActive(): Promise<void> {
  const id = state.active;
  if (id === null) return;
  const pair = state.pairs.find((p) => p.id === id)!;
  const editSide = state.editing?.id === id ? state.editing.side : 'target';
  const area = document.querySelector<HTMLTextAreaElement>(`#edit-${editSide}`);
  const text = area ? area.value : pair[editSide];
  const status: Status = pair.status === 'draft' ? 'translated' : pair.status;
  if (!keepsMarkers(pair, editSide, text)) return;
  await saving;
  try {
    const updated = await api.updatePair(id, { version: pair.version, [editSide]: text, status });
    saved(updated, editSide);
    state.flags.set(id, await api.pairFlags(id));
    state.editing = null;
    replaceRow(id);
    move(1);
    if (state.active !== null) activate(state.active, 'target');
  } catch (err) {
    if (err instanceof ApiError && err.status === 409) showStale(pair, editSide, text, (err.body as { current: Pair }).current);
    else toast(errorText(err), 'error');
  }
}

/**
 * A Turkish text that lost a footnote marker the stored one had (and the source has):
 * ask before saving it. False when the translator says no (the text stays in the cell
 * and the drafts).
 */
function keepsMarkers(pair: Pair, editSide: EditSide, text: string): boolean {
  if (editSide !== 'target') return true;
  const before = new Set(missingMarkers(pair.source, pair.target));
  const lost = missingMarkers(pair.source, text).filter((m) => !before.has(m));
  return lost.length === 0 || window.confirm(t('editor.confirmLostMarkers', { markers: lost.join(' ') }));
}

/** The server has the text: the draft can go. */
function saved(updated: Pair, editSide: EditSide): void {
  applyPair(updated);
  const draft = drafts.get(state.documentId, updated.id, editSide);
  if (draft && draft.text === updated[editSide]) drafts.remove(state.documentId, updated.id, editSide);
}

/**
 * Save what is being edited, if it differs from the stored text — on leaving the cell in
 * any way: another pair, Alt+↑/↓, a filter, the breadcrumb. The text is read at once (the
 * row may be rebuilt right after); the draft stays until the server confirms, so a failed
 * save is offered back. A stale version opens the conflict dialog.
 */
export function saveEditing(): Promise<void> {
  if (!state?.editing) return saving.then(() => undefined);
  const { id, side: editSide } = state.editing;
  const area = document.querySelector<HTMLTextAreaElement>(`#edit-${editSide}`);
  const pair = state.pairs.find((p) => p.id === id);
  if (!area || !pair || area.value === pair[editSide]) return saving.then(() => undefined);
  const text = area.value;
  if (!keepsMarkers(pair, editSide, text)) return saving.then(() => undefined); // kept as a draft, offered back
  drafts.put({ documentId: state.documentId, pairId: id, side: editSide, text, baseVersion: pair.version, at: new Date().toISOString() });
  const run = saving.then(async () => {
    const current = state.pairs.find((p) => p.id === id) ?? pair;
    try {
      const updated = await api.updatePair(id, { version: current.version, [editSide]: text });
      saved(updated, editSide);
      state.flags.set(id, await api.pairFlags(id));
      if (state.editing?.id !== id) replaceRow(id);
      if (state.active === id) renderSide(); // its history has the new version
    } catch (err) {
      if (err instanceof ApiError && err.status === 409) showStale(current, editSide, text, (err.body as { current: Pair }).current);
      else toast(t('editor.saveFailed', { message: errorText(err) }), 'error');
    }
  });
  saving = run;
  return run;
}

/** Unsaved text when the page goes away (reload, closed tab): save it with a request that outlives the page, and ask the browser to warn. */
function unsavedText(): { pair: Pair; side: EditSide; text: string } | null {
  if (!state?.editing || !document.querySelector('#grid')) return null;
  const { id, side: editSide } = state.editing;
  const area = document.querySelector<HTMLTextAreaElement>(`#edit-${editSide}`);
  const pair = state.pairs.find((p) => p.id === id);
  return area && pair && area.value !== pair[editSide] ? { pair, side: editSide, text: area.value } : null;
}

window.addEventListener('beforeunload', (event) => {
  const unsaved = unsavedText();
  if (!unsaved) return;
  api.saveOnExit(unsaved.pair.id, { version: unsaved.pair.version, [unsaved.side]: unsaved.text });
  event.preventDefault();
  event.returnValue = ''; // older browsers show their prompt only with this
});

/** Drafts left from an earlier visit (a crash, a reload before the save came back): offered back. */
function offerDrafts(): void {
  const { offer, drop } = draftsToOffer(drafts.forDocument(state.documentId), new Map(state.pairs.map((p) => [p.id, p])));
  for (const d of drop) drafts.remove(d.documentId, d.pairId, d.side);
  if (!offer.length) return;
  const number = (d: Draft) => numberOf(d.pairId);
  const dialog: HTMLDialogElement = h(
    'dialog',
    { class: 'drafts', id: 'drafts-dialog', 'aria-labelledby': 'drafts-title' },
    h('h3', { id: 'drafts-title', text: t('editor.draftsTitle', { count: offer.length }) }),
    h('p', { text: t('editor.draftsHelp') }),
    h('ul', {}, offer.map((d) => h('li', {}, h('strong', { text: `${t('editor.pairNumber', { n: number(d) })} · ${t(d.side === 'source' ? 'editor.english' : 'editor.turkish')} · ${formatDate(d.at)}` }), h('p', { class: 'text', text: d.text })))),
    h('div', { class: 'buttons' }, h('button', {
      id: 'drafts-restore',
      text: t('editor.draftsRestore'),
      onclick: () => {
        dialog.close();
        void restoreDrafts(offer);
      },
    }),
    h('button', {
      id: 'drafts-discard',
      text: t('editor.draftsDiscard'),
      onclick: () => {
        dialog.close();
        for (const d of offer) drafts.remove(d.documentId, d.pairId, d.side);
      },
    })),
  );
  document.body.append(dialog);
  dialog.showModal();
}

async function restoreDrafts(offer: readonly Draft[]): Promise<void> {
  for (const d of offer) {
    const pair = state.pairs.find((p) => p.id === d.pairId);
    if (!pair) continue;
    try {
      const updated = await api.updatePair(pair.id, { version: d.baseVersion, [d.side]: d.text });
      saved(updated, d.side);
      state.flags.set(pair.id, await api.pairFlags(pair.id));
      replaceRow(pair.id);
    } catch (err) {
      if (err instanceof ApiError && err.status === 409) showStale(pair, d.side, d.text, (err.body as { current: Pair }).current);
      else toast(t('editor.saveFailed', { message: errorText(err) }), 'error');
    }
  }
}

/** The pair's version as the editor has it now (after any save). */
function versionOf(id: number): number {
  return state.pairs.find((p) => p.id === id)?.version ?? 0;
}

/**
 * The next (or previous) visible pair after the active one that `test` accepts, wrapping
 * around; it becomes active, and with `focusFlag` its first flag takes the focus.
 */
function goTo(test: (p: Pair) => boolean, direction: 1 | -1, focusFlag: boolean): void {
  const list = state.pairs.filter(visible);
  if (!list.length) return;
  const from = list.findIndex((p) => p.id === state.active);
  for (let step = 1; step <= list.length; step++) {
    const candidate = list[(((from + direction * step) % list.length) + list.length) % list.length]!;
    if (!test(candidate)) continue;
    activate(candidate.id, focusFlag ? null : 'target');
    if (focusFlag) rows?.reveal(candidate.id)?.querySelector<HTMLElement>('mark.flag')?.focus();
    return;
  }
  toast(t('editor.noneFound'));
}

/** Ctrl+G: a pair by its number. */
function askPairNumber(): void {
  document.querySelector('#goto-dialog')?.remove();
  const input = h('input', { type: 'number', id: 'goto-number', min: 1, max: state.pairs.length, required: true, 'aria-label': t('editor.goToLabel', { count: state.pairs.length }) });
  const form = h('form', { method: 'dialog' }, h('label', {}, h('span', { text: t('editor.goToLabel', { count: state.pairs.length }) }), input), h('div', { class: 'buttons' }, h('button', { type: 'submit', text: t('editor.goTo') })));
  const dialog: HTMLDialogElement = h('dialog', { id: 'goto-dialog', 'aria-label': t('editor.goTo') }, form);
  form.addEventListener('submit', () => {
    const pair = state.pairs[Number(input.value) - 1];
    if (!pair) return;
    // a filtered-out pair is shown anyway: the filters are cleared
    if (!visible(pair)) {
      state.filterStatus = '';
      state.filterFlag = '';
      state.reviewOnly = false;
      renderGrid();
    }
    queueMicrotask(() => activate(pair.id, 'target'));
  });
  document.body.append(dialog);
  dialog.showModal();
  input.focus();
}

/** The shortcut overlay (?). */
function showShortcuts(): void {
  document.querySelector('#shortcuts-dialog')?.remove();
  const keys: [string, string][] = [
    ['Ctrl+Enter', t('editor.keyConfirm')],
    ['Esc', t('editor.keyCancel')],
    ['Alt+↑ / Alt+↓', t('editor.keyMove')],
    ['F8 / Shift+F8', t('editor.keyNextFlag')],
    ['Alt+N / Alt+Shift+N', t('editor.keyNextDraft')],
    ['Ctrl+G', t('editor.keyGoTo')],
    ['Ctrl+H', t('find.title')],
    ['F9', t('editor.keyInsertMarker')],
    ['Alt+1 … Alt+4', t('editor.keyStatus')],
    ['Enter', t('editor.keyOpen')],
    ['Alt+M · Alt+S · Alt+U', t('editor.keyAlignment')],
    ['?', t('editor.keyHelp')],
  ];
  const dialog: HTMLDialogElement = h(
    'dialog',
    { id: 'shortcuts-dialog', 'aria-labelledby': 'shortcuts-title' },
    h('h3', { id: 'shortcuts-title', text: t('editor.shortcuts') }),
    h('dl', { class: 'keys' }, keys.flatMap(([k, what]) => [h('dt', {}, h('kbd', { text: k })), h('dd', { text: what })])),
    h('div', { class: 'buttons' }, h('button', { text: t('editor.close'), onclick: () => dialog.close() })),
  );
  document.body.append(dialog);
  dialog.showModal();
}

/** The leverage analysis (as `hizala analyze`): segments and words per TM match band. */
async function showAnalysis(): Promise<void> {
  document.querySelector('#analysis-dialog')?.remove();
  let report;
  try {
    report = await api.analysis(state.documentId);
  } catch (err) {
    toast(errorText(err), 'error');
    return;
  }
  const rows = Object.entries(report.bands).map(([band, v]) => h('tr', {}, h('th', { scope: 'row', text: t(`band.${band}`, { defaultValue: band }) }), h('td', { text: formatNumber(v.segments) }), h('td', { text: formatNumber(v.words) })));
  const dialog: HTMLDialogElement = h(
    'dialog',
    { id: 'analysis-dialog', 'aria-labelledby': 'analysis-title' },
    h('h3', { id: 'analysis-title', text: t('editor.analysis') }),
    h('table', { class: 'analysis' },
      h('thead', {}, h('tr', {}, h('th', { scope: 'col', text: t('editor.analysisBand') }), h('th', { scope: 'col', text: t('editor.segments') }), h('th', { scope: 'col', text: t('editor.words') }))),
      h('tbody', {}, ...rows, h('tr', { class: 'total' }, h('th', { scope: 'row', text: t('editor.total') }), h('td', { text: formatNumber(report.total.segments) }), h('td', { text: formatNumber(report.total.words) }))),
    ),
    h('div', { class: 'buttons' }, h('button', { text: t('editor.close'), onclick: () => dialog.close() })),
  );
  document.body.append(dialog);
  dialog.showModal();
}

function openFind(): void {
  openFindPanel(state.documentId, { beforeChange: saveEditing, afterChange: reload, numberOf });
}

/** One status for every pair the filters show, as one undoable batch; confirmed pairs enter the TM. */
async function setStatusOfShown(status: Status): Promise<void> {
  await saveEditing();
  const shown = state.pairs.filter((p) => visible(p) && p.status !== status && (status === 'draft' || p.target.trim()));
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

/** Alt+1…4: the active pair's status, with the text being edited saved along. */
async function setStatus(id: number, status: Status): Promise<void> {
  await saveEditing();
  const pair = state.pairs.find((p) => p.id === id);
  if (!pair || pair.status === status) return;
  try {
    const updated = await api.updatePair(id, { version: pair.version, status });
    applyPair(updated);
    replaceRow(id);
    toast(t('editor.statusSet', { status: t(`status.${status}`) }));
  } catch (err) {
    if (err instanceof ApiError && err.status === 409) toast(t('editor.staleStatus'), 'error');
    else toast(errorText(err), 'error');
  }
}

function applyPair(updated: Pair): void {
  const k = numberOf(updated.id) - 1;
  if (k >= 0) state.pairs[k] = { ...updated, needsReview: updated.needsReview ?? false };
  renderProgress();
}

/**
 * A stale edit (someone changed the pair since it was loaded): both texts, what differs
 * between them word by word, and three ways on — keep mine, take theirs, or edit a merged
 * text. Until one is chosen the typed text stays in the drafts.
 */
function showStale(pair: Pair, editSide: EditSide, mine: string, current: Pair): void {
  document.querySelector('#stale-dialog')?.remove();
  const theirs = current[editSide];
  const merged = h('textarea', { class: 'merged', id: 'stale-merged', 'aria-label': t('editor.mergedVersion') });
  merged.value = mine;
  const diff = h('p', { class: 'diff', id: 'stale-diff' });
  for (const part of diffWords(theirs, mine)) diff.append(h(part.added ? 'ins' : part.removed ? 'del' : 'span', { text: part.value }));
  const write = (text: string) => {
    dialog.close();
    api
      .updatePair(pair.id, { version: current.version, [editSide]: text })
      .then(async (p) => {
        saved(p, editSide);
        drafts.remove(state.documentId, p.id, editSide);
        state.flags.set(p.id, await api.pairFlags(p.id));
        if (state.editing?.id === p.id) state.editing = null;
        replaceRow(p.id);
      })
      .catch((err: unknown) => toast(errorText(err), 'error'));
  };
  const dialog: HTMLDialogElement = h(
    'dialog',
    { class: 'stale', id: 'stale-dialog', 'aria-labelledby': 'stale-title' },
    h('h3', { id: 'stale-title', text: t('editor.staleTitle') }),
    h('p', { text: t('editor.staleHelp') }),
    h('h4', { text: t('editor.theirVersion') }),
    h('p', { class: 'text', id: 'stale-theirs', text: theirs }),
    h('h4', { text: t('editor.yourVersion') }),
    h('p', { class: 'text', id: 'stale-mine', text: mine }),
    h('h4', { text: t('editor.differences') }),
    diff,
    h('h4', { text: t('editor.mergedVersion') }),
    merged,
    h('div', { class: 'buttons' },
      h('button', { id: 'stale-keep-mine', text: t('editor.keepMine'), onclick: () => write(mine) }),
      h('button', {
        id: 'stale-take-theirs',
        text: t('editor.takeTheirs'),
        onclick: () => {
          dialog.close();
          applyPair(current);
          drafts.remove(state.documentId, pair.id, editSide);
          if (state.editing?.id === pair.id) state.editing = null;
          replaceRow(current.id);
        },
      }),
      h('button', { id: 'stale-save-merged', text: t('editor.saveMerged'), onclick: () => write(merged.value) }),
    ),
  );
  document.body.append(dialog);
  dialog.showModal();
}

function showFlag(pair: Pair, flag: Flag, anchor: HTMLElement): void {
  document.querySelector('#flag-popover')?.remove();
  const popover = h(
    'div',
    // clicks inside stay here: the cell around would otherwise take them as "edit this side"
    { class: 'popover', id: 'flag-popover', role: 'dialog', onclick: (event: Event) => event.stopPropagation() },
    h('p', { text: flagMessage(flag) }),
    flag.fix !== undefined
      ? h('button', {
          class: 'apply-fix',
          text: flag.fix ? t('editor.applyFix', { fix: flag.fix }) : t('editor.applyRemoval'),
          onclick: () => {
            popover.remove();
            api
              .fix(pair.id, { version: pair.version, side: flag.side, start: flag.start, end: flag.end, replacement: flag.fix!, check: flag.check })
              .then(async ({ pair: updated, flags }) => {
                applyPair(updated);
                state.flags.set(updated.id, flags);
                replaceRow(updated.id);
                toast(t('editor.fixed'));
                if (flag.check === 'forbidden-variant') await refreshDocumentFlags();
              })
              .catch((err: unknown) => toast(errorText(err), 'error'));
          },
        })
      : null,
    h('button', { class: 'close', text: t('editor.close'), onclick: () => popover.remove() }),
  );
  anchor.after(popover);
  // Enter applies the fix at once; Escape closes and gives the focus back to the flag
  (popover.querySelector<HTMLButtonElement>('.apply-fix') ?? popover.querySelector<HTMLButtonElement>('.close'))?.focus();
  popover.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    popover.remove();
    anchor.focus();
  });
}

async function refreshDocumentFlags(): Promise<void> {
  const flags = await api.flags(state.documentId);
  state.documentFlags = flags.document;
  state.flags = new Map(flags.pairs.map((p) => [p.id, p.flags]));
  renderDocumentFlags();
}

const PANEL_KEY = 'hizala.docPanelOpen';
/** Places listed per document-level finding; the rest are counted (F8 reaches every flagged pair). */
const PLACES_SHOWN = 12;

/** The document-level findings, in a panel that folds away (remembered) so the pairs start near the top. */
function renderDocumentFlags(): void {
  docPanel.replaceChildren();
  if (!state.documentFlags.length) return;
  const places = state.documentFlags.reduce((n, d) => n + d.places.length, 0);
  const details = h('details', { id: 'doc-flags-details' }, h('summary', {}, h('h2', { text: t('editor.documentFlagsCount', { count: state.documentFlags.length, places }) })));
  // open unless the translator closed it, or it would push the pairs far down
  const remembered = localStorage.getItem(PANEL_KEY);
  details.open = remembered ? remembered === 'open' : places <= 30;
  details.addEventListener('toggle', () => localStorage.setItem(PANEL_KEY, details.open ? 'open' : 'closed'));
  docPanel.append(details);
  for (const d of state.documentFlags) {
    details.append(
      h(
        'div',
        { class: 'doc-flag', 'data-check': d.check },
        h('p', { text: t(d.messageKey, { ...d.params, interpolation: { escapeValue: false } }) }),
        h(
          'ul',
          {},
          d.places.slice(0, PLACES_SHOWN).map((place) =>
            h('li', {}, h('a', { href: '#', text: `${t('editor.pairNumber', { n: numberOf(place.pairId) })}: ${place.found}`, onclick: (e: Event) => {
              e.preventDefault();
              activate(place.pairId, null);
            } })),
          ),
          d.places.length > PLACES_SHOWN ? h('li', { class: 'hint', text: t('editor.morePlaces', { count: d.places.length - PLACES_SHOWN }) }) : null,
        ),
      ),
    );
  }
}

/** An alignment correction: what is being edited is saved first (the op then reads the new version). */
async function alignmentOp(op: () => Promise<unknown>): Promise<void> {
  try {
    await saveEditing();
    await op();
    await reload();
  } catch (err) {
    toast(errorText(err), 'error');
  }
}

async function reload(): Promise<void> {
  await saveEditing();
  const [pairs, flags] = await Promise.all([api.pairs(state.documentId), api.flags(state.documentId)]);
  state.pairs = pairs;
  state.flags = new Map(flags.pairs.map((p) => [p.id, p.flags]));
  state.documentFlags = flags.document;
  if (state.active !== null && !pairs.some((p) => p.id === state.active)) state.active = null;
  state.editing = null;
  renderDocumentFlags();
  renderGrid();
  renderSide();
}

/**
 * Pairs changed both here and in a returned XLIFF file: for each, both texts with their
 * word differences, and the choice — keep ours (nothing to do) or take the file's (saved
 * as a revision); "take all from the file" for the lot.
 */
function showConflicts(conflicts: { pairId: number; ours: string; theirs: string }[]): void {
  document.querySelector('#conflicts-dialog')?.remove();
  const take = async (c: { pairId: number; theirs: string }, entry: HTMLElement) => {
    const pair = state.pairs.find((p) => p.id === c.pairId);
    if (!pair) return;
    try {
      const updated = await api.updatePair(pair.id, { version: pair.version, target: c.theirs });
      applyPair(updated);
      state.flags.set(pair.id, await api.pairFlags(pair.id));
      replaceRow(pair.id);
      entry.dataset.resolved = 'theirs';
      entry.querySelectorAll('button').forEach((b) => (b.disabled = true));
    } catch (err) {
      toast(errorText(err), 'error');
    }
  };
  const entries = conflicts.map((c) => {
    const entry: HTMLElement = h(
      'div',
      { class: 'conflict', 'data-pair': c.pairId },
      h('strong', { text: t('editor.pairNumber', { n: numberOf(c.pairId) }) }),
      h('p', { class: 'text', text: `${t('editor.here')}: ${c.ours}` }),
      h('p', { class: 'text', text: `${t('editor.file')}: ${c.theirs}` }),
      diffParagraph(c.ours, c.theirs, 'target'),
      h('div', { class: 'buttons' },
        h('button', { class: 'keep-ours', text: t('editor.keepOurs'), onclick: () => { entry.dataset.resolved = 'ours'; entry.querySelectorAll('button').forEach((b) => (b.disabled = true)); } }),
        h('button', { class: 'take-theirs', text: t('editor.takeFile'), onclick: () => void take(c, entry) }),
      ),
    );
    return entry;
  });
  const dialog: HTMLDialogElement = h(
    'dialog',
    { class: 'conflicts', id: 'conflicts-dialog', 'aria-labelledby': 'conflicts-title' },
    h('h3', { id: 'conflicts-title', text: t('editor.conflictsTitle', { count: conflicts.length }) }),
    ...entries,
    h('div', { class: 'buttons' },
      h('button', { id: 'conflicts-take-all', text: t('editor.takeAllFromFile'), onclick: () => void (async () => { for (const [k, c] of conflicts.entries()) if (!entries[k]!.dataset.resolved) await take(c, entries[k]!); })() }),
      h('button', { text: t('editor.close'), onclick: () => dialog.close() }),
    ),
  );
  document.body.append(dialog);
  dialog.showModal();
}

/** The side panel for the active pair. */
function renderSide(): void {
  side.replaceChildren();
  const pair = state.pairs.find((p) => p.id === state.active);
  if (!pair) {
    side.append(h('p', { class: 'hint', text: t('editor.pickPair') }), h('p', { class: 'hint', text: t('editor.keys') }));
    return;
  }
  const matches = h('section', { id: 'tm-matches' }, h('h3', { text: t('editor.tmMatches') }), h('p', { class: 'hint', text: t('editor.loading') }));
  const terms = h('section', { id: 'terms' }, h('h3', { text: t('editor.terms') }));
  const history = h('section', { id: 'history' }, h('h3', { text: t('editor.history') }));
  const comments = h('section', { id: 'comments' }, h('h3', { text: t('editor.comments') }));
  side.append(alignmentActions(pair), comments, matches, concordance(), terms, addTermForm(), history);
  void api.comments(pair.id).then((list) => renderComments(comments, pair, list));
  void api.matches(pair.id).then((list) => {
    matches.replaceChildren(h('h3', { text: t('editor.tmMatches') }));
    if (!list.length) matches.append(h('p', { class: 'hint', text: t('editor.noMatches') }));
    for (const m of list) {
      const diff = h('p', { class: 'diff' });
      for (const part of diffWords(m.unit.source, pair.source)) diff.append(h(part.added ? 'ins' : part.removed ? 'del' : 'span', { text: part.value }));
      matches.append(
        h(
          'div',
          { class: 'match' },
          h('span', { class: 'pct', text: m.context ? t('editor.contextMatch') : `${m.score}%` }),
          diff,
          h('p', { class: 'match-target', text: m.unit.target }),
          h('button', {
            text: t('editor.useMatch'),
            onclick: () => {
              activate(pair.id, 'target');
              queueMicrotask(() => {
                const area = document.querySelector<HTMLTextAreaElement>('#edit-target');
                if (!area) return;
                area.value = m.unit.target;
                area.dispatchEvent(new Event('input')); // kept as a draft like typed text
              });
            },
          }),
        ),
      );
    }
  });
  void api
    .terms(pair.id)
    .then((list) => {
      if (!list.length) terms.append(h('p', { class: 'hint', text: t('editor.noTerms') }));
      for (const term of list) terms.append(h('p', { class: `term ${term.status}`, text: `${term.found} — ${term.en ?? '?'} / ${term.tr ?? '?'}${term.status === 'preferred' ? '' : ` (${t(`termStatus.${term.status}`)})`}` }));
    });
  void api.revisions(pair.id).then((revisions) => renderHistory(history, pair, revisions));
}

/** A pair's comments (who, when, what) and a form for one more; the grid's badge follows. */
function renderComments(section: HTMLElement, pair: Pair, list: Comment[]): void {
  section.replaceChildren(h('h3', { text: t('editor.comments') }));
  const count = (n: number) => {
    const k = numberOf(pair.id) - 1;
    if (k >= 0) state.pairs[k] = { ...state.pairs[k]!, comments: n };
    replaceRow(pair.id);
  };
  for (const c of list) {
    section.append(
      h('div', { class: 'comment' },
        h('p', { class: 'who', text: `${c.author ?? t('editor.unknownAuthor')} · ${formatDate(c.at)}${c.origin?.startsWith('xliff:') ? ` · ${t('origin.xliff')}` : ''}` }),
        h('p', { class: 'comment-text', text: c.text }),
        h('button', { class: 'delete-comment', text: t('editor.deleteComment'), 'aria-label': t('editor.deleteComment'), onclick: () => void api.deleteComment(pair.id, c.id).then(() => api.comments(pair.id)).then((l) => { renderComments(section, pair, l); count(l.length); }, (err: unknown) => toast(errorText(err), 'error')) }),
      ),
    );
  }
  const text = h('textarea', { id: 'comment-text', rows: 2, 'aria-label': t('editor.commentPlaceholder'), placeholder: t('editor.commentPlaceholder') });
  const form = h('form', { class: 'add-comment' }, text, h('button', { type: 'submit', id: 'add-comment', text: t('editor.addComment') }));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (!text.value.trim()) return;
    void api
      .addComment(pair.id, text.value)
      .then(() => api.comments(pair.id))
      .then((l) => {
        renderComments(section, pair, l);
        count(l.length);
      }, (err: unknown) => toast(errorText(err), 'error'));
  });
  section.append(form);
}

/** A word diff of two texts as <ins>/<del>. */
function diffParagraph(before: string, after: string, side: EditSide): HTMLElement {
  const p = h('p', { class: `diff ${side}`, lang: side === 'source' ? 'en' : 'tr' });
  for (const part of diffWords(before, after)) p.append(h(part.added ? 'ins' : part.removed ? 'del' : 'span', { text: part.value }));
  return p;
}

/**
 * The pair's history, newest first: who, why (in the UI's language), when, the status
 * change and word diffs of whichever side changed; Undo and Redo step through it
 * (history.ts), and any earlier version can be restored.
 */
function renderHistory(history: HTMLElement, pair: Pair, revisions: Revision[]): void {
  const step = (target: Revision, reason: 'undo' | 'redo' | 'restore') =>
    void saveEditing()
      .then(() => api.updatePair(pair.id, { version: versionOf(pair.id), source: target.source, target: target.target, status: target.status, reason }))
      .then(async (p) => {
        applyPair(p);
        state.flags.set(p.id, await api.pairFlags(p.id));
        if (state.editing?.id === p.id) state.editing = null;
        replaceRow(p.id);
        renderSide();
      })
      .catch((err: unknown) => toast(errorText(err), 'error'));
  const undo = undoTarget(revisions);
  const redo = redoTarget(revisions);
  history.append(
    h('div', { class: 'buttons' },
      h('button', { id: 'undo-edit', text: t('editor.undoEdit'), disabled: !undo, onclick: () => undo && step(undo, 'undo') }),
      h('button', { id: 'redo-edit', text: t('editor.redoEdit'), disabled: !redo, onclick: () => redo && step(redo, 'redo') }),
    ),
  );
  [...revisions].reverse().forEach((r, k) => {
    const previous = revisions[revisions.length - 2 - k];
    const origin = originKey(r.origin);
    const who = `v${r.version} · ${r.author ?? t('editor.unknownAuthor')} · ${t(origin.key, { defaultValue: r.origin ?? '' })}${origin.detail ? ` (${t(`checks.${origin.detail}`, { defaultValue: origin.detail })})` : ''} · ${formatDate(r.at)}`;
    const entry = h('div', { class: 'revision' }, h('p', { class: 'who', text: who }));
    if (!previous) entry.append(diffParagraph(r.source, r.source, 'source'), diffParagraph(r.target, r.target, 'target'));
    else {
      if (previous.status !== r.status) entry.append(h('p', { class: 'status-change', text: `${t(`status.${previous.status}`)} → ${t(`status.${r.status}`)}` }));
      if (previous.source !== r.source) entry.append(diffParagraph(previous.source, r.source, 'source'));
      if (previous.target !== r.target) entry.append(diffParagraph(previous.target, r.target, 'target'));
    }
    if (k > 0) entry.append(h('button', { class: 'restore', text: t('editor.restoreVersion', { version: r.version }), onclick: () => step(r, 'restore') }));
    history.append(entry);
  });
}

function alignmentActions(pair: Pair): HTMLElement {
  return h(
    'section',
    { class: 'align-actions' },
    h('h3', { text: t('editor.alignment') }),
    h('button', { text: t('editor.mergeNext'), onclick: () => void alignmentOp(() => api.mergeNext(pair.id, versionOf(pair.id))) }),
    h('button', { text: t('editor.split'), title: t('editor.splitHelp'), onclick: () => void alignmentOp(() => api.split(pair.id, versionOf(pair.id), 1, 1)) }),
    h('button', { text: t('editor.moveFirstTarget'), onclick: () => void alignmentOp(() => api.move(pair.id, versionOf(pair.id), 'tgt', 'first')) }),
    h('button', { text: t('editor.moveLastTarget'), onclick: () => void alignmentOp(() => api.move(pair.id, versionOf(pair.id), 'tgt', 'last')) }),
  );
}

function concordance(): HTMLElement {
  const input = h('input', { type: 'search', id: 'concordance-input', placeholder: t('editor.concordancePlaceholder'), 'aria-label': t('editor.concordance') });
  const results = h('div', { id: 'concordance-results' });
  const form = h('form', { class: 'concordance' }, h('h3', { text: t('editor.concordance') }), input, results);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (!input.value.trim()) return;
    void api.concordance(input.value).then((hits) => {
      results.replaceChildren();
      if (!hits.length) results.append(h('p', { class: 'hint', text: t('editor.noHits') }));
      for (const hit of hits.slice(0, 20)) results.append(h('div', { class: 'hit' }, highlighted(hit.source, hit.sourceRanges), highlighted(hit.target, hit.targetRanges)));
    });
  });
  return form;
}

function highlighted(text: string, ranges: [number, number][]): HTMLElement {
  const p = h('p', {});
  let at = 0;
  for (const [s, e] of ranges) {
    p.append(text.slice(at, s), h('strong', { text: text.slice(s, e) }));
    at = e;
  }
  p.append(text.slice(at));
  return p;
}

function addTermForm(): HTMLElement {
  const entry = h('input', { name: 'entry', required: true, placeholder: t('editor.termEntry'), 'aria-label': t('editor.termEntry'), pattern: '[\\p{L}\\p{N}_.\\-]+' });
  const lang = h('select', { name: 'lang', 'aria-label': t('editor.termLanguage') }, h('option', { value: 'en', text: t('editor.english') }), h('option', { value: 'tr', text: t('editor.turkish') }));
  const term = h('input', { name: 'term', required: true, placeholder: t('editor.term'), 'aria-label': t('editor.term') });
  const status = h('select', { name: 'status', 'aria-label': t('editor.termStatusLabel') }, ...['preferred', 'admitted', 'deprecated', 'forbidden'].map((s) => h('option', { value: s, text: t(`termStatus.${s}`) })));
  const form = h('form', { class: 'add-term' }, h('h3', { text: t('editor.addTerm') }), entry, lang, term, status, h('button', { type: 'submit', text: t('editor.add') }));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    api
      .addTerm({ entry: entry.value, lang: lang.value, term: term.value, status: status.value })
      .then(async () => {
        toast(t('editor.termAdded'));
        await reload(); // the document is checked again against the new term
      })
      .catch((err: unknown) => toast(errorText(err), 'error'));
  });
  return form;
}
