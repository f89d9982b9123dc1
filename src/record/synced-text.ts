/*
 * One text box kept in step with the learner record across tabs, without ever writing over words
 * it has not seen. Each saved version records the version it was built on (`basedOn`, the
 * `updatedAt` of the text the box last agreed with). When a newer version arrives from another
 * tab, the box can tell:
 *
 * - a successor (built on what this box last saw): if the learner has not typed since, the box
 *   simply shows it;
 * - a rival (built without seeing this box's last version, because browsers pass storage between
 *   tabs late): neither side saw the other, so neither may simply win.
 *
 * When both sides have words the other lacks, both are kept, joined with a marked line, and the
 * learner is told, so they can edit the two into one. Joining is crude, but it loses nothing.
 */

export const OTHER_TAB_MARK = '— Also written in another tab —';

/** The version a box last agreed with: its text and when it was saved (0: nothing saved yet). */
export interface Agreed {
  text: string;
  at: number;
}

/** A version in the record. `basedOn` is missing from versions saved before it existed. */
export interface Version {
  text: string;
  updatedAt: number;
  basedOn?: number | undefined;
}

export type Reconciled =
  /** Nothing to do. */
  | { kind: 'in-step' }
  /** Show `text` (the stored version); nothing in the box is lost by it. */
  | { kind: 'adopt'; text: string }
  /** Keep `text` (the box's, which holds the other) and save it. */
  | { kind: 'keep'; text: string }
  /** Both have words the other lacks: show and save `text`, which holds both, and tell the learner. */
  | { kind: 'joined'; text: string };

export function reconcile(box: string, agreed: Agreed, stored: Version | undefined): Reconciled {
  const theirs = stored?.text ?? '';
  if (!stored || stored.updatedAt === agreed.at || theirs === box) return { kind: 'in-step' };
  const successor = stored.basedOn === undefined || stored.basedOn === agreed.at;
  if (successor && box === agreed.text) return { kind: 'adopt', text: theirs };
  if (box.trim() === '' || theirs.includes(box)) return { kind: 'adopt', text: theirs };
  if (theirs.trim() === '' || box.includes(theirs)) return { kind: 'keep', text: box };
  return { kind: 'joined', text: `${box}\n\n${OTHER_TAB_MARK}\n${theirs}` };
}
