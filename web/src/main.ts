import i18next from 'i18next';
import { renderDocuments } from './documents-page';
import { renderEditor, saveEditing } from './editor/index';
import { initI18n, switchLanguage, translatePage, type UiLanguage } from './i18n';
import { dismissToast, errorText, toast } from './ui';
import { startSession, translateSession } from './session';

/** Hash routes: #/ the documents, #/doc/:id the editor of one document. */
async function route(): Promise<void> {
  // the page shown is about to change: what belonged to the document left (find panel, its
  // dialogs) must not act on the next one, and its readiness marks no longer hold
  for (const dialog of document.querySelectorAll('[data-document-scoped]')) dialog.remove();
  delete document.body.dataset.document;
  delete document.body.dataset.flags;
  // leaving the editor (the breadcrumb, another address): what is being edited is saved first
  await saveEditing();
  translatePage();
  translateSession();
  const root = document.querySelector<HTMLElement>('#app')!;
  document.querySelector('#crumbs')!.replaceChildren();
  const doc = /^#\/doc\/(\d+)$/.exec(location.hash);
  try {
    if (doc) await renderEditor(root, Number(doc[1]));
    else {
      document.onkeydown = null;
      await renderDocuments(root);
    }
    document.body.dataset.ready = 'true';
  } catch (err) {
    toast(errorText(err), 'error');
  }
}

async function start(): Promise<void> {
  // a server off loopback gives its token once in the address (?token=…); keep it, drop it from the URL
  const token = new URLSearchParams(location.search).get('token');
  if (token) {
    localStorage.setItem('hizala.token', token);
    history.replaceState(null, '', location.pathname + location.hash);
  }
  await initI18n();
  const select = document.querySelector<HTMLSelectElement>('#language')!;
  select.value = i18next.language;
  select.addEventListener('change', () => {
    // a message shown in the language left ("Fixed.") would stay on in it until it fades
    dismissToast();
    void switchLanguage(select.value as UiLanguage).then(route);
  });
  window.addEventListener('hashchange', () => void route());
  try {
    await startSession();
  } catch (err) {
    toast(errorText(err), 'error');
  }
  await route();
}

void start();
