import i18next from 'i18next';
import { initI18n, switchLanguage, translatePage, type UiLanguage } from './i18n';

interface DocumentSummary {
  id: number;
  title: string;
  srcSegments: number;
  tgtSegments: number;
  createdAt: string;
}

let documents: DocumentSummary[] | null = null;
let loadError: string | null = null;

function render(): void {
  translatePage();
  const status = document.querySelector<HTMLElement>('#status')!;
  const table = document.querySelector<HTMLTableElement>('#documents')!;
  const body = table.tBodies[0]!;
  body.replaceChildren();
  if (loadError) {
    status.textContent = i18next.t('documents.loadFailed', { message: loadError });
    table.hidden = true;
    return;
  }
  if (!documents) {
    status.textContent = i18next.t('documents.loading');
    return;
  }
  status.textContent = documents.length ? i18next.t('documents.count', { count: documents.length }) : i18next.t('documents.empty');
  table.hidden = documents.length === 0;
  const dates = new Intl.DateTimeFormat(i18next.language, { dateStyle: 'medium', timeStyle: 'short' });
  const numbers = new Intl.NumberFormat(i18next.language);
  for (const d of documents) {
    const row = body.insertRow();
    row.insertCell().textContent = numbers.format(d.id);
    row.insertCell().textContent = d.title;
    row.insertCell().textContent = i18next.t('documents.segmentCounts', { src: numbers.format(d.srcSegments), tgt: numbers.format(d.tgtSegments) });
    row.insertCell().textContent = dates.format(new Date(d.createdAt));
  }
}

async function load(): Promise<void> {
  try {
    const response = await fetch('/api/documents');
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    documents = ((await response.json()) as { documents: DocumentSummary[] }).documents;
  } catch (err) {
    loadError = (err as Error).message;
  }
  render();
}

async function start(): Promise<void> {
  await initI18n();
  const select = document.querySelector<HTMLSelectElement>('#language')!;
  select.value = i18next.language;
  select.addEventListener('change', () => {
    void switchLanguage(select.value as UiLanguage).then(render);
  });
  render();
  await load();
}

void start();
