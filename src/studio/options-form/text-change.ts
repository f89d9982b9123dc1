/*
 * One edit to the editor's text, in the shape CodeMirror's `dispatch({ changes })` takes, and the
 * line arithmetic the YAML writers share. Every writer in this folder answers with one change, so
 * the editor's undo history gets one step per form edit and the rest of the text is left alone.
 */

export interface TextChange {
  from: number;
  to: number;
  insert: string;
}

export function applyChange(text: string, change: TextChange): string {
  return text.slice(0, change.from) + change.insert + text.slice(change.to);
}

/**
 * Several non-overlapping changes as one: the text between them is carried over unchanged, so the
 * result is byte for byte what applying them one after another would give.
 */
export function mergeChanges(text: string, changes: readonly TextChange[]): TextChange {
  const sorted = [...changes].sort((a, b) => a.from - b.from);
  const first = sorted[0];
  if (!first) throw new Error('mergeChanges needs at least one change');
  let insert = '';
  let at = first.from;
  for (const c of sorted) {
    if (c.from < at) throw new Error('changes overlap');
    insert += text.slice(at, c.from) + c.insert;
    at = c.to;
  }
  return { from: first.from, to: at, insert };
}

export function lineStart(text: string, pos: number): number {
  return text.lastIndexOf('\n', pos - 1) + 1;
}

/** The position of the line break ending the line that holds `pos` (or the end of the text). */
export function lineEnd(text: string, pos: number): number {
  const end = text.indexOf('\n', pos);
  return end < 0 ? text.length : end;
}

export function columnOf(text: string, pos: number): number {
  return pos - lineStart(text, pos);
}

/** True when only spaces come before `pos` on its line. */
export function startsLine(text: string, pos: number): boolean {
  return text.slice(lineStart(text, pos), pos).trim() === '';
}
