import type { StorageLike } from './local';

/**
 * Storage that lasts as long as the page: for the studio's play-test, whose plays must not enter
 * the learner's record, and for drafts in a browser that refuses storage (the page then says so).
 */
export function memoryStorage(): StorageLike {
  const items = new Map<string, string>();
  return {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
  };
}
