import { api } from '../api';
import { clear, h } from '../dom';
import { t } from '../ui';
import { renderDocumentFlags } from './doc-panel';
import { offerDrafts } from './editing';
import { FIRST_PAGE, loadRest, markParagraphStarts, mountGrid, renderGrid, renderProgress, replaceRow, revealRow } from './grid';
import { onKey } from './keyboard';
import { mountSide, renderSide } from './side-panel';
import { NO_FILTERS, openState, state, takeFlags, takeSpelling, view } from './store';
import { toolbar } from './toolbar';

export { saveEditing } from './editing';

/**
 * The editor for one document: a two-column grid of pairs (English | Turkish) with flags
 * underlined, editing either side in place, a side panel for the active pair, the
 * document's findings in a panel that folds away, and a toolbar. This module lays the
 * page out and wires the parts (store.ts holds the state; grid, side panel, document
 * panel, dialogs, commands and keyboard are modules of their own).
 */
export async function renderEditor(root: HTMLElement, documentId: number): Promise<void> {
  delete document.body.dataset.flags; // set again when this document's flags are in
  delete document.body.dataset.document; // set again when this document's pairs are shown
  delete document.body.dataset.spelling;
  clear(root);
  root.append(h('p', { role: 'status', text: t('editor.loading') }));
  // a long document: its first screenful at once, the rest right after (a 95,000-pair
  // list is 44 MB and took seconds to send and read); the flags (every check over the
  // document) are asked for after the pairs, which they would otherwise delay
  const { title, pairs, total } = await api.pairsWithTitle(documentId, { offset: 0, limit: FIRST_PAGE });
  const paragraphStarts = new Set<number>();
  markParagraphStarts(pairs, paragraphStarts, -1);
  openState({ documentId, pairs, flags: new Map(), spelling: new Map(), documentFlags: [], active: null, editing: null, filters: { ...NO_FILTERS }, paragraphStarts });
  clear(root);
  document.body.dataset.document = String(documentId);
  document.querySelector('#crumbs')!.replaceChildren(h('a', { href: '#/', text: t('documents.title') }), ' › ', h('span', { text: title }));
  const grid = h('div', { class: 'grid', id: 'grid', role: 'grid', 'aria-label': title });
  const side = h('aside', { class: 'side', id: 'side' });
  const docPanel = h('section', { class: 'doc-flags', id: 'doc-flags' });
  const progress = h('p', { class: 'progress-line', id: 'progress', role: 'status' });
  root.append(h('div', { class: 'editor' }, h('div', { class: 'main-col' }, toolbar(), progress, docPanel, grid), side));
  mountGrid(grid, progress);
  mountSide(side);
  Object.assign(view, { renderGrid, replaceRow, reveal: revealRow, renderSide, renderProgress, renderDocumentFlags: () => renderDocumentFlags(docPanel) });
  renderGrid();
  renderSide();
  document.onkeydown = onKey;
  offerDrafts();
  if (total > pairs.length) void loadRest(documentId, pairs.length);
  void api.flags(documentId).then((flags) => {
    if (state.documentId !== documentId) return;
    takeFlags(flags);
    view.renderDocumentFlags();
    root.querySelector('.toolbar')?.replaceWith(toolbar()); // the flag filter lists the checks found
    for (const id of state.flags.keys()) replaceRow(id);
    renderProgress();
    document.body.dataset.flags = 'ready';
  });
  // spelling comes after (the Turkish dictionary takes seconds to load the first time)
  void api.spelling(documentId).then((report) => {
    if (state.documentId !== documentId) return;
    takeSpelling(report);
    for (const p of report.pairs) if (p.src.length || p.tgt.length) replaceRow(p.id);
    document.body.dataset.spelling = 'ready';
  }, () => undefined);
}
