/** The HTTP API, typed with the shapes the server answers with (src/model/api.ts). Errors carry the server's code and words. */
import { PAIR_STATUSES, type PairStatus } from '../../src/model/pair.js';
import type { SessionInfo } from '../../src/model/user.js';
import type { BatchResult, Comment, ConcordanceHit, DocumentFlag, DocumentSummary, ErrorBody, FindPreview, FindRequest, Flag, LeverageReport, PairFlags, PairPage, PairView, Revision, SpellingReport, TmMatchView, XliffImportReport } from '../../src/model/api.js';

export type Status = PairStatus;
export const STATUSES: readonly Status[] = PAIR_STATUSES;
/** A pair as the editor has it. */
export type Pair = PairView;
export type TmMatch = TmMatchView;
export type { BatchResult, Comment, ConcordanceHit, DocumentFlag, DocumentSummary, FindPreview, FindRequest, Flag, LeverageReport, Revision, SpellingReport };
export type { FlagAcceptance, Misspelling } from '../../src/model/api.js';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly body: unknown,
  ) {
    super(message);
  }

  /** The server's error code ({error: {code}}), which the UI puts into its language. */
  get code(): string | null {
    return this.error?.code ?? null;
  }

  /** The error part of the answer (code, reason with its values, file and line), when the server sent one. */
  get error(): ErrorBody['error'] | null {
    return (this.body as Partial<ErrorBody> | null)?.error ?? null;
  }
}

const AUTHOR_KEY = 'hizala.author';

export function author(): string {
  return localStorage.getItem(AUTHOR_KEY) ?? '';
}

/** The headers every request carries: who is editing and the server's token, if it wants one. */
export function requestHeaders(init?: HeadersInit): Headers {
  const headers = new Headers(init);
  if (author()) headers.set('x-hizala-author', encodeURIComponent(author())); // a name like Ayşe is not Latin-1
  const token = localStorage.getItem('hizala.token');
  if (token) headers.set('authorization', `Bearer ${token}`);
  return headers;
}

/** Called when a request meets "signed out" (a team server's session ended); resolves once signed in again. */
let onSignedOut: (() => Promise<void>) | null = null;
/** How many times the handler has signed in: a request sent before the last sign-in that meets "signed out" was answered for the old session. */
let signIns = 0;

export function setSignedOutHandler(handler: () => Promise<void>): void {
  onSignedOut = handler;
}

/** Note a sign-in (the sign-in form calls it once per session started). */
export function noteSignedIn(): void {
  signIns++;
}

async function call<T>(path: string, init: RequestInit = {}): Promise<T> {
  const headers = requestHeaders(init.headers);
  const sentAfter = signIns;
  let res = await fetch(path, { ...init, headers });
  // The session ended (a team server): sign in again, then send the same request — the
  // edit it carries is not lost. Signing in itself is not retried. A request that was on
  // its way while someone signed in is only sent again: asking again would open a second
  // form over a page that is signed in.
  if (res.status === 401 && onSignedOut && path !== '/api/session' && (await signedOut(res))) {
    if (signIns === sentAfter) await onSignedOut();
    res = await fetch(path, { ...init, headers });
  }
  // Another program holds the workspace (a CLI import): the server says when to try
  // again; the request (its body is a string or FormData) is sent again, so no edit is lost.
  for (let attempt = 0; res.status === 503 && res.headers.has('retry-after') && attempt < 30; attempt++) {
    await new Promise((resolve) => setTimeout(resolve, 1000 * Math.min(5, Number(res.headers.get('retry-after')) || 1)));
    res = await fetch(path, { ...init, headers });
  }
  if (res.status === 204) return undefined as T;
  const type = res.headers.get('content-type') ?? '';
  const body: unknown = type.includes('json') ? await res.json() : await res.text();
  if (!res.ok) {
    const message = (body as { error?: { message?: string } })?.error?.message ?? `HTTP ${res.status}`;
    throw new ApiError(res.status, message, body);
  }
  return body as T;
}

async function signedOut(res: Response): Promise<boolean> {
  const body = (await res.clone().json().catch(() => null)) as Partial<ErrorBody> | null;
  return body?.error?.code === 'signed-out';
}

