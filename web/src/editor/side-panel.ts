import { api, type Comment, type Pair, type Revision } from '../api';
import { h } from '../dom';
import { originKey, redoTarget, undoTarget } from '../history';
import { errorText, formatDate, t, toast } from '../ui';
import { alignmentOp, reload, restoreRevision } from './commands';
import { diffParagraph } from './diff-view';
import { activate } from './navigation';
import { numberOf, state, versionOf, view } from './store';

/**
 * The side panel for the active pair: alignment corrections, comments, TM matches with a
 * word diff, concordance, glossary terms (and a form for one more), and the history of
 * both sides with undo, redo and restore.
 */

let sideEl: HTMLElement;

export function mountSide(side: HTMLElement): void {
  sideEl = side;
}

/** The side panel for the active pair. */
export function renderSide(): void {
  const side = sideEl;
  side.replaceChildren();
  const pair = state.active === null ? undefined : state.pairs[numberOf(state.active) - 1];
  if (!pair) {
    side.append(h('p', { class: 'hint', text: t('editor.pickPair') }), h('p', { class: 'hint', text: t('editor.keys') }));
    return;
  }
  const matches = h('section', { id: 'tm-matches' }, h('h3', { text: t('editor.tmMatches') }), h('p', { class: 'hint', text: t('editor.loading') }));
  const terms = h('section', { id: 'terms' }, h('h3', { text: t('editor.terms') }));
  const history = h('section', { id: 'history' }, h('h3', { text: t('editor.history') }));
  const comments = h('section', { id: 'comments' }, h('h3', { text: t('editor.comments') }));
  side.append(alignmentActions(pair), comments, matches, concordance(), terms, addTermForm(), history);
  void api.comments(pair.id).then((list) => renderComments(comments, pair, list));
  void api.matches(pair.id).then((list) => {
    matches.replaceChildren(h('h3', { text: t('editor.tmMatches') }));
    if (!list.length) matches.append(h('p', { class: 'hint', text: t('editor.noMatches') }));
    for (const m of list) {
      const diff = diffParagraph(m.unit.source, pair.source);
      matches.append(
        h(
          'div',
          { class: 'match' },
          h('span', { class: 'pct', text: m.context ? t('editor.contextMatch') : `${m.score}%` }),
          // a unit cut from a 2-1 pair: its target is a clause, not a whole sentence
          m.unit.partOf === null ? null : h('span', { class: 'hint part', text: ` · ${t('editor.matchPart')}` }),
          diff,
          h('p', { class: 'match-target', text: m.unit.target }),
          h('button', {
            text: t('editor.useMatch'),
            onclick: () => {
              activate(pair.id, 'target');
              queueMicrotask(() => {
                const area = document.querySelector<HTMLTextAreaElement>('#edit-target');
                if (!area) return;
                area.value = m.unit.target;
                area.dispatchEvent(new Event('input')); // kept as a draft like typed text
              });
            },
          }),
        ),
      );
    }
  });
  void api
    .terms(pair.id)
    .then((list) => {
      if (!list.length) terms.append(h('p', { class: 'hint', text: t('editor.noTerms') }));
      for (const term of list) terms.append(h('p', { class: `term ${term.status}`, text: `${term.found} — ${term.en ?? '?'} / ${term.tr ?? '?'}${term.status === 'preferred' ? '' : ` (${t(`termStatus.${term.status}`)})`}` }));
    });
  void api.revisions(pair.id).then((revisions) => renderHistory(history, pair, revisions));
}

/** A pair's comments (who, when, what) and a form for one more; the grid's badge follows. */
function renderComments(section: HTMLElement, pair: Pair, list: Comment[]): void {
  section.replaceChildren(h('h3', { text: t('editor.comments') }));
  const count = (n: number) => {
    const k = numberOf(pair.id) - 1;
    if (k >= 0) state.pairs[k] = { ...state.pairs[k]!, comments: n };
    view.replaceRow(pair.id);
  };
  for (const c of list) {
    section.append(
      h('div', { class: 'comment' },
        h('p', { class: 'who', text: `${c.author ?? t('editor.unknownAuthor')} · ${formatDate(c.at)}${c.origin?.startsWith('xliff:') ? ` · ${t('origin.xliff')}` : ''}` }),
        h('p', { class: 'comment-text', text: c.text }),
        h('button', { class: 'delete-comment', text: t('editor.deleteComment'), 'aria-label': t('editor.deleteComment'), onclick: () => void api.deleteComment(pair.id, c.id).then(() => api.comments(pair.id)).then((l) => { renderComments(section, pair, l); count(l.length); }, (err: unknown) => toast(errorText(err), 'error')) }),
      ),
    );
  }
  const text = h('textarea', { id: 'comment-text', rows: 2, 'aria-label': t('editor.commentPlaceholder'), placeholder: t('editor.commentPlaceholder') });
  const form = h('form', { class: 'add-comment' }, text, h('button', { type: 'submit', id: 'add-comment', text: t('editor.addComment') }));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (!text.value.trim()) return;
    void api
      .addComment(pair.id, text.value)
      .then(() => api.comments(pair.id))
      .then((l) => {
        renderComments(section, pair, l);
        count(l.length);
      }, (err: unknown) => toast(errorText(err), 'error'));
  });
  section.append(form);
}

/**
 * The pair's history, newest first: who, why (in the UI's language), when, the status
 * change and word diffs of whichever side changed; Undo and Redo step through it
 * (history.ts), and any earlier version can be restored.
 */
