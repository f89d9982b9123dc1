import type { RecordStore } from './store';

/** Records the learner's latest answer to one knowledge-check question. */
export function saveCheck(store: RecordStore, key: string, answer: number, correct: boolean, now: number): void {
  store.update((record) => ({ ...record, checks: { ...record.checks, [key]: { answer, correct, updatedAt: now } } }));
}
