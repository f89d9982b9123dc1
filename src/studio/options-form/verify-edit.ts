import { parseDocument, type Document } from 'yaml';
import { sameData } from './plain-data';
import { dataOf } from './scenario-nodes';
import type { ScalarStyle } from './scalar-style';
import { applyChange, type TextChange } from './text-change';

/*
 * Every edit the form makes is read back before it is handed to the editor: the new text must
 * parse, and read as exactly the old document with the intended change. An edit written in the
 * preferred style that fails is tried again with every new string in double quotation marks; one
 * that still fails is refused with a reason, and the text is left alone.
 */

export type WriteResult = { ok: true; change: TextChange | null } | { ok: false; reason: string };

/** A text change and what the document's data should then be; or why the edit cannot be made. */
export type Plan = { ok: true; change: TextChange; expect: (data: unknown) => void } | { ok: false; reason: string };

const refused =
  'The form could not make this change without disturbing the rest of the file, so the text is unchanged; make the change in the text instead.';

export function verifiedEdit(text: string, doc: Document.Parsed, plan: (style: ScalarStyle) => Plan): WriteResult {
  const before = dataOf(doc);
  let expected: unknown;
  for (const style of ['preferred', 'quoted'] as const) {
    let planned: Plan;
    try {
      planned = plan(style);
    } catch {
      // A shape the edits do not handle (a field with no colon, a list item with no hyphen…).
      return { ok: false, reason: refused };
    }
    if (!planned.ok) return planned;
    if (expected === undefined) {
      expected = structuredClone(before);
      planned.expect(expected);
      // Already so: nothing to write.
      if (sameData(expected, before)) return { ok: true, change: null };
    }
    const after = parseDocument(applyChange(text, planned.change), { uniqueKeys: true });
    if (!after.errors.length && sameData(after.toJS(), expected)) return { ok: true, change: planned.change };
  }
  return { ok: false, reason: refused };
}
