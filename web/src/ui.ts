import i18next from 'i18next';
import { ApiError, requestHeaders } from './api';

/** Short messages at the bottom of the screen (saved, conflict, error). */
export function toast(message: string, kind: 'info' | 'error' = 'info', action?: { label: string; run: () => void }): void {
  const el = document.querySelector<HTMLElement>('#toast')!;
  el.replaceChildren(message);
  if (action) {
    // an action (Undo) stays longer, so there is time to reach it
    const button = document.createElement('button');
    button.className = 'toast-action';
    button.id = 'toast-action';
    button.textContent = action.label;
    button.addEventListener('click', () => {
      el.hidden = true;
      action.run();
    });
    el.append(' ', button);
  }
  el.dataset.kind = kind;
  el.hidden = false;
  window.clearTimeout(Number(el.dataset.timer));
  el.dataset.timer = String(window.setTimeout(() => (el.hidden = true), action ? 15000 : 4000));
}

/** Hide the message shown, if any. */
export function dismissToast(): void {
  const el = document.querySelector<HTMLElement>('#toast');
  if (!el) return;
  window.clearTimeout(Number(el.dataset.timer));
  el.hidden = true;
}

export function t(key: string, options?: Record<string, unknown>): string {
  return i18next.t(key, options);
}

export function formatDate(iso: string): string {
  return new Intl.DateTimeFormat(i18next.language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}

export function formatNumber(n: number): string {
  return new Intl.NumberFormat(i18next.language).format(n);
}

/** Trigger a download of a server response. */
export async function download(url: string): Promise<void> {
  const res = await fetch(url, { headers: requestHeaders() });
  if (!res.ok) {
    // the server's error, in the UI's language like every other
    const body: unknown = (res.headers.get('content-type') ?? '').includes('json') ? await res.json() : null;
    throw new ApiError(res.status, (body as { error?: { message?: string } } | null)?.error?.message ?? `HTTP ${res.status}`, body);
  }
  const name = /filename="([^"]+)"/.exec(res.headers.get('content-disposition') ?? '')?.[1] ?? 'export';
  const link = document.createElement('a');
  link.href = URL.createObjectURL(await res.blob());
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
}

/**
 * An error as the user reads it: the server's code in the UI's language; for bad input
 * with a known reason, what is wrong and where (file, line) in the UI's language too,
 * otherwise the server's own words as the detail; a network failure in plain words.
 */
export function errorText(err: unknown): string {
  if (err instanceof ApiError) {
    const code = err.code ?? `http-${err.status}`;
    const reason = err.error?.reason;
    const detail = reason && i18next.exists(`reasons.${reason}`) ? localizedProblem(err.error!) : err.message;
    return i18next.exists(`errors.${code}`) ? t(`errors.${code}`, { detail, interpolation: { escapeValue: false } }) : detail;
  }
  if (err instanceof TypeError) return t('errors.network'); // fetch failed: no connection
  return (err as Error).message;
}

const LANGUAGE_NAMES: Record<string, string> = { en: 'editor.english', tr: 'editor.turkish' };

function localizedProblem(e: NonNullable<ApiError['error']>): string {
  // language codes among the values are named in the UI's language
  const params = Object.fromEntries(Object.entries(e.params ?? {}).map(([k, v]) => [k, typeof v === 'string' && LANGUAGE_NAMES[v] ? t(LANGUAGE_NAMES[v]!) : typeof v === 'number' ? formatNumber(v) : v]));
  const problem = t(`reasons.${e.reason}`, { ...params, interpolation: { escapeValue: false } });
  if (e.file && e.line) return t('errors.where', { file: e.file, line: formatNumber(e.line), problem, interpolation: { escapeValue: false } });
  if (e.file) return t('errors.whereFile', { file: e.file, problem, interpolation: { escapeValue: false } });
  return problem;
}
