import { MAX_TEXT_LENGTH } from './schema';
import type { RecordStore } from './store';

/**
 * Saves one reflection, with the prompt it answers (the prompt lives only in the module's MDX,
 * so the record page and the printed record need this copy). An unchanged text is not rewritten,
 * so its timestamp keeps meaning "last edited"; a copy saved later by another tab is never
 * overwritten by an older edit. Text over the record's limit is not saved (false): the box keeps
 * it and says so, and the last version that fitted stays in the record. `basedOn` is the version
 * the writer's box last agreed with (synced-text.ts), so another tab can tell a rival from a successor.
 */
export function saveReflection(
  store: RecordStore,
  key: string,
  text: string,
  now: number,
  prompt?: string,
  basedOn?: number,
): boolean {
  if (text.length > MAX_TEXT_LENGTH) return false;
  store.update((record) => {
    const existing = record.reflections[key];
    if (existing && existing.updatedAt > now) return record;
    if (existing && existing.text === text && (prompt === undefined || existing.prompt === prompt)) return record;
    const savedPrompt = prompt ?? existing?.prompt;
    const item = {
      text,
      updatedAt: now,
      ...(savedPrompt === undefined ? {} : { prompt: savedPrompt }),
      ...(basedOn === undefined ? {} : { basedOn }),
    };
    return { ...record, reflections: { ...record.reflections, [key]: item } };
  });
  return true;
}
