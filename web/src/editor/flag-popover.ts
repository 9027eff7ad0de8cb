import type { Flag, FlagAcceptance, Misspelling, Pair } from '../api';
import { h } from '../dom';
import { flagMessage } from '../flags';
import { formatDate, t } from '../ui';
import { acceptFlag, addToWordList, applyFix, fixAllDamaged, withdrawAcceptance } from './commands';

/** A flag opened (click, Enter or Space on it): its message and its fix, if it has one. Enter applies the fix; Escape gives the focus back to the flag. */
export function showFlag(pair: Pair, flag: Flag, anchor: HTMLElement): void {
  document.querySelector('#flag-popover')?.remove();
  const popover = h(
    'div',
    // clicks inside stay here: the cell around would otherwise take them as "edit this side"
    { class: 'popover', id: 'flag-popover', role: 'dialog', 'aria-label': flagMessage(flag), onclick: (event: Event) => event.stopPropagation() },
    h('p', { text: flagMessage(flag) }),
    flag.fix !== undefined && !flag.accepted
      ? h('button', {
          class: 'apply-fix',
          text: flag.fix ? t('editor.applyFix', { fix: flag.fix }) : t('editor.applyRemoval'),
          onclick: () => {
            popover.remove();
            void applyFix(pair, flag);
          },
        })
      : null,
    // the same lost characters elsewhere in the document: every copy of the word, previewed, one batch
    flag.messageKey === 'qa.mojibake.restorable' && flag.params?.word && !flag.accepted
      ? h('button', {
          class: 'fix-all-damaged',
          text: t('editor.fixAllDamaged', { word: String(flag.params.word) }),
          onclick: () => {
            popover.remove();
            fixAllDamaged(pair, flag);
          },
        })
      : null,
    flag.accepted ? acceptedNote(pair, flag, () => popover.remove()) : acceptForm(pair, flag, () => popover.remove()),
    h('button', { class: 'close', text: t('editor.close'), onclick: () => popover.remove() }),
  );
  anchor.after(popover);
  // Enter applies the fix at once; without one, the focus waits in the reason to accept the flag
  (popover.querySelector<HTMLElement>('.apply-fix') ?? popover.querySelector<HTMLElement>('.accept-reason') ?? popover.querySelector<HTMLElement>('.close'))?.focus();
  popover.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    popover.remove();
    anchor.focus();
  });
}

/** A word spelling does not know, opened: add it to the workspace's word list (Enter), or close (Escape). */
export function showWord(lang: 'en' | 'tr', word: Misspelling, anchor: HTMLElement): void {
  document.querySelector('#flag-popover')?.remove();
  const label = t('editor.spellingUnknown', { word: word.word, interpolation: { escapeValue: false } });
  const popover = h(
    'div',
    { class: 'popover', id: 'flag-popover', role: 'dialog', 'aria-label': label, onclick: (event: Event) => event.stopPropagation() },
    h('p', { text: label }),
    h('button', {
      class: 'add-word',
      text: t('editor.addToWordList', { word: word.word, interpolation: { escapeValue: false } }),
      onclick: () => {
        popover.remove();
        void addToWordList(lang, word.word);
      },
    }),
    h('button', { class: 'close', text: t('editor.close'), onclick: () => popover.remove() }),
  );
  anchor.after(popover);
  popover.querySelector<HTMLElement>('.add-word')?.focus();
  popover.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    popover.remove();
    anchor.focus();
  });
}

/** "This is fine": why, and how widely (this place, the spelling in this document, everywhere). */
function acceptForm(pair: Pair, flag: Flag, done: () => void): HTMLElement {
  const reason = reasonField();
  const scope = h(
    'select',
    { class: 'accept-scope', 'aria-label': t('editor.acceptScope') },
    h('option', { value: 'pair', text: t('editor.scopePair') }),
    h('option', { value: 'document', text: t('editor.scopeDocument') }),
    h('option', { value: 'workspace', text: t('editor.scopeWorkspace') }),
  );
  const form = h('form', { class: 'accept-flag' }, reason, scope, h('button', { type: 'submit', class: 'accept', text: t('editor.acceptFlag') }));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (!reason.value.trim()) return;
    done();
    void acceptFlag(pair, flag, reason.value.trim(), scope.value as 'pair' | 'document' | 'workspace');
  });
  return form;
}

function acceptedNote(pair: Pair, flag: Flag, done: () => void): HTMLElement {
  return acceptanceNote(flag.accepted!, () => {
    done();
    void withdrawAcceptance(pair, flag);
  });
}

/** Who accepted a flag or a finding, when and why, with the button that withdraws it (the flag popover and the document panel). */
export function acceptanceNote(a: FlagAcceptance, withdraw: () => void): HTMLElement {
  return h(
    'div',
    { class: 'accepted-note' },
    h('p', { text: t('editor.acceptedBy', { author: a.author ?? t('editor.unknownAuthor'), at: formatDate(a.at), reason: a.reason, interpolation: { escapeValue: false } }) }),
    h('button', { class: 'withdraw', text: t('editor.withdrawAcceptance'), onclick: withdraw }),
  );
}

/** The field that says why a flag or a finding is fine. */
export function reasonField(): HTMLInputElement {
  return h('input', { class: 'accept-reason', required: true, 'aria-label': t('editor.acceptReason'), placeholder: t('editor.acceptReason') });
}
