import { describe, expect, it } from 'vitest';
import { commandFor, shortcutHelp, type KeyPress } from '../../../src/facilitation/shortcuts';

const press = (key: string, extra: Partial<KeyPress> = {}): KeyPress => ({
  key,
  code: /^[0-9]$/.test(key) ? `Digit${key}` : '',
  shiftKey: false,
  ctrlKey: false,
  altKey: false,
  metaKey: false,
  ...extra,
});

describe('presenter shortcuts', () => {
  it('lets a clicker go forward and back with the keys it sends', () => {
    for (const key of ['ArrowRight', 'PageDown', ' ']) expect(commandFor(press(key))).toEqual({ type: 'advance' });
    for (const key of ['ArrowLeft', 'PageUp', 'b', 'B']) expect(commandFor(press(key))).toEqual({ type: 'back' });
  });

  it('adds a vote with a digit and takes one away with Shift, whatever the keyboard layout prints', () => {
    expect(commandFor(press('3'))).toEqual({ type: 'vote', index: 2, delta: 1 });
    expect(commandFor(press('£', { code: 'Digit3', shiftKey: true }))).toEqual({ type: 'vote', index: 2, delta: -1 });
    expect(commandFor(press('1', { code: 'Numpad1' }))).toEqual({ type: 'vote', index: 0, delta: 1 });
    expect(commandFor(press('0', { code: 'Digit0' }))).toBeNull();
  });

  it('leaves browser shortcuts alone', () => {
    expect(commandFor(press('r', { ctrlKey: true }))).toBeNull();
    expect(commandFor(press('ArrowLeft', { altKey: true }))).toBeNull();
    expect(commandFor(press('p', { metaKey: true }))).toBeNull();
    expect(commandFor(press('x'))).toBeNull();
  });

  it('documents every key the handler answers to', () => {
    const documented = shortcutHelp.flatMap((s) => s.keys).join(' ');
    for (const key of ['R', 'N', 'W', 'T', 'H', 'O', '?', 'B', 'Page Down', 'Page Up', 'Space'])
      expect(documented).toContain(key);
    for (const key of ['r', 'n', 'w', 't', 'h', 'o', '?']) expect(commandFor(press(key))).not.toBeNull();
  });
});
