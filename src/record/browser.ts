import { formerKeyToday, KEY_PREFIX, THEME_KEY } from '../storage/keys';
import { pageLearnerPrefix, prefixedStorage } from '../storage/learner';
import { localStorageOrNothing, onOtherTabChange } from '../storage/local';
import { BACKUP_KEY, RECORD_KEY, createStore, type RecordStore } from './store';

/** The thin browser adapter: with autosave.ts, storage-use.ts and check-off-thread.ts (and its worker), the only files in src/record that touch the browser. */

let store: RecordStore | undefined;

/**
 * The page's one learner-record store; islands share it through this module. When another tab
 * writes the record, the store re-reads it and tells its subscribers, so an open record page
 * stays current. (The launch page of an LMS package learns of changes the same way.)
 */
export function browserStore(): RecordStore {
  if (store) return store;
  const storage = localStorageOrNothing();
  // Inside an LMS package, this learner's own keys (src/storage/learner.ts); the public build
  // leaves that module out, as the condition is fixed when the site is built.
  const prefix = import.meta.env.PUBLIC_CB_PACKAGE ? pageLearnerPrefix() : '';
  const created = createStore(storage && import.meta.env.PUBLIC_CB_PACKAGE ? prefixedStorage(storage, prefix) : storage);
  store = created;
  if (storage)
    onOtherTabChange(
      storage,
      (key) => key === prefix + RECORD_KEY || key.startsWith(prefix + BACKUP_KEY),
      () => created.refresh(),
    );
  return created;
}

// Kept importable from here, where the record's islands look for it; it lives apart so pages without the record can use it.
export { downloadText } from '../files/download';

/**
 * Removes everything else the course keeps in this browser (a facilitator's rooms and mirror
 * codes, the presenter-notes setting, the xAPI learner id and queue): "delete all my data" means
 * all of it, not only the learner record. The record and its backups are the store's to clear;
 * the light/dark choice says nothing about the learner; and another learner's record from inside
 * an LMS package (`cb:lms:…`) is not this learner's to delete.
 */
export function forgetOtherCourseData(): void {
  const kept = (key: string) => key.startsWith(RECORD_KEY) || key.startsWith(`${KEY_PREFIX}lms:`) || key === THEME_KEY;
  try {
    // A key still under an earlier version's name (storage too full to move it) counts as today's.
    const keys = Object.keys(window.localStorage).filter((k) => {
      const today = formerKeyToday(k) ?? k;
      return today.startsWith(KEY_PREFIX) && !kept(today);
    });
    for (const key of keys) window.localStorage.removeItem(key);
  } catch {
    // Storage that cannot be read holds nothing to delete.
  }
}
