import type { DocumentFlag, Flag, Misspelling, Pair, SpellingReport, Status } from '../api.js';
import type { EditSide } from '../drafts.js';

/**
 * The editor's state for the open document, and the questions every part asks of it
 * (which pairs the filters show, a pair's number, its version). No DOM here: the parts
 * that draw register themselves in `view`, so the modules that change the state can ask
 * for a redraw without importing the grid or the side panel.
 */
export interface EditorState {
  documentId: number;
  pairs: Pair[];
  flags: Map<number, Flag[]>;
  /** Words the dictionaries and the workspace do not know, per pair and side (drawn apart from the flags). */
  spelling: Map<number, { src: Misspelling[]; tgt: Misspelling[] }>;
  documentFlags: DocumentFlag[];
  active: number | null;
  /** The pair and side being edited in place, if any. */
  editing: { id: number; side: EditSide } | null;
  filters: Filters;
  /** Pairs whose first source segment opens a paragraph (the grid draws a rule above them). */
  paragraphStarts: Set<number>;
}

export interface Filters {
  status: Status | '';
  /** A check id: pairs with a flag of that check. */
  flag: string;
  /** Text the shown pairs contain (either side, case folded by each side's language). */
  text: string;
  reviewOnly: boolean;
}

export const NO_FILTERS: Filters = { status: '', flag: '', text: '', reviewOnly: false };

export let state: EditorState;

/** The redraws the rest of the editor asks for; the grid, side panel and document panel fill them in. */
export interface View {
  renderGrid(): void;
  /** Draw one pair's row again (if it is drawn). */
  replaceRow(id: number): void;
  /** The pair's row, drawn and scrolled into the list if needed. */
  reveal(id: number): HTMLElement | null;
  renderSide(): void;
  renderProgress(): void;
  renderDocumentFlags(): void;
}

const nothing = () => undefined;
export const view: View = { renderGrid: nothing, replaceRow: nothing, reveal: () => null, renderSide: nothing, renderProgress: nothing, renderDocumentFlags: nothing };

export function openState(next: EditorState): void {
  state = next;
  index.of = null;
}

/** Whether the filters show a pair. Case is folded by each side's language (İ/i, I/ı in Turkish). */
export function matchesFilters(p: Pair, filters: Filters, flags: ReadonlyMap<number, readonly Flag[]>): boolean {
  if (filters.text && !p.source.toLocaleLowerCase('en').includes(filters.text.toLocaleLowerCase('en')) && !p.target.toLocaleLowerCase('tr').includes(filters.text.toLocaleLowerCase('tr'))) return false;
  if (filters.status && p.status !== filters.status) return false;
  if (filters.reviewOnly && !p.needsReview) return false;
  if (filters.flag && !(flags.get(p.id) ?? []).some((f) => f.check === filters.flag)) return false;
  return true;
}

export const visible = (p: Pair): boolean => matchesFilters(p, state.filters, state.flags);

export const shownPairs = (): Pair[] => state.pairs.filter(visible);

export const anyFilter = (filters: Filters): boolean => Boolean(filters.status || filters.flag || filters.text || filters.reviewOnly);

const index: { of: Pair[] | null; positions: Map<number, number> } = { of: null, positions: new Map() };

/** A pair's position in the document, from 1 (0: not in it). A map rebuilt when the list changes, not indexOf per row (O(n²) on 100,000 pairs). */
export function numberOf(id: number): number {
  if (index.of !== state.pairs || index.positions.size !== state.pairs.length) {
    index.positions.clear();
    state.pairs.forEach((p, k) => index.positions.set(p.id, k));
    index.of = state.pairs;
  }
  return (index.positions.get(id) ?? -1) + 1;
}

export function pairById(id: number): Pair | undefined {
  const k = numberOf(id) - 1;
  return k >= 0 ? state.pairs[k] : undefined;
}

/** The pair's version as the editor has it now (after any save). */
export function versionOf(id: number): number {
  return pairById(id)?.version ?? 0;
}

/** Spelling as the server reports it (a document's, or some pairs'), taken into the state. */
export function takeSpelling(report: SpellingReport): void {
  for (const p of report.pairs) state.spelling.set(p.id, { src: p.src, tgt: p.tgt });
}

/** A document's flags as the server reports them, taken into the state. */
export function takeFlags(report: { pairs: { id: number; flags: Flag[] }[]; document: DocumentFlag[] }): void {
  state.flags = new Map(report.pairs.map((p) => [p.id, p.flags]));
  state.documentFlags = report.document;
}

/** The server's answer replaces the pair (a save, a fix, a status). */
export function applyPair(updated: Pair): void {
  const k = numberOf(updated.id) - 1;
  if (k >= 0) state.pairs[k] = { ...state.pairs[k], ...updated, needsReview: updated.needsReview ?? false };
  view.renderProgress();
}

const wordsOf = (text: string): number => (text.trim() ? text.trim().split(/\s+/).length : 0);

export interface Progress {
  done: number;
  pairs: number;
  doneWords: number;
  words: number;
  percent: number;
  /** Open flags (not accepted). */
  flags: number;
  accepted: number;
}

/** Pairs and source words confirmed (any status past draft), open and accepted flags. O(pairs). */
export function progressOf(pairs: readonly Pair[], flags: ReadonlyMap<number, readonly Flag[]>): Progress {
  let done = 0;
  let words = 0;
  let doneWords = 0;
  for (const p of pairs) {
    const w = wordsOf(p.source);
    words += w;
    if (p.status !== 'draft') {
      done++;
      doneWords += w;
    }
  }
  let open = 0;
  let accepted = 0;
  for (const list of flags.values()) for (const f of list) f.accepted ? accepted++ : open++;
  return { done, pairs: pairs.length, doneWords, words, percent: words ? Math.round((100 * doneWords) / words) : 0, flags: open, accepted };
}