const json = (method: string, body: unknown): RequestInit => ({ method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

export const api = {
  session: () => call<SessionInfo>('/api/session'),
  signIn: (user: string, password: string) => call<SessionInfo>('/api/session', json('POST', { user, password })),
  signOut: () => call<void>('/api/session', { method: 'DELETE' }),
  documents: () => call<{ documents: DocumentSummary[] }>('/api/documents').then((r) => r.documents),
  detail: (id: number) => call<{ title: string; source: { segments: { paragraph: number }[] } }>(`/api/documents/${id}`),
  terms: (id: number) => call<{ terms: { side: string; found: string; status: string; en: string | null; tr: string | null }[] }>(`/api/pairs/${id}/terms`).then((r) => r.terms),
  find: (documentId: number, body: FindRequest) => call<FindPreview>(`/api/documents/${documentId}/find`, json('POST', body)),
  replace: (documentId: number, body: FindRequest & { replace: string; allowEmpty?: boolean; expect?: { id: number; version: number }[] }) => call<BatchResult>(`/api/documents/${documentId}/replace`, json('POST', body)),
  setStatuses: (documentId: number, status: Status, pairs: { id: number; version: number }[]) => call<BatchResult>(`/api/documents/${documentId}/status`, json('POST', { status, pairs })),
  undoBatch: (documentId: number, batch: string) => call<BatchResult>(`/api/documents/${documentId}/batches/${encodeURIComponent(batch)}/undo`, json('POST', {})),
  comments: (pairId: number) => call<{ comments: Comment[] }>(`/api/pairs/${pairId}/comments`).then((r) => r.comments),
  addComment: (pairId: number, text: string) => call<Comment>(`/api/pairs/${pairId}/comments`, json('POST', { text })),
  deleteComment: (pairId: number, id: number) => call<void>(`/api/pairs/${pairId}/comments/${id}`, { method: 'DELETE' }),
  analysis: (documentId: number) => call<LeverageReport>(`/api/documents/${documentId}/analysis`),
  importPair: (form: FormData) => call<{ id: number }>('/api/documents', { method: 'POST', body: form }),
  deleteDocument: (id: number) => call<void>(`/api/documents/${id}`, { method: 'DELETE' }),
  pairs: (id: number) => call<PairPage>(`/api/documents/${id}/pairs`).then((r) => r.pairs),
  pairsWithTitle: (id: number, range?: { offset: number; limit: number }) =>
    call<PairPage>(`/api/documents/${id}/pairs${range ? `?offset=${range.offset}&limit=${range.limit}` : ''}`),
  flags: (id: number) => call<PairFlags>(`/api/documents/${id}/flags`),
  pairFlags: (id: number) => call<{ flags: Flag[] }>(`/api/pairs/${id}/flags`).then((r) => r.flags),
  spelling: (documentId: number, pairIds?: number[]) => call<SpellingReport>(`/api/documents/${documentId}/spelling${pairIds ? `?pairs=${pairIds.join(',')}` : ''}`),
  addWord: (lang: 'en' | 'tr', word: string) => call<{ lang: string; word: string; added: boolean }>('/api/words', json('POST', { lang, word })),
  updatePair: (id: number, body: { version: number; source?: string; target?: string; status?: Status; reason?: 'edit' | 'undo' | 'redo' | 'restore' }) => call<Pair>(`/api/pairs/${id}`, json('PUT', body)),
  /** A save that outlives the page (beforeunload): fire and forget; the draft stays until the next visit sees the text saved. */
  saveOnExit: (id: number, body: { version: number; source?: string; target?: string }): void => {
    void fetch(`/api/pairs/${id}`, { method: 'PUT', headers: requestHeaders({ 'content-type': 'application/json' }), body: JSON.stringify(body), keepalive: true }).catch(() => undefined);
  },
  acceptFlag: (id: number, body: { check: string; side: string; start: number; end: number; reason: string; scope: 'pair' | 'document' | 'workspace' }) => call<{ flags: Flag[] }>(`/api/pairs/${id}/accept`, json('POST', body)).then((r) => r.flags),
  acceptDocumentFlag: (documentId: number, body: { check: string; key: string; reason: string }) => call<{ acceptance: { id: number } }>(`/api/documents/${documentId}/accept`, json('POST', body)),
  withdrawDocumentAcceptance: (documentId: number, acceptanceId: number) => call<{ withdrawn: number }>(`/api/documents/${documentId}/accepted/${acceptanceId}`, { method: 'DELETE' }),
  withdrawAcceptance: (id: number, acceptanceId: number) => call<{ flags: Flag[] }>(`/api/pairs/${id}/accepted/${acceptanceId}`, { method: 'DELETE' }).then((r) => r.flags),
  fix: (id: number, body: { version: number; side: string; start: number; end: number; replacement: string; check: string }) =>
    call<{ pair: Pair; flags: Flag[] }>(`/api/pairs/${id}/fix`, json('POST', body)),
  matches: (id: number) => call<{ matches: TmMatch[] }>(`/api/pairs/${id}/matches`).then((r) => r.matches),
  revisions: (id: number) => call<{ revisions: Revision[] }>(`/api/pairs/${id}/revisions`).then((r) => r.revisions),
  concordance: (q: string) => call<{ hits: ConcordanceHit[] }>(`/api/tm/concordance?q=${encodeURIComponent(q)}`).then((r) => r.hits),
  addTerm: (body: { entry: string; lang: string; term: string; status: string }) => call<unknown>('/api/glossary/terms', json('POST', body)),
  mergeNext: (id: number, version: number) => call<{ pairs: Pair[]; removed: number[] }>(`/api/pairs/${id}/merge-next`, json('POST', { version })),
  split: (id: number, version: number, srcAt: number, tgtAt: number) => call<{ pairs: Pair[] }>(`/api/pairs/${id}/split`, json('POST', { version, srcAt, tgtAt })),
  move: (id: number, version: number, side: 'src' | 'tgt', edge: 'first' | 'last') => call<{ pairs: Pair[] }>(`/api/pairs/${id}/move`, json('POST', { version, side, edge })),
  undoAlignment: (documentId: number) => call<unknown>(`/api/documents/${documentId}/alignment/undo`, json('POST', {})),
  importXliff: (documentId: number, form: FormData) =>
    call<XliffImportReport>(`/api/documents/${documentId}/import-xliff`, { method: 'POST', body: form }),
};
