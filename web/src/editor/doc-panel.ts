import { h } from '../dom';
import { t } from '../ui';
import type { DocumentFlag } from '../api';
import { acceptDocumentFlag, fixAllSpellings, withdrawDocumentAcceptance } from './commands';
import { acceptanceNote, reasonField } from './flag-popover';
import { activate } from './navigation';
import { numberOf, state } from './store';

const PANEL_KEY = 'hizala.docPanelOpen';
/** Places listed per document-level finding; the rest are counted (F8 reaches every flagged pair). */
const PLACES_SHOWN = 12;

/** The document-level findings, in a panel that folds away (remembered) so the pairs start near the top. */
export function renderDocumentFlags(panel: HTMLElement): void {
  // a reason being typed survives the panel being drawn again (new flags after a save …)
  const typing = document.activeElement instanceof HTMLInputElement && panel.contains(document.activeElement) ? document.activeElement : null;
  const typed = typing ? { key: typing.closest<HTMLElement>('.doc-flag')?.dataset.key, value: typing.value } : null;
  panel.replaceChildren();
  if (!state.documentFlags.length) return;
  const places = state.documentFlags.reduce((n, d) => n + d.places.length, 0);
  const details = h('details', { id: 'doc-flags-details' }, h('summary', {}, h('h2', { text: t('editor.documentFlagsCount', { count: state.documentFlags.length, places }) })));
  // open unless the translator closed it, or it would push the pairs far down
  const remembered = localStorage.getItem(PANEL_KEY);
  details.open = remembered ? remembered === 'open' : places <= 30;
  details.addEventListener('toggle', () => localStorage.setItem(PANEL_KEY, details.open ? 'open' : 'closed'));
  panel.append(details);
  for (const d of state.documentFlags) {
    details.append(
      h(
        'div',
        { class: d.accepted ? 'doc-flag accepted' : 'doc-flag', 'data-check': d.check, ...(d.key ? { 'data-key': d.key } : {}) },
        h('p', { text: t(d.messageKey, { ...d.params, interpolation: { escapeValue: false } }) }),
        d.accepted ? acceptedNote(d) : d.key ? acceptForm(d) : null,
        !d.accepted && d.check === 'inconsistent-spelling' && d.params?.preferred
          ? h('button', {
              class: 'fix-all',
              text: t('editor.fixAll', { preferred: String(d.params.preferred) }),
              onclick: () => fixAllSpellings(String(d.params!.spellings).split(', '), String(d.params!.preferred), d.params!.side === 'src' ? 'src' : 'tgt'),
            })
          : null,
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
  if (typed?.key) {
    const input = [...panel.querySelectorAll<HTMLElement>('.doc-flag')].find((el) => el.dataset.key === typed.key)?.querySelector<HTMLInputElement>('.accept-reason');
    if (input) {
      input.value = typed.value;
      input.focus();
    }
  }
}

/** "Both are fine here": the reason, then the finding is shown accepted and no longer counted. */
function acceptForm(d: DocumentFlag): HTMLElement {
  const reason = reasonField();
  const form = h('form', { class: 'accept-flag' }, reason, h('button', { type: 'submit', class: 'accept', text: t('editor.acceptFlag') }));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (reason.value.trim()) void acceptDocumentFlag(d, reason.value.trim());
  });
  return form;
}

function acceptedNote(d: DocumentFlag): HTMLElement {
  return acceptanceNote(d.accepted!, () => void withdrawDocumentAcceptance(d));
}
