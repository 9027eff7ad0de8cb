import { diffWords } from 'diff';
import { api, ApiError, type FindPreview, type FindRequest } from './api';
import { h } from './dom';
import { t, toast, errorText } from './ui';

/**
 * Find and replace across a document (Ctrl+H): source, target or both; match case
 * (Turkish-aware folding without it), whole word, regular expression. Preview lists every
 * change before and after; "Replace all" writes them as one batch, which the toast that
 * follows can undo. A replacement that would empty a segment asks first.
 */
/** What the panel opens with (a "fix all" from the document's findings), previewed at once. */
export interface FindPreset {
  find: string;
  replace: string;
  side: FindRequest['side'];
  regex: boolean;
}

export function openFindPanel(documentId: number, options: { beforeChange: () => Promise<void>; afterChange: () => Promise<void>; numberOf: (pairId: number) => number; preset?: FindPreset }): void {
  document.querySelector('#find-dialog')?.remove();
  const find = h('input', { id: 'find-text', type: 'text', required: true, 'aria-label': t('find.find') });
  const replace = h('input', { id: 'replace-text', type: 'text', 'aria-label': t('find.replace') });
  const side = h('select', { id: 'find-side', 'aria-label': t('find.side') }, h('option', { value: 'target', text: t('editor.turkish') }), h('option', { value: 'source', text: t('editor.english') }), h('option', { value: 'both', text: t('find.both') }));
  const box = (id: string, label: string) => {
    const input = h('input', { type: 'checkbox', id });
    return { input, label: h('label', { class: 'check' }, input, h('span', { text: label })) };
  };
  const matchCase = box('find-case', t('find.matchCase'));
  const wholeWord = box('find-word', t('find.wholeWord'));
  const regex = box('find-regex', t('find.regex'));
  const summary = h('p', { id: 'find-summary', role: 'status' });
  const preview = h('div', { class: 'preview', id: 'find-preview' });
  let shown: FindPreview | null = null;

  const request = (): FindRequest => ({ find: find.value, replace: replace.value, side: side.value as FindRequest['side'], matchCase: matchCase.input.checked, wholeWord: wholeWord.input.checked, regex: regex.input.checked });

  const runPreview = async () => {
    if (!find.value) return;
    try {
      shown = await api.find(documentId, request());
    } catch (err) {
      shown = null;
      summary.textContent = errorText(err);
      preview.replaceChildren();
      return;
    }
    summary.textContent = t('find.summary', { count: shown.occurrences, pairs: shown.pairs });
    preview.replaceChildren(
      ...shown.matches.slice(0, 200).map((m) => {
        const diff = h('p', { class: 'diff' });
        for (const part of diffWords(m.before, m.after ?? m.before)) diff.append(h(part.added ? 'ins' : part.removed ? 'del' : 'span', { text: part.value }));
        return h('div', { class: 'item' }, h('strong', { text: `${t('editor.pairNumber', { n: options.numberOf(m.pairId) })} · ${t(m.side === 'source' ? 'editor.english' : 'editor.turkish')}` }), diff);
      }),
    );
    if (shown.matches.length > 200) preview.append(h('p', { class: 'hint', text: t('find.more', { count: shown.matches.length - 200 }) }));
  };

  const replaceAll = async () => {
    if (!shown || shown.occurrences === 0) await runPreview();
    if (!shown || shown.occurrences === 0) return;
    if (shown.emptied.length && !window.confirm(t('find.confirmEmpty', { count: shown.emptied.length }))) return;
    await options.beforeChange();
    try {
      const expected = [...new Map(shown.matches.map((m) => [m.pairId, { id: m.pairId, version: m.version }])).values()];
      const result = await api.replace(documentId, { ...request(), replace: replace.value, allowEmpty: shown.emptied.length > 0, expect: shown.truncated ? [] : expected });
      dialog.close();
      await options.afterChange();
      toast(t('find.replaced', { count: result.pairs.length, skipped: result.skipped.length }), 'info', {
        label: t('find.undo'),
        run: () => void api.undoBatch(documentId, result.batch).then(options.afterChange, (err: unknown) => toast(errorText(err), 'error')),
      });
    } catch (err) {
      if (err instanceof ApiError) toast(errorText(err), 'error');
      else throw err;
    }
  };

  const form = h(
    'form',
    { id: 'find-form' },
    h('label', { for: 'find-text', text: t('find.find') }),
    find,
    h('label', { for: 'replace-text', text: t('find.replace') }),
    replace,
    h('label', { for: 'find-side', text: t('find.side') }),
    side,
    h('div', { class: 'options' }, matchCase.label, wholeWord.label, regex.label),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void runPreview();
  });
  for (const input of [find, replace, side, matchCase.input, wholeWord.input, regex.input]) input.addEventListener('change', () => (shown = null));
  const dialog: HTMLDialogElement = h(
    'dialog',
    // bound to this document: closed when the editor leaves it (main.ts), so a replace never lands in a document no longer shown
    { class: 'find-panel', id: 'find-dialog', 'aria-labelledby': 'find-title', 'data-document-scoped': '' },
    h('h3', { id: 'find-title', text: t('find.title') }),
    form,
    h('div', { class: 'buttons' },
      // the form's submit button, outside it: Enter in either field previews (a form of two
      // text fields and no submit button ignores Enter)
      h('button', { id: 'find-preview-button', type: 'submit', form: 'find-form', text: t('find.preview') }),
      h('button', { id: 'replace-all', text: t('find.replaceAll'), onclick: () => void replaceAll() }),
      h('button', { text: t('editor.close'), onclick: () => dialog.close() }),
    ),
    summary,
    preview,
  );
  document.body.append(dialog);
  dialog.showModal();
  find.focus();
  if (options.preset) {
    find.value = options.preset.find;
    replace.value = options.preset.replace;
    side.value = options.preset.side;
    regex.input.checked = options.preset.regex;
    void runPreview();
  }
}
