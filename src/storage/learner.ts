import { fnv1a } from '../scenario/hash';
import type { StorageLike } from './local';

/*
 * Whose keys a page reads and writes. Inside an LMS the course runs on the LMS's web address, so
 * every learner who uses the same computer (a university cluster PC, a shared office laptop)
 * shares one localStorage. The learner record is then kept under a prefix made from the LMS's
 * learner id: one student's reflections never appear for the next, and nothing is lost for
 * either. The id itself is not stored, only a hash of it.
 *
 * The SCORM launch page (src/lms/launch.ts) knows the learner; the course pages in its frame, from
 * the same package and so the same origin, learn the prefix from an object it puts on its window.
 * Outside a package there is none, and the keys are the site's usual ones.
 */

export const BRIDGE_KEY = '__crossingBoundariesLms';

export interface LmsBridge {
  /** The prefix for the learner record's storage keys; '' for the usual keys. */
  storagePrefix: string;
}

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

interface FrameLike {
  parent?: FrameLike | null;
  [BRIDGE_KEY]?: unknown;
}

const isBridge = (value: unknown): value is LmsBridge =>
  typeof value === 'object' && value !== null && typeof (value as LmsBridge).storagePrefix === 'string';

/** The launch page's bridge from a window above this one, or null. Other origins' windows are skipped. */
export function findBridge(win: FrameLike): LmsBridge | null {
  let current: FrameLike | null | undefined = win;
  for (let hops = 0; current && hops <= 7; hops++) {
    try {
      const value = current[BRIDGE_KEY];
      if (isBridge(value)) return value;
      if (current.parent === current) return null;
      current = current.parent;
    } catch {
      // A window of another origin (the LMS's own pages may be elsewhere): nothing of ours above it.
      return null;
    }
  }
  return null;
}

/** The launch page tells the pages in its frame whose keys to use. */
export function offerLearnerPrefix(win: object, prefix: string): void {
  (win as Record<string, LmsBridge>)[BRIDGE_KEY] = { storagePrefix: prefix };
}

/**
 * This page's prefix for the learner's keys, from the launch page above it. Only a packaged build
 * has one, so callers ask only when `import.meta.env.PUBLIC_CB_PACKAGE` is set: that condition is
 * fixed at build time, and a call it guards leaves this module out of the public site's pages.
 */
export function pageLearnerPrefix(): string {
  return typeof window === 'undefined' ? '' : (findBridge(window)?.storagePrefix ?? '');
}
