import { isoDate } from './iso-date';
import { MAX_CPD_MINUTES, MAX_TEXT_LENGTH, cpdTypes, isoDateSchema, type CpdType } from './schema';
import { parse } from './validate';
import type { CpdEntry, LearnerRecord } from './record';

/**
 * The CPD log as the learner keeps it: the form, the entries they write, edit and delete, and the
 * log's totals. The entries a completed module or scenario makes itself are in auto-cpd.ts. All
 * functions are pure: call them through `store.update`.
 */

export const cpdTypeLabels: Record<CpdType, string> = {
  module: 'Course module',
  scenario: 'Practice scenario',
  course: 'Course or workshop',
  training: 'Training day',
  reading: 'Reading or research',
  supervision: 'Supervision or coaching',
  'peer-learning': 'Learning with colleagues',
  other: 'Other',
};

/** What the learner types into the CPD form. */
export type CpdInput = Pick<CpdEntry, 'date' | 'title' | 'type' | 'minutes' | 'did' | 'learned' | 'impact'>;

export type CpdField = keyof CpdInput;

/** A form's raw values, as strings from inputs. */
export type CpdForm = Record<CpdField, string>;

/** Checks the learner's form; every message says what to do, in plain words. */
export function validateCpdForm(
  form: CpdForm,
): { ok: true; value: CpdInput } | { ok: false; errors: Partial<Record<CpdField, string>> } {
  const errors: Partial<Record<CpdField, string>> = {};
  if (!parse(isoDateSchema, form.date).ok) errors.date = 'Enter the date you did this, such as 14 March 2025.';
  const title = form.title.trim();
  if (!title) errors.title = 'Enter a title, for example the name of the course or what you read.';
  else if (title.length > 300) errors.title = 'Keep the title to 300 characters or fewer.';
  if (!(cpdTypes as readonly string[]).includes(form.type)) errors.type = 'Choose the kind of activity.';
  const minutes = Number(form.minutes.trim());
  if (form.minutes.trim() === '' || !Number.isInteger(minutes) || minutes < 0)
    errors.minutes = 'Enter the time in whole minutes, for example 90.';
  else if (minutes > MAX_CPD_MINUTES) errors.minutes = `Enter no more than ${MAX_CPD_MINUTES.toLocaleString('en-GB')} minutes.`;
  for (const field of ['did', 'learned', 'impact'] as const) {
    const over = form[field].trim().length - MAX_TEXT_LENGTH;
    if (over > 0)
      errors[field] =
        `This is ${over.toLocaleString('en-GB')} characters over the ${MAX_TEXT_LENGTH.toLocaleString('en-GB')} the record keeps in one box. Shorten it, or keep the long version in a document of your own.`;
  }
  if (Object.keys(errors).length) return { ok: false, errors };
  return {
    ok: true,
    value: {
      date: form.date,
      title,
      type: form.type as CpdType,
      minutes,
      did: form.did.trim(),
      learned: form.learned.trim(),
      impact: form.impact.trim(),
    },
  };
}

export function formFromEntry(entry: CpdEntry): CpdForm {
  return {
    date: entry.date,
    title: entry.title,
    type: entry.type,
    minutes: String(entry.minutes),
    did: entry.did,
    learned: entry.learned,
    impact: entry.impact,
  };
}

export function emptyCpdForm(now: number): CpdForm {
  return { date: isoDate(now), title: '', type: 'course', minutes: '', did: '', learned: '', impact: '' };
}

export function addCpdEntry(record: LearnerRecord, id: string, input: CpdInput, now: number): LearnerRecord {
  const entry: CpdEntry = {
    id,
    deleted: false,
    ...input,
    origin: 'manual',
    sourceId: null,
    edited: false,
    createdAt: now,
    updatedAt: now,
  };
  return { ...record, cpd: { ...record.cpd, [id]: entry } };
}

export function editCpdEntry(record: LearnerRecord, id: string, input: CpdInput, now: number): LearnerRecord {
  const existing = record.cpd[id];
  if (!existing || existing.deleted || existing.updatedAt > now) return record;
  return { ...record, cpd: { ...record.cpd, [id]: { ...existing, ...input, edited: true, updatedAt: now } } };
}

/** Leaves a tombstone, so a tab holding an older copy cannot bring the entry back. */
export function deleteCpdEntry(record: LearnerRecord, id: string, now: number): LearnerRecord {
  const existing = record.cpd[id];
  if (!existing || existing.deleted || existing.updatedAt > now) return record;
  return { ...record, cpd: { ...record.cpd, [id]: { id, deleted: true, updatedAt: now } } };
}

/**
 * Dates are 'YYYY-MM-DD', so plain comparison orders them as localeCompare would, without the
 * first localeCompare on the page loading the browser's collation data (format.ts says why that matters).
 */
const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Live entries, newest first (by date, then by when they were made). */
export function liveCpdEntries(record: LearnerRecord): CpdEntry[] {
  return Object.values(record.cpd)
    .filter((item): item is CpdEntry => !item.deleted)
    .sort((a, b) => byCodeUnits(b.date, a.date) || b.createdAt - a.createdAt || a.id.localeCompare(b.id));
}

/** Total minutes overall and in the calendar year of `now`. */
export function cpdTotals(entries: CpdEntry[], now: number): { year: number; thisYear: number; overall: number } {
  const year = new Date(now).getFullYear();
  let thisYear = 0;
  let overall = 0;
  for (const entry of entries) {
    overall += entry.minutes;
    if (entry.date.startsWith(`${year}-`)) thisYear += entry.minutes;
  }
  return { year, thisYear, overall };
}