function renderHistory(history: HTMLElement, pair: Pair, revisions: Revision[]): void {
  const step = (target: Revision, reason: 'undo' | 'redo' | 'restore') => void restoreRevision(pair.id, { source: target.source, target: target.target, status: target.status }, reason);
  const undo = undoTarget(revisions);
  const redo = redoTarget(revisions);
  history.append(
    h('div', { class: 'buttons' },
      h('button', { id: 'undo-edit', text: t('editor.undoEdit'), disabled: !undo, onclick: () => undo && step(undo, 'undo') }),
      h('button', { id: 'redo-edit', text: t('editor.redoEdit'), disabled: !redo, onclick: () => redo && step(redo, 'redo') }),
    ),
  );
  [...revisions].reverse().forEach((r, k) => {
    const previous = revisions[revisions.length - 2 - k];
    const origin = originKey(r.origin);
    const who = `v${r.version} · ${r.author ?? t('editor.unknownAuthor')} · ${t(origin.key, { defaultValue: r.origin ?? '' })}${origin.detail ? ` (${t(`checks.${origin.detail}`, { defaultValue: origin.detail })})` : ''} · ${formatDate(r.at)}`;
    const entry = h('div', { class: 'revision' }, h('p', { class: 'who', text: who }));
    if (!previous) entry.append(diffParagraph(r.source, r.source, 'source'), diffParagraph(r.target, r.target, 'target'));
    else {
      if (previous.status !== r.status) entry.append(h('p', { class: 'status-change', text: `${t(`status.${previous.status}`)} → ${t(`status.${r.status}`)}` }));
      if (previous.source !== r.source) entry.append(diffParagraph(previous.source, r.source, 'source'));
      if (previous.target !== r.target) entry.append(diffParagraph(previous.target, r.target, 'target'));
    }
    if (k > 0) entry.append(h('button', { class: 'restore', text: t('editor.restoreVersion', { version: r.version }), onclick: () => step(r, 'restore') }));
    history.append(entry);
  });
}

function alignmentActions(pair: Pair): HTMLElement {
  return h(
    'section',
    { class: 'align-actions' },
    h('h3', { text: t('editor.alignment') }),
    h('button', { text: t('editor.mergeNext'), onclick: () => void alignmentOp(() => api.mergeNext(pair.id, versionOf(pair.id))) }),
    h('button', { text: t('editor.split'), title: t('editor.splitHelp'), onclick: () => void alignmentOp(() => api.split(pair.id, versionOf(pair.id), 1, 1)) }),
    h('button', { text: t('editor.moveFirstTarget'), onclick: () => void alignmentOp(() => api.move(pair.id, versionOf(pair.id), 'tgt', 'first')) }),
    h('button', { text: t('editor.moveLastTarget'), onclick: () => void alignmentOp(() => api.move(pair.id, versionOf(pair.id), 'tgt', 'last')) }),
  );
}

function concordance(): HTMLElement {
  const input = h('input', { type: 'search', id: 'concordance-input', placeholder: t('editor.concordancePlaceholder'), 'aria-label': t('editor.concordance') });
  const results = h('div', { id: 'concordance-results' });
  const form = h('form', { class: 'concordance' }, h('h3', { text: t('editor.concordance') }), input, results);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (!input.value.trim()) return;
    void api.concordance(input.value).then((hits) => {
      results.replaceChildren();
      if (!hits.length) results.append(h('p', { class: 'hint', text: t('editor.noHits') }));
      for (const hit of hits.slice(0, 20)) results.append(h('div', { class: 'hit' }, highlighted(hit.source, hit.sourceRanges), highlighted(hit.target, hit.targetRanges)));
    });
  });
  return form;
}

function highlighted(text: string, ranges: [number, number][]): HTMLElement {
  const p = h('p', {});
  let at = 0;
  for (const [s, e] of ranges) {
    p.append(text.slice(at, s), h('strong', { text: text.slice(s, e) }));
    at = e;
  }
  p.append(text.slice(at));
  return p;
}

function addTermForm(): HTMLElement {
  const entry = h('input', { name: 'entry', required: true, placeholder: t('editor.termEntry'), 'aria-label': t('editor.termEntry'), pattern: '[\\p{L}\\p{N}_.\\-]+' });
  const lang = h('select', { name: 'lang', 'aria-label': t('editor.termLanguage') }, h('option', { value: 'en', text: t('editor.english') }), h('option', { value: 'tr', text: t('editor.turkish') }));
  const term = h('input', { name: 'term', required: true, placeholder: t('editor.term'), 'aria-label': t('editor.term') });
  const status = h('select', { name: 'status', 'aria-label': t('editor.termStatusLabel') }, ...['preferred', 'admitted', 'deprecated', 'forbidden'].map((s) => h('option', { value: s, text: t(`termStatus.${s}`) })));
  const form = h('form', { class: 'add-term' }, h('h3', { text: t('editor.addTerm') }), entry, lang, term, status, h('button', { type: 'submit', text: t('editor.add') }));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    api
      .addTerm({ entry: entry.value, lang: lang.value, term: term.value, status: status.value })
      .then(async () => {
        toast(t('editor.termAdded'));
        await reload(); // the document is checked again against the new term
      })
      .catch((err: unknown) => toast(errorText(err), 'error'));
  });
  return form;
}

