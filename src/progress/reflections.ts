import type { RecordStore } from './store';

/**
 * Saves one reflection, with the prompt it answers (the prompt lives only in the module's MDX,
 * so the record page and the printed record need this copy). An unchanged text is not rewritten,
 * so its timestamp keeps meaning "last edited"; a copy saved later by another tab is never
 * overwritten by an older edit.
 */
export function saveReflection(store: RecordStore, key: string, text: string, now: number, prompt?: string): void {
  store.update((record) => {
    const existing = record.reflections[key];
    if (existing && existing.updatedAt > now) return record;
    if (existing && existing.text === text && (prompt === undefined || existing.prompt === prompt)) return record;
    const savedPrompt = prompt ?? existing?.prompt;
    const item = { text, updatedAt: now, ...(savedPrompt === undefined ? {} : { prompt: savedPrompt }) };
    return { ...record, reflections: { ...record.reflections, [key]: item } };
  });
}
