import { api, type Pair } from '../api';
import { h } from '../dom';
import type { EditSide } from '../drafts';
import { renderFlagged } from '../flags';
import { caretOutsideMarkers, deleteKeepingMarkers, missingMarkers } from '../markers';
import { t, toast } from '../ui';
import { VirtualList } from '../virtual-list';
import { drafts, keepDraft } from './editing';
import { showFlag, showWord } from './flag-popover';
import { activate } from './navigation';
import { anyFilter, numberOf, progressOf, shownPairs, state } from './store';

/**
 * The grid: a header and the pairs the filters show, drawn near the viewport only
 * (virtual-list.ts); a row is drawn again only when its pair changes. A long document
 * arrives in pages and is appended as it comes.
 */

let rows: VirtualList<Pair> | null = null;
let gridEl: HTMLElement;
let progressEl: HTMLElement;

export function mountGrid(grid: HTMLElement, progress: HTMLElement): void {
  gridEl = grid;
  progressEl = progress;
}

/** Pairs of a long document shown before the rest is loaded: a multiple of the grid's block size. */
export const FIRST_PAGE = 200;

/**
 * Pages after the first: REST_PAGE pairs keep each request short, so the server serves
 * other users between them (the whole 95,000-pair list in one answer held its event loop 3.3 s).
 */
const REST_PAGE = 5_000;

/** Marks the pairs whose first source segment opens a paragraph; returns the last paragraph seen. */
export function markParagraphStarts(pairs: readonly Pair[], into: Set<number>, lastParagraph: number): number {
  let last = lastParagraph;
  for (const p of pairs) {
    const para = p.paragraph ?? last;
    if (para !== last) into.add(p.id);
    last = para;
  }
  return last;
}

/** The rest of a long document, page by page. */
export async function loadRest(documentId: number, from: number): Promise<void> {
  let offset = from;
  let lastParagraph = markParagraphStarts(state.pairs, new Set(), -1);
  for (;;) {
    const { pairs: page, total } = await api.pairsWithTitle(documentId, { offset, limit: REST_PAGE });
    if (state.documentId !== documentId) return;
    lastParagraph = markParagraphStarts(page, state.paragraphStarts, lastParagraph);
    state.pairs.push(...page);
    if (anyFilter(state.filters) || !rows) renderGrid();
    else rows.extend(page);
    renderProgress();
    offset += page.length;
    if (!page.length || offset >= total) return;
  }
}

/** The header's progress: pairs and source words confirmed, open flags. */
export function renderProgress(): void {
  if (!progressEl) return;
  const p = progressOf(state.pairs, state.flags);
  const bar = h('progress', { max: 100, value: p.percent, 'aria-label': `${p.percent}%` });
  progressEl.replaceChildren(bar, ' ', t('editor.progress', { ...p }), p.accepted ? ` · ${t('editor.progressAccepted', { count: p.accepted })}` : '');
}

export function renderGrid(): void {
  renderProgress();
  rows?.destroy();
  gridEl.replaceChildren(
    h('div', { class: 'row head', role: 'row' }, h('div', { class: 'num', role: 'columnheader', text: '#' }), h('div', { role: 'columnheader', text: t('editor.english') }), h('div', { role: 'columnheader', text: t('editor.turkish') }), h('div', { role: 'columnheader', text: t('editor.status') })),
  );
  rows = new VirtualList({ container: gridEl, items: shownPairs(), keyOf: (p) => p.id, render: (p) => row(state.pairs[numberOf(p.id) - 1] ?? p), pinned: () => state.editing?.id ?? state.active });
  gridEl.dataset.complete = 'true';
}

export const replaceRow = (id: number): void => rows?.redraw(id);
export const revealRow = (id: number): HTMLElement | null => rows?.reveal(id) ?? null;

/** The textarea for editing one side in place: drafts on every input, markers kept whole, F9 inserts a missing one. */
function editor(p: Pair, editSide: EditSide, label: string): HTMLTextAreaElement {
  const area = h('textarea', { class: 'edit', id: `edit-${editSide}`, 'aria-label': label });
  // what was typed survives a re-render of the row (flags arriving, a filter change)
  const draft = drafts.get(state.documentId, p.id, editSide);
  area.value = draft && draft.baseVersion === p.version ? draft.text : p[editSide];
  area.addEventListener('input', () => keepDraft(p, editSide, area.value));
  // the caret never stands inside a marker, so typing cannot split one
  const keepCaretOut = () => {
    if (area.selectionStart !== area.selectionEnd) return;
    const at = caretOutsideMarkers(area.value, area.selectionStart);
    if (at !== area.selectionStart) area.setSelectionRange(at, at);
  };
  area.addEventListener('keyup', keepCaretOut);
  area.addEventListener('click', keepCaretOut);
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
  queueMicrotask(() => {
    area.style.height = `${area.scrollHeight + 4}px`; // show the whole text, no inner scrolling
    area.focus();
  });
  return area;
}

function row(p: Pair): HTMLElement {
  const index = numberOf(p.id) - 1;
  const flags = state.flags.get(p.id) ?? [];
  const cell = (sideKey: 'src' | 'tgt') => {
    const editSide: EditSide = sideKey === 'src' ? 'source' : 'target';
    const label = t(sideKey === 'src' ? 'editor.english' : 'editor.turkish');
    const el = h('div', {
      class: `cell ${sideKey}`,
      role: 'gridcell',
      'data-side': sideKey,
      lang: sideKey === 'src' ? 'en' : 'tr',
      onclick: (event: Event) => {
        event.stopPropagation();
        if (state.editing?.id !== p.id || state.editing.side !== editSide) activate(p.id, editSide);
      },
    });
    if (state.editing?.id === p.id && state.editing.side === editSide) el.append(editor(p, editSide, label));
    else
      el.append(
        ...renderFlagged(p[editSide], flags.filter((f) => f.side === sideKey), (f, mark) => showFlag(p, f, mark), state.spelling.get(p.id)?.[sideKey] ?? [], (w, mark) =>
          showWord(sideKey === 'src' ? 'en' : 'tr', w, mark),
        ),
      );
    return el;
  };
  return h(
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
}
