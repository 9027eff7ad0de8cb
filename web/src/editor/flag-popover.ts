import type { Flag, Pair } from '../api';
import { h } from '../dom';
import { flagMessage } from '../flags';
import { t } from '../ui';
import { applyFix } from './commands';

/** A flag opened (click, Enter or Space on it): its message and its fix, if it has one. Enter applies the fix; Escape gives the focus back to the flag. */
export function showFlag(pair: Pair, flag: Flag, anchor: HTMLElement): void {
  document.querySelector('#flag-popover')?.remove();
  const popover = h(
    'div',
    // clicks inside stay here: the cell around would otherwise take them as "edit this side"
    { class: 'popover', id: 'flag-popover', role: 'dialog', 'aria-label': flagMessage(flag), onclick: (event: Event) => event.stopPropagation() },
    h('p', { text: flagMessage(flag) }),
    flag.fix !== undefined
      ? h('button', {
          class: 'apply-fix',
          text: flag.fix ? t('editor.applyFix', { fix: flag.fix }) : t('editor.applyRemoval'),
          onclick: () => {
            popover.remove();
            void applyFix(pair, flag);
          },
        })
      : null,
    h('button', { class: 'close', text: t('editor.close'), onclick: () => popover.remove() }),
  );
  anchor.after(popover);
  (popover.querySelector<HTMLButtonElement>('.apply-fix') ?? popover.querySelector<HTMLButtonElement>('.close'))?.focus();
  popover.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    popover.remove();
    anchor.focus();
  });
}
