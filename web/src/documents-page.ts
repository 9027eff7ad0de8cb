import i18next from 'i18next';
import { api, ApiError, STATUSES, type DocumentSummary } from './api';
import { clear, h } from './dom';
import { formatDate, formatNumber, t, toast, errorText } from './ui';

/** What the import form takes: the text formats and PDF and Word files. */
const ACCEPTED = '.md,.markdown,.txt,.text,.html,.htm,.xhtml,.pdf,.docx';

/** A file's name with its type in words ("analiz.pdf (PDF)"). */
function fileLabel(name: string | null): string {
  if (!name) return '?';
  const ext = name.slice(name.lastIndexOf('.') + 1).toLowerCase();
  return i18next.exists(`fileType.${ext}`) ? `${name} (${t(`fileType.${ext}`)})` : name;
}

/**
 * A file field in the page's language: the browser's own button and "no file chosen" speak
 * the browser's language, not the one chosen here. The input stays in the page (visually
 * hidden, focusable), so Tab reaches it and Enter or Space opens the picker.
 */
function filePicker(label: string, input: HTMLInputElement): HTMLLabelElement {
  input.classList.add('visually-hidden');
  const chosen = h('span', { class: 'file-name', text: t('documents.noFile') });
  input.addEventListener('change', () => {
    chosen.textContent = input.files?.[0]?.name ?? t('documents.noFile');
    input.setCustomValidity('');
  });
  // the browser's "please select a file" too
  input.addEventListener('invalid', () => input.setCustomValidity(input.files?.length ? '' : t('documents.noFile')));
  return h('label', { class: 'file-picker' }, h('span', { text: label }), input, h('span', { class: 'file-field' }, h('span', { class: 'file-button', text: t('documents.chooseFile') }), chosen));
}

/** The documents page: list with progress, import of an English + Turkish pair, delete. */
export async function renderDocuments(root: HTMLElement): Promise<void> {
  clear(root);
  const status = h('p', { id: 'status', role: 'status', text: t('documents.loading') });
  const list = h('div', { id: 'documents' });
  const enInput = h('input', { type: 'file', name: 'en', id: 'file-en', accept: ACCEPTED, required: true });
  const trInput = h('input', { type: 'file', name: 'tr', id: 'file-tr', accept: ACCEPTED, required: true });
  const titleInput = h('input', { type: 'text', name: 'title', id: 'import-title' });
  const progress = h('progress', { id: 'import-progress', hidden: true });
  const form = h(
    'form',
    { class: 'import', id: 'import-form' },
    h('h3', { text: t('documents.importTitle') }),
    filePicker(t('documents.english'), enInput),
    filePicker(t('documents.turkish'), trInput),
    h('label', {}, h('span', { text: t('documents.titleOptional') }), titleInput),
    h('button', { type: 'submit', id: 'import-submit', text: t('documents.importButton') }),
    progress,
  );
  const submit = (data: FormData): Promise<void> =>
    api.importPair(data).then(
      ({ id }) => {
        toast(t('documents.imported'));
        location.hash = `#/doc/${id}`;
      },
      (err: Error) => {
        // The same files again: say which document has them and import only when asked to.
        const existing = duplicateOf(err);
        if (existing && window.confirm(t('documents.confirmDuplicate', existing))) {
          data.set('force', 'true');
          return submit(data);
        }
        if (!existing) toast(t('documents.importFailed', { message: errorText(err) }), 'error');
      },
    );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    progress.hidden = false;
    void submit(new FormData(form)).finally(() => (progress.hidden = true));
  });
  root.append(h('section', { class: 'documents' }, h('h2', { text: t('documents.title') }), status, list), form);

  let documents: DocumentSummary[];
  try {
    documents = await api.documents();
  } catch (err) {
    status.textContent = t('documents.loadFailed', { message: errorText(err) });
    return;
  }
  status.textContent = documents.length ? t('documents.count', { count: documents.length }) : t('documents.empty');
  for (const d of documents) {
    const done = d.statuses.translated + d.statuses.reviewed + d.statuses.final;
    const bar = h('div', { class: 'progress', title: STATUSES.map((s) => `${t(`status.${s}`)}: ${d.statuses[s]}`).join(' · ') });
    for (const s of STATUSES) {
      const part = h('span', { class: `part ${s}` });
      part.style.width = `${d.pairs ? (100 * d.statuses[s]) / d.pairs : 0}%`;
      bar.append(part);
    }
    const remove = h('button', {
      class: 'danger',
      text: t('documents.delete'),
      onclick: () => {
        if (!window.confirm(t('documents.confirmDelete', { title: d.title }))) return;
        api
          .deleteDocument(d.id)
          .then(() => renderDocuments(root))
          .catch((err: unknown) => toast(errorText(err), 'error'));
      },
    });
    list.append(
      h(
        'article',
        { class: 'doc', 'data-id': d.id },
        h('a', { href: `#/doc/${d.id}`, class: 'doc-title', text: d.title }),
        h('div', { class: 'meta', text: t('documents.summary', { pairs: formatNumber(d.pairs), done: formatNumber(done), percent: percentDone(d), words: formatNumber(totalWords(d)), date: formatDate(d.createdAt) }) }),
        d.srcFile || d.tgtFile ? h('div', { class: 'files', text: `${fileLabel(d.srcFile)} · ${fileLabel(d.tgtFile)}` }) : null,
        bar,
        remove,
      ),
    );
  }
}

/** The earlier document when the server refused an import as a duplicate. */
function duplicateOf(err: Error): { id: number; title: string } | null {
  if (!(err instanceof ApiError) || err.status !== 409) return null;
  const body = err.body as { error?: { code?: string }; existing?: { id: number; title: string } };
  return body.error?.code === 'duplicate-import' && body.existing ? body.existing : null;
}

function totalWords(d: DocumentSummary): number {
  return STATUSES.reduce((n, s) => n + d.words[s], 0);
}

/** Done = confirmed (translated, reviewed or final), by source words: what a translator is paid by. */
export function percentDone(d: DocumentSummary): number {
  const total = totalWords(d);
  return total ? Math.round((100 * (total - d.words.draft)) / total) : 0;
}
