import type { SessionInfo } from '../../src/model/user.js';
import { api, ApiError, noteSignedIn, setSignedOutHandler } from './api';
import { h } from './dom';
import { errorText, t } from './ui';

/** Who is signed in (a team server), or a local server with no accounts. */
let current: SessionInfo = { team: false, user: null, role: null };

export function session(): SessionInfo {
  return current;
}

/**
 * A modal sign-in form; resolves once signed in. On a team server the editor shows it
 * before anything else, and again whenever the session has ended (typed text waits in
 * the drafts and the request that met the 401 is sent again afterwards).
 */
let pending: Promise<void> | null = null;

export function signInDialog(): Promise<void> {
  pending ??= new Promise<void>((resolve) => {
    document.querySelector('#sign-in-dialog')?.remove();
    const user = h('input', { id: 'sign-in-user', name: 'username', autocomplete: 'username', required: true });
    const password = h('input', { id: 'sign-in-password', name: 'password', type: 'password', autocomplete: 'current-password', required: true });
    const problem = h('p', { class: 'problem', id: 'sign-in-problem', role: 'alert' });
    const form = h(
      'form',
      { method: 'dialog' },
      h('h3', { id: 'sign-in-title', text: t('session.title') }),
      h('p', { text: t('session.help') }),
      h('label', {}, h('span', { text: t('session.user') }), user),
      h('label', {}, h('span', { text: t('session.password') }), password),
      problem,
      h('div', { class: 'buttons' }, h('button', { type: 'submit', id: 'sign-in-submit', text: t('session.signIn') })),
    );
    const dialog: HTMLDialogElement = h('dialog', { class: 'sign-in', id: 'sign-in-dialog', 'aria-labelledby': 'sign-in-title' }, form);
    // Escape would leave the page with nothing on it: the form stays until signed in
    dialog.addEventListener('cancel', (e) => e.preventDefault());
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      problem.textContent = '';
      api
        .signIn(user.value, password.value)
        .then((info) => {
          noteSignedIn();
          current = info;
          dialog.close();
          dialog.remove();
          showWho();
          pending = null;
          resolve();
        })
        .catch((err: unknown) => {
          problem.textContent = errorText(err);
          password.select();
        });
    });
    document.body.append(dialog);
    dialog.showModal();
    user.focus();
  });
  return pending;
}

/** The header's "signed in as …" with a sign-out button; nothing on a local server. */
function showWho(): void {
  const slot = document.querySelector<HTMLElement>('#who');
  if (!slot) return;
  if (!current.team || !current.user) {
    slot.replaceChildren();
    return;
  }
  slot.replaceChildren(
    h('span', { id: 'who-name', text: t('session.signedInAs', { user: current.user, role: t(`roles.${current.role}`) }) }),
    h('button', {
      id: 'sign-out',
      class: 'link',
      text: t('session.signOut'),
      onclick: () => void api.signOut().then(() => location.reload()),
    }),
  );
}

/** Learn who is signed in; on a team server without a session, ask to sign in first. */
export async function startSession(): Promise<void> {
  setSignedOutHandler(signInDialog);
  try {
    current = await api.session();
  } catch (err) {
    if (!(err instanceof ApiError) || err.code !== 'signed-out') throw err;
    await signInDialog();
  }
  showWho();
}

/** Redraw the header line in the UI's language. */
export function translateSession(): void {
  showWho();
}
