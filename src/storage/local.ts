import { moveFormerKeys } from './keys';

/*
 * The browser's localStorage, reached one way by every part of the course that keeps something
 * there: the learner record, the LMS launch page, the xAPI queue, the presenter's room and the
 * mirror data's pasted codes. Reading the property can throw (storage blocked for the site), and a
 * write can throw because storage is full; both are told apart here, once.
 */

/** The part of the Web Storage API the course uses; tests pass a fake. */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** The error a browser throws when a write does not fit in its storage. */
export function isQuotaError(error: unknown): boolean {
  const name = typeof error === 'object' && error !== null && 'name' in error ? error.name : undefined;
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED';
}

/**
 * localStorage when the browser lets us use it. A test write tells a browser that refuses storage
 * (private modes, blocked sites) from one whose storage is merely full: full storage is still
 * used, so saved work is read and shown, and the first save that does not fit says so.
 */
export function localStorageOrNothing(): StorageLike | undefined {
  try {
    const storage = window.localStorage;
    try {
      storage.setItem('__cb_probe__', '1');
      storage.removeItem('__cb_probe__');
    } catch (error) {
      if (!isQuotaError(error)) return undefined;
    }
    moveFormerKeys(storage);
    return storage;
  } catch {
    return undefined;
  }
}

/**
 * Calls `listener` when another tab changes a key `matches` accepts, or clears storage (a null
 * key). A tab never hears its own writes, so this is how an open page learns of another's.
 * Returns a function that stops listening.
 */
export function onOtherTabChange(storage: StorageLike, matches: (key: string) => boolean, listener: () => void): () => void {
  const handle = (event: StorageEvent) => {
    if (event.storageArea === storage && (event.key === null || matches(event.key))) listener();
  };
  addEventListener('storage', handle);
  return () => removeEventListener('storage', handle);
}
