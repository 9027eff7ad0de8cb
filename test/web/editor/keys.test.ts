import { describe, expect, it } from 'vitest';
import { commandFor, type KeyContext } from '../../../web/src/editor/keys.js';

const key = (k: string, mods: { alt?: boolean; ctrl?: boolean; shift?: boolean } = {}) => ({ key: k, altKey: !!mods.alt, ctrlKey: !!mods.ctrl, shiftKey: !!mods.shift });
const idle: KeyContext = { typing: false, onRow: false, active: true, editing: false };
const typing: KeyContext = { typing: true, onRow: false, active: true, editing: true };

describe("the editor's keys", () => {
  it('? opens the overlay, but is a character while typing', () => {
    expect(commandFor(key('?'), idle)).toEqual({ kind: 'shortcuts' });
    expect(commandFor(key('?'), typing)).toBeNull();
  });
  it('F8 and Alt+N go forward, with Shift backward', () => {
    expect(commandFor(key('F8', { shift: true }), typing)).toEqual({ kind: 'next-flag', direction: -1 });
    expect(commandFor(key('N', { alt: true, shift: true }), idle)).toEqual({ kind: 'next-draft', direction: -1 });
    expect(commandFor(key('n', { alt: true }), idle)).toEqual({ kind: 'next-draft', direction: 1 });
  });
  it('Alt+1…4 set a status only when a pair is active', () => {
    expect(commandFor(key('3', { alt: true }), idle)).toEqual({ kind: 'status', status: 'reviewed' });
    expect(commandFor(key('3', { alt: true }), { ...idle, active: false })).toBeNull();
    expect(commandFor(key('5', { alt: true }), idle)).toBeNull();
  });
  it('Enter opens a focused row; Ctrl+Enter confirms; Escape cancels only an edit', () => {
    expect(commandFor(key('Enter'), { ...idle, onRow: true })).toEqual({ kind: 'open-row' });
    expect(commandFor(key('Enter'), typing)).toBeNull(); // a line break in the text
    expect(commandFor(key('Enter', { ctrl: true }), typing)).toEqual({ kind: 'confirm' });
    expect(commandFor(key('Escape'), typing)).toEqual({ kind: 'cancel' });
    expect(commandFor(key('Escape'), idle)).toBeNull();
  });
  it('Alt+arrows move, Alt+M/S/U correct the alignment', () => {
    expect(commandFor(key('ArrowUp', { alt: true }), typing)).toEqual({ kind: 'move', delta: -1 });
    expect(commandFor(key('m', { alt: true }), idle)).toEqual({ kind: 'alignment', op: 'merge' });
    expect(commandFor(key('U', { alt: true }), idle)).toEqual({ kind: 'alignment', op: 'undo' });
    expect(commandFor(key('s', { alt: true }), { ...idle, active: false })).toBeNull();
  });
  it('Ctrl+H finds, Ctrl+G goes to a number; plain letters are text', () => {
    expect(commandFor(key('h', { ctrl: true }), typing)).toEqual({ kind: 'find' });
    expect(commandFor(key('g', { ctrl: true }), idle)).toEqual({ kind: 'go-to' });
    expect(commandFor(key('m'), typing)).toBeNull();
  });
});
