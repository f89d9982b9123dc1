import type { StorageLike } from '../storage/local';
import { fnv1a } from '../scenario/hash';

/*
 * Inside an LMS the course runs on the LMS's web address, so every learner who uses the same
 * computer (a university cluster PC, a shared office laptop) shares one localStorage. The learner
 * record is therefore kept under a prefix made from the LMS's learner id: one student's
 * reflections never appear for the next, and nothing is lost for either. The id itself is not
 * stored, only a hash of it.
 */

/** '' outside an LMS (or when it gives no learner id), so the record is the site's usual one. */
export function learnerPrefix(learnerId: string): string {
  const id = learnerId.trim();
  return id ? `cb:lms:${fnv1a(id).toString(36)}:` : '';
}

/** Storage whose keys all carry `prefix`. */
export function prefixedStorage(storage: StorageLike, prefix: string): StorageLike {
  if (!prefix) return storage;
  return {
    getItem: (key) => storage.getItem(prefix + key),
    setItem: (key, value) => storage.setItem(prefix + key, value),
    removeItem: (key) => storage.removeItem(prefix + key),
  };
}
