import type { RecordStore } from './store';

/** Saves one reflection; an unchanged text is not rewritten, so its timestamp keeps meaning "last edited". */
export function saveReflection(store: RecordStore, key: string, text: string, now: number): void {
  store.update((record) => {
    if (record.reflections[key]?.text === text) return record;
    return { ...record, reflections: { ...record.reflections, [key]: { text, updatedAt: now } } };
  });
}
