import { isoDate } from './iso-date';
import type { CpdEntry, LearnerRecord } from './record';
import { MAX_CPD_MINUTES } from './schema';

/**
 * The CPD entries the course makes itself when a module or scenario is completed. Apart from the
 * learner's own log (cpd.ts), which only the record page uses, so the pages that complete things
 * do not load the CPD form's code. Pure functions: call them through `store.update`.
 */

/** The id of the automatic entry for a completed module or scenario: one per module or scenario. */
export function autoEntryId(origin: 'module' | 'scenario', sourceId: string): string {
  return `auto-${origin}-${sourceId}`;
}

/** Adds the automatic entry unless one is already live for that module or scenario. */
export function addAutoEntry(
  record: LearnerRecord,
  origin: 'module' | 'scenario',
  source: { id: string; title: string; minutes: number },
  now: number,
): LearnerRecord {
  const id = autoEntryId(origin, source.id);
  const existing = record.cpd[id];
  if (existing && !existing.deleted) return record;
  const entry: CpdEntry = {
    id,
    deleted: false,
    date: isoDate(now),
    title: source.title,
    type: origin,
    minutes: Math.max(0, Math.min(MAX_CPD_MINUTES, Math.round(source.minutes))),
    did: '',
    learned: '',
    impact: '',
    origin,
    sourceId: source.id,
    edited: false,
    createdAt: now,
    updatedAt: now,
  };
  return { ...record, cpd: { ...record.cpd, [id]: entry } };
}
