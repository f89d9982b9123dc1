import type { RecordStore } from './store';

/** Records the learner's latest answer to one knowledge-check question (never over a later one). */
export function saveCheck(store: RecordStore, key: string, answer: number, correct: boolean, now: number): void {
  store.update((record) => {
    const existing = record.checks[key];
    if (existing && existing.updatedAt > now) return record;
    return { ...record, checks: { ...record.checks, [key]: { answer, correct, updatedAt: now } } };
  });
}
