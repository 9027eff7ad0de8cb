import { api, STATUSES, type Status } from '../api';
import { session } from '../session';
import { h } from '../dom';
import { download, errorText, t, toast } from '../ui';
import { alignmentOp, importXliff, openFind, setStatusOfShown } from './commands';
import { analysisDialog } from './dialogs';
import { saveEditing } from './editing';
import { state, view, type Filters } from './store';

/** The toolbar: filters (status, flag, needs review, text), find and replace, bulk status, exports, a returned XLIFF, the analysis, alignment undo. */
export function toolbar(): HTMLElement {
  /** A filter change: the text being edited is saved, the grid drawn again. */
  const filter = (change: Partial<Filters>) => {
    void saveEditing();
    state.filters = { ...state.filters, ...change };
    view.renderGrid();
  };
  const statusSelect = h('select', { id: 'filter-status', 'aria-label': t('editor.filterStatus') }, h('option', { value: '', text: t('editor.allStatuses') }), ...STATUSES.map((s) => h('option', { value: s, text: t(`status.${s}`), selected: state.filters.status === s })));
  statusSelect.addEventListener('change', () => filter({ status: statusSelect.value as Status | '' }));
  const checks = [...new Set([...state.flags.values()].flat().map((f) => f.check))].sort();
  const flagSelect = h('select', { id: 'filter-flag', 'aria-label': t('editor.filterFlag') }, h('option', { value: '', text: t('editor.allFlags') }), ...checks.map((c) => h('option', { value: c, text: t(`checks.${c}`, { defaultValue: c }), selected: state.filters.flag === c })));
  flagSelect.addEventListener('change', () => filter({ flag: flagSelect.value }));
  const review = h('input', { type: 'checkbox', id: 'filter-review', checked: state.filters.reviewOnly });
  review.addEventListener('change', () => filter({ reviewOnly: review.checked }));
  const textFilter = h('input', { type: 'search', id: 'filter-text', placeholder: t('find.filterText'), 'aria-label': t('find.filterText'), value: state.filters.text });
  let typingTimer = 0;
  textFilter.addEventListener('input', () => {
    window.clearTimeout(typingTimer);
    typingTimer = window.setTimeout(() => filter({ text: textFilter.value }), 150);
  });
  // a translator on a team server confirms; reviewing is a reviewer's (the server refuses it too)
  const reviewLocked = (s: Status) => session().role === 'translator' && (s === 'reviewed' || s === 'final');
  const bulkStatus = h(
    'select',
    { id: 'status-shown', 'aria-label': t('editor.setStatusShown') },
    h('option', { value: '', text: t('editor.setStatusShown') }),
    ...STATUSES.map((s) => h('option', { value: s, text: t(`status.${s}`), disabled: reviewLocked(s) })),
  );
  bulkStatus.addEventListener('change', () => {
    const status = bulkStatus.value as Status | '';
    bulkStatus.value = '';
    if (status) void setStatusOfShown(status);
  });
  const importInput = h('input', { type: 'file', id: 'import-xliff', accept: '.xlf,.xliff,.sdlxliff', hidden: true });
  importInput.addEventListener('change', () => {
    const file = importInput.files?.[0];
    if (file) void importXliff(file).finally(() => (importInput.value = ''));
  });
  // the translation as a document: Word, a web page or Markdown, rebuilt from the pairs
  const documentExport = h('select', { id: 'export-document', 'aria-label': t('editor.exportDocument') }, h('option', { value: '', text: t('editor.exportDocument') }), ...[['docx', 'editor.asWord'], ['html', 'editor.asHtml'], ['md', 'editor.asMarkdown']].map(([value, label]) => h('option', { value, text: t(label!) })));
  documentExport.addEventListener('change', () => {
    const format = documentExport.value;
    documentExport.value = '';
    if (format) void saveEditing().then(() => download(`/api/documents/${state.documentId}/export?format=${format}&side=target`)).catch((err: unknown) => toast(errorText(err), 'error'));
  });
  // XLIFF carries TM matches as proposals by default; a long document against a large TM
  // takes a look-up per pair, and a CAT tool with its own TM may not want them
  const withMatches = h('input', { type: 'checkbox', id: 'export-matches', checked: true });
  const matchesQuery = (format: string) => (format.startsWith('format=xliff') && !withMatches.checked ? '&matches=no' : '');
  const exportButton = (format: string, label: string) =>
    h('button', { class: 'export', 'data-format': format, text: label, onclick: () => void download(`/api/documents/${state.documentId}/export?format=${format}${matchesQuery(`format=${format}`)}`).catch((err: unknown) => toast(errorText(err), 'error')) });
  /** A menu of downloads: choosing an entry downloads `url(value)` and the menu shows its label again. */
  const downloadMenu = (id: string, label: string, entries: [string, string][], url: (value: string) => string) => {
    const menu = h('select', { id, 'aria-label': t(label) }, h('option', { value: '', text: t(label) }), ...entries.map(([value, text]) => h('option', { value, text: t(text) })));
    menu.addEventListener('change', () => {
      const value = menu.value;
      menu.value = '';
      if (value) void download(url(value)).catch((err: unknown) => toast(errorText(err), 'error'));
    });
    return menu;
  };
  // the glossary, said plainly which form: all terms, OmegaT 3's TBX, OmegaT's own glossary, CSV
  const glossaryExport = downloadMenu(
    'export-glossary',
    'editor.exportGlossary',
    [['format=tbx', 'editor.glossaryTbx'], ['format=tbx&profile=omegat3', 'editor.glossaryTbxOmegat'], ['format=omegat', 'editor.glossaryOmegat'], ['format=csv', 'editor.glossaryCsv']],
    (query) => `/api/glossary/export?${query}`,
  );
  // OmegaT 3's own forms: XLIFF 1.2 with untranslated targets filled, and a TMX it fills segments with tags from
  const omegatExport = downloadMenu(
    'export-omegat',
    'editor.exportOmegat',
    [['format=xliff12&profile=omegat3', 'editor.omegatXliff'], ['format=tmx&profile=omegat3', 'editor.omegatTmx']],
    (query) => `/api/documents/${state.documentId}/export?${query}${matchesQuery(query)}`,
  );
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
    h('label', { class: 'check', title: t('editor.withMatchesHelp') }, withMatches, h('span', { text: t('editor.withMatches') })),
    exportButton('xliff12', t('editor.exportXliff12')),
    exportButton('xliff20', t('editor.exportXliff20')),
    exportButton('tmx', t('editor.exportTmx')),
    omegatExport,
    glossaryExport,
    documentExport,
    h('button', { id: 'import-xliff-button', text: t('editor.importXliff'), onclick: () => importInput.click() }),
    importInput,
    h('button', { id: 'open-analysis', text: t('editor.analysis'), onclick: () => void analysisDialog() }),
    h('button', { id: 'undo-alignment', text: t('editor.undoAlignment'), title: t('editor.undoAlignmentHelp'), onclick: () => void alignmentOp(() => api.undoAlignment(state.documentId)) }),
  );
}
