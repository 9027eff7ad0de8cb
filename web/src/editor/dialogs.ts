import { api, type LeverageReport, type Pair } from '../api';
import { h } from '../dom';
import type { Draft, EditSide } from '../drafts';
import { errorText, formatDate, formatNumber, t, toast } from '../ui';
import { diffParagraph } from './diff-view';
import { numberOf, state } from './store';

/**
 * The editor's dialogs. Each builds a modal <dialog> and says what the user chose
 * through callbacks; none of them writes anything itself.
 */

function open(dialog: HTMLDialogElement): HTMLDialogElement {
  document.querySelector(`#${dialog.id}`)?.remove();
  dialog.dataset.documentScoped = ''; // closed when the editor leaves this document (main.ts)
  document.body.append(dialog);
  dialog.showModal();
  return dialog;
}

const sideName = (side: EditSide) => t(side === 'source' ? 'editor.english' : 'editor.turkish');

/**
 * A stale edit (someone changed the pair since it was loaded): both texts, what differs
 * between them word by word, and three ways on — keep mine, take theirs, or edit a merged
 * text. Until one is chosen the typed text stays in the drafts.
 */
export function staleDialog(editSide: EditSide, mine: string, current: Pair, choose: { write: (text: string) => void; takeTheirs: () => void }): void {
  const theirs = current[editSide];
  const merged = h('textarea', { class: 'merged', id: 'stale-merged', 'aria-label': t('editor.mergedVersion') });
  merged.value = mine;
  const chosen = (then: () => void) => () => {
    dialog.close();
    then();
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
    diffParagraph(theirs, mine, undefined, { id: 'stale-diff' }),
    h('h4', { text: t('editor.mergedVersion') }),
    merged,
    h('div', { class: 'buttons' },
      h('button', { id: 'stale-keep-mine', text: t('editor.keepMine'), onclick: chosen(() => choose.write(mine)) }),
      h('button', { id: 'stale-take-theirs', text: t('editor.takeTheirs'), onclick: chosen(choose.takeTheirs) }),
      h('button', { id: 'stale-save-merged', text: t('editor.saveMerged'), onclick: chosen(() => choose.write(merged.value)) }),
    ),
  );
  open(dialog);
}

/** Drafts from an earlier visit: which pair, which side, when, the text; restore or discard. */
export function draftsDialog(offer: readonly Draft[], choose: { restore: () => void; discard: () => void }): void {
  const dialog: HTMLDialogElement = h(
    'dialog',
    { class: 'drafts', id: 'drafts-dialog', 'aria-labelledby': 'drafts-title' },
    h('h3', { id: 'drafts-title', text: t('editor.draftsTitle', { count: offer.length }) }),
    h('p', { text: t('editor.draftsHelp') }),
    h('ul', {}, offer.map((d) => h('li', {}, h('strong', { text: `${t('editor.pairNumber', { n: numberOf(d.pairId) })} · ${sideName(d.side)} · ${formatDate(d.at)}` }), h('p', { class: 'text', text: d.text })))),
    h('div', { class: 'buttons' },
      h('button', { id: 'drafts-restore', text: t('editor.draftsRestore'), onclick: () => { dialog.close(); choose.restore(); } }),
      h('button', { id: 'drafts-discard', text: t('editor.draftsDiscard'), onclick: () => { dialog.close(); choose.discard(); } }),
    ),
  );
  open(dialog);
}

export interface XliffConflict {
  pairId: number;
  ours: string;
  theirs: string;
}

/**
 * Pairs changed both here and in a returned XLIFF file: for each, both texts with their
 * word differences, and the choice — keep ours (nothing to do) or take the file's (the
 * caller saves it as a revision); "take all from the file" for the lot.
 */
