import { api } from '../api';
import { alignmentOp, openFind, setStatus } from './commands';
import { shortcutsDialog } from './dialogs';
import { drafts } from './editing';
import { askPairNumber, activate, confirmActive, goTo, move } from './navigation';
import { commandFor, type Command } from './keys';
import { pairById, state, versionOf, view } from './store';

function run(command: Command, target: EventTarget | null): void {
  switch (command.kind) {
    case 'shortcuts':
      return shortcutsDialog();
    case 'next-flag':
      return goTo((p) => (state.flags.get(p.id) ?? []).some((f) => !f.accepted), command.direction, true);
    case 'next-draft':
      return goTo((p) => p.status === 'draft', command.direction, false);
    case 'find':
      return openFind();
    case 'go-to':
      return askPairNumber();
    case 'status':
      return void setStatus(state.active!, command.status);
    case 'open-row':
      // a focused row opens for editing, as a click does
      return activate(Number((target as HTMLElement).dataset.id), 'target');
    case 'confirm':
      return void confirmActive();
    case 'cancel': {
      // the typed text is dropped on purpose, the pair stays as saved
      const { id, side } = state.editing!;
      drafts.remove(state.documentId, id, side);
      state.editing = null;
      return view.replaceRow(id);
    }
    case 'move':
      return move(command.delta);
    case 'alignment': {
      // Alt+M merge with next, Alt+S split, Alt+U undo the last one
      const pair = pairById(state.active!)!;
      const op = command.op;
      return void alignmentOp(() => (op === 'merge' ? api.mergeNext(pair.id, versionOf(pair.id)) : op === 'split' ? api.split(pair.id, versionOf(pair.id), 1, 1) : api.undoAlignment(state.documentId)));
    }
  }
}

/** The editor's keydown handler (installed while the editor is shown). */
export function onKey(event: KeyboardEvent): void {
  if (!document.querySelector('#grid')) return;
  const target = event.target;
  const command = commandFor(event, {
    typing: target instanceof HTMLTextAreaElement || target instanceof HTMLInputElement || target instanceof HTMLSelectElement,
    onRow: target instanceof HTMLElement && target.matches('.row[data-id]'),
    active: state.active !== null,
    editing: state.editing !== null,
  });
  if (!command) return;
  if (command.kind !== 'cancel') event.preventDefault();
  run(command, target);
}
