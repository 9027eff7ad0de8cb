import type { Status } from '../api.js';

/** The editor's keys as commands: a pure table, tested on its own; keyboard.ts carries the commands out. */

/** The statuses Alt+1…4 set. */
const STATUS_KEYS: Readonly<Record<string, Status>> = { '1': 'draft', '2': 'translated', '3': 'reviewed', '4': 'final' };

export type Command =
  | { kind: 'shortcuts' }
  | { kind: 'next-flag'; direction: 1 | -1 }
  | { kind: 'next-draft'; direction: 1 | -1 }
  | { kind: 'find' }
  | { kind: 'go-to' }
  | { kind: 'status'; status: Status }
  | { kind: 'open-row' }
  | { kind: 'confirm' }
  | { kind: 'cancel' }
  | { kind: 'move'; delta: 1 | -1 }
  | { kind: 'alignment'; op: 'merge' | 'split' | 'undo' };

export interface KeyContext {
  /** The focus is in a text field, a list box or a select. */
  typing: boolean;
  /** The focus is on a grid row. */
  onRow: boolean;
  /** A pair is active. */
  active: boolean;
  /** A side is being edited. */
  editing: boolean;
}

type Keys = Pick<KeyboardEvent, 'key' | 'altKey' | 'ctrlKey' | 'shiftKey'>;

/** Which command a key press means, if any. Pure: the table of the editor's keys (the ? overlay lists them). */
export function commandFor(e: Keys, c: KeyContext): Command | null {
  const key = e.key.toLowerCase();
  const direction = e.shiftKey ? -1 : 1;
  if (e.key === '?' && !c.typing && !e.ctrlKey && !e.altKey) return { kind: 'shortcuts' };
  if (e.key === 'F8') return { kind: 'next-flag', direction };
  if (e.altKey && key === 'n') return { kind: 'next-draft', direction };
  if (e.ctrlKey && key === 'h') return { kind: 'find' };
  if (e.ctrlKey && key === 'g') return { kind: 'go-to' };
  if (e.altKey && STATUS_KEYS[e.key] && c.active) return { kind: 'status', status: STATUS_KEYS[e.key]! };
  if (e.key === 'Enter' && !c.typing && c.onRow && !e.ctrlKey) return { kind: 'open-row' };
  if (e.ctrlKey && e.key === 'Enter') return { kind: 'confirm' };
  if (e.key === 'Escape' && c.editing) return { kind: 'cancel' };
  if (e.altKey && (e.key === 'ArrowDown' || e.key === 'ArrowUp')) return { kind: 'move', delta: e.key === 'ArrowDown' ? 1 : -1 };
  if (e.altKey && c.active && (key === 'm' || key === 's' || key === 'u')) return { kind: 'alignment', op: key === 'm' ? 'merge' : key === 's' ? 'split' : 'undo' };
  return null;
}
