/*
 * The presenter's keyboard shortcuts, kept apart from the page so the help overlay and the key
 * handler read the same table. The arrow and Page keys make a presentation clicker work too.
 */

export type Command =
  | { type: 'advance' }
  | { type: 'back' }
  | { type: 'reveal' }
  | { type: 'next' }
  | { type: 'rewind' }
  | { type: 'notes' }
  | { type: 'timer' }
  | { type: 'audience' }
  | { type: 'help' }
  | { type: 'vote'; index: number; delta: 1 | -1 };

export interface KeyPress {
  key: string;
  code: string;
  shiftKey: boolean;
  ctrlKey: boolean;
  altKey: boolean;
  metaKey: boolean;
}

/** For the help overlay: the keys, and what they do. */
export const shortcutHelp: { keys: string[]; does: string }[] = [
  {
    keys: ['→', 'Page Down', 'Space'],
    does: 'Go forward: the next projector screen, then reveal the consequence, the next decision or the debrief',
  },
  { keys: ['←', 'Page Up', 'B'], does: 'Go back one screen (going back from a consequence reopens the vote with a fresh tally)' },
  { keys: ['R'], does: 'Reveal the consequence of the most-voted option, or of your pick' },
  { keys: ['N'], does: 'Next: from a consequence to the next decision, or to the debrief' },
  { keys: ['1', '…', '9'], does: 'One more vote for option A … I' },
  { keys: ['Shift + 1', '…', '9'], does: 'One vote fewer for that option' },
  { keys: ['W'], does: 'Rewind: move to the list of decisions, to go back to any of them' },
  { keys: ['T'], does: 'Start or pause the discussion timer' },
  { keys: ['H'], does: 'Hide or show the facilitator notes (for a single projected screen)' },
  { keys: ['O'], does: 'Open the audience window' },
  { keys: ['?'], does: 'Show these shortcuts' },
];

const byKey: Record<string, Command> = {
  ArrowRight: { type: 'advance' },
  PageDown: { type: 'advance' },
  ' ': { type: 'advance' },
  ArrowLeft: { type: 'back' },
  PageUp: { type: 'back' },
  b: { type: 'back' },
  r: { type: 'reveal' },
  n: { type: 'next' },
  w: { type: 'rewind' },
  t: { type: 'timer' },
  h: { type: 'notes' },
  o: { type: 'audience' },
  '?': { type: 'help' },
};

/** The command a key press stands for; null for anything else (typing, browser shortcuts). */
export function commandFor(press: KeyPress): Command | null {
  if (press.ctrlKey || press.altKey || press.metaKey) return null;
  const digit = /^Digit([1-9])$/.exec(press.code) ?? /^Numpad([1-9])$/.exec(press.code);
  if (digit) return { type: 'vote', index: Number(digit[1]) - 1, delta: press.shiftKey ? -1 : 1 };
  return byKey[press.key.length === 1 ? press.key.toLowerCase() : press.key] ?? null;
}

/** Key presses aimed at a form control or a button belong to it, not to the shortcuts. */
export function ownsKeys(target: EventTarget | null, key: string): boolean {
  if (!(target instanceof Element)) return false;
  if (target.closest('input, textarea, select, [contenteditable="true"]')) return true;
  // Space and the arrows already mean something on buttons, links and summaries.
  return (key === ' ' || key === 'Enter') && Boolean(target.closest('button, a, summary'));
}