export function conflictsDialog(conflicts: readonly XliffConflict[], takeTheirs: (c: XliffConflict) => Promise<boolean>, afterClose?: () => void): void {
  const settle = (entry: HTMLElement, how: 'ours' | 'theirs') => {
    entry.dataset.resolved = how;
    entry.querySelectorAll('button').forEach((b) => (b.disabled = true));
  };
  const take = async (c: XliffConflict, entry: HTMLElement) => {
    if (await takeTheirs(c)) settle(entry, 'theirs');
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
        h('button', { class: 'keep-ours', text: t('editor.keepOurs'), onclick: () => settle(entry, 'ours') }),
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
  if (afterClose) dialog.addEventListener('close', afterClose, { once: true });
  open(dialog);
}

/** Units of a returned file whose pairs changed since the export: their texts, to copy by hand. */
export function orphansDialog(orphans: readonly { unit: string; line: number; source: string; target: string; why: string }[]): void {
  const dialog: HTMLDialogElement = h(
    'dialog',
    { class: 'conflicts', id: 'orphans-dialog', 'aria-labelledby': 'orphans-title' },
    h('h3', { id: 'orphans-title', text: t('editor.orphansTitle', { count: orphans.length }) }),
    h('p', { text: t('editor.orphansHelp') }),
    ...orphans.map((o) =>
      h('div', { class: 'conflict', 'data-unit': o.unit },
        h('strong', { text: `${t('editor.lineN', { n: o.line })} · ${t(`editor.orphanWhy.${o.why}`)}` }),
        h('p', { class: 'text', lang: 'en', text: o.source }),
        h('p', { class: 'text', lang: 'tr', text: o.target }),
      ),
    ),
    h('div', { class: 'buttons' }, h('button', { text: t('editor.close'), onclick: () => dialog.close() })),
  );
  open(dialog);
}

/** Ctrl+G: a pair by its number; `pick` gets the number. */
export function goToDialog(count: number, pick: (n: number) => void): void {
  const input = h('input', { type: 'number', id: 'goto-number', min: 1, max: count, required: true, 'aria-label': t('editor.goToLabel', { count }) });
  const form = h('form', { method: 'dialog' }, h('label', {}, h('span', { text: t('editor.goToLabel', { count }) }), input), h('div', { class: 'buttons' }, h('button', { type: 'submit', text: t('editor.goTo') })));
  form.addEventListener('submit', () => pick(Number(input.value)));
  open(h('dialog', { id: 'goto-dialog', 'aria-label': t('editor.goTo') }, form));
  input.focus();
}

/** The keys the editor answers to, for the ? overlay (keyboard.ts binds them). */
export const SHORTCUTS: readonly (readonly [string, string])[] = [
  ['Ctrl+Enter', 'editor.keyConfirm'],
  ['Esc', 'editor.keyCancel'],
  ['Alt+↑ / Alt+↓', 'editor.keyMove'],
  ['F8 / Shift+F8', 'editor.keyNextFlag'],
  ['Alt+N / Alt+Shift+N', 'editor.keyNextDraft'],
  ['Ctrl+G', 'editor.keyGoTo'],
  ['Ctrl+H', 'find.title'],
  ['F9', 'editor.keyInsertMarker'],
  ['Alt+1 … Alt+4', 'editor.keyStatus'],
  ['Enter', 'editor.keyOpen'],
  ['Alt+M · Alt+S · Alt+U', 'editor.keyAlignment'],
  ['?', 'editor.keyHelp'],
];

/** The shortcut overlay (?). */
export function shortcutsDialog(): void {
  const dialog: HTMLDialogElement = h(
    'dialog',
    { id: 'shortcuts-dialog', 'aria-labelledby': 'shortcuts-title' },
    h('h3', { id: 'shortcuts-title', text: t('editor.shortcuts') }),
    h('dl', { class: 'keys' }, SHORTCUTS.flatMap(([k, what]) => [h('dt', {}, h('kbd', { text: k })), h('dd', { text: t(what) })])),
    h('div', { class: 'buttons' }, h('button', { text: t('editor.close'), onclick: () => dialog.close() })),
  );
  open(dialog);
}

/** The leverage analysis (as `hizala analyze`): segments and words per TM match band. */
export async function analysisDialog(): Promise<void> {
  let report: LeverageReport;
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
  open(dialog);
}
