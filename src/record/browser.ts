import { findBridge } from '../lms/bridge';
import { prefixedStorage } from '../lms/learner-storage';
import { localStorageOrNothing } from '../storage/local';
import { BACKUP_KEY, RECORD_KEY, createStore, type RecordStore } from './store';

/** The thin browser adapter: with autosave.ts and storage-use.ts, the only files in src/record that touch the DOM. */

let store: RecordStore | undefined;

/**
 * The page's one learner-record store; islands share it through this module. When another tab
 * writes the record, the store re-reads it and tells its subscribers, so an open record page
 * stays current. (The launch page of an LMS package learns of changes the same way.)
 */
export function browserStore(): RecordStore {
  if (store) return store;
  const storage = localStorageOrNothing();
  // Inside an LMS package, this learner's own keys (src/lms/learner-storage.ts). Only a packaged
  // build has a launch page above it: the public site's pages leave the bridge out.
  const prefix =
    import.meta.env.PUBLIC_CB_PACKAGE && typeof window !== 'undefined' ? (findBridge(window)?.storagePrefix ?? '') : '';
  const created = createStore(storage && prefixedStorage(storage, prefix));
  store = created;
  if (storage) {
    addEventListener('storage', (event) => {
      if (event.storageArea !== storage) return;
      // key is null when another tab cleared all of storage.
      if (event.key === null || event.key === prefix + RECORD_KEY || event.key.startsWith(prefix + BACKUP_KEY)) created.refresh();
    });
  }
  return created;
}

// Kept importable from here, where the record's islands look for it; it lives apart so pages without the record can use it.
export { downloadText } from '../files/download';

/**
 * Removes everything else the course keeps in this browser under its `crossing-boundaries:` prefix
 * (a facilitator's room and mirror codes, the xAPI learner id and queue): "delete all my data"
 * means all of it, not only the learner record.
 */
export function forgetOtherCourseData(): void {
  try {
    const keys = Object.keys(window.localStorage).filter((k) => k.startsWith('crossing-boundaries:'));
    for (const key of keys) window.localStorage.removeItem(key);
  } catch {
    // Storage that cannot be read holds nothing to delete.
  }
}
