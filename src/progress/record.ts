/**
 * The learner record: everything the course remembers for one learner, in their browser.
 *
 * Shape (version 1), stored as JSON under the key `cb:record`:
 *   { version: 1,
 *     reflections: { "<page>/<id>": { text, updatedAt } },        // autosaved as typed
 *     checks:      { "<page>/<question>": { answer, correct, updatedAt } } }
 * Every item carries its own `updatedAt` (ms since epoch) so two tabs writing at once merge
 * item by item: the newer item wins, nothing else is touched. A later version adds fields and
 * a migration from every earlier version (see migrate.ts once there is a version 2).
 */
export const RECORD_VERSION = 1;

export interface ReflectionItem {
  text: string;
  updatedAt: number;
}

export interface CheckItem {
  /** Index of the answer chosen. */
  answer: number;
  correct: boolean;
  updatedAt: number;
}

export interface LearnerRecord {
  version: typeof RECORD_VERSION;
  reflections: Record<string, ReflectionItem>;
  checks: Record<string, CheckItem>;
}

export function emptyRecord(): LearnerRecord {
  return { version: RECORD_VERSION, reflections: {}, checks: {} };
}

type Timestamped = { updatedAt: number };

function mergeItems<T extends Timestamped>(a: Record<string, T>, b: Record<string, T>): Record<string, T> {
  const out: Record<string, T> = { ...a };
  for (const [key, item] of Object.entries(b)) {
    const mine = out[key];
    if (!mine || item.updatedAt > mine.updatedAt) out[key] = item;
  }
  return out;
}

/** Item-by-item merge: the newer copy of each item wins; items only one side has are kept. */
export function mergeRecords(a: LearnerRecord, b: LearnerRecord): LearnerRecord {
  return {
    version: RECORD_VERSION,
    reflections: mergeItems(a.reflections, b.reflections),
    checks: mergeItems(a.checks, b.checks),
  };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Keeps only well-formed items, so one damaged entry never costs the learner the rest. */
export function sanitiseRecord(value: unknown): LearnerRecord | undefined {
  if (!isObject(value) || value.version !== RECORD_VERSION) return undefined;
  const record = emptyRecord();
  if (isObject(value.reflections)) {
    for (const [key, item] of Object.entries(value.reflections)) {
      if (isObject(item) && typeof item.text === 'string' && typeof item.updatedAt === 'number') {
        record.reflections[key] = { text: item.text, updatedAt: item.updatedAt };
      }
    }
  }
  if (isObject(value.checks)) {
    for (const [key, item] of Object.entries(value.checks)) {
      if (isObject(item) && typeof item.answer === 'number' && typeof item.correct === 'boolean' && typeof item.updatedAt === 'number') {
        record.checks[key] = { answer: item.answer, correct: item.correct, updatedAt: item.updatedAt };
      }
    }
  }
  return record;
}
