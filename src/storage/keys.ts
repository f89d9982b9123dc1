import type { StorageLike } from './local';

/*
 * The name of everything the course keeps in this browser, in one place (docs/privacy.md lists the
 * same keys for learners and data protection officers). The learner record's own keys are in
 * src/record/store.ts, built on the same prefix.
 */

/**
 * Every key the course keeps in this browser starts with this. Inside an LMS the learner record's
 * keys carry the learner's prefix before it (`cb:lms:<hash>:cb:record`, src/storage/learner.ts).
 */
export const KEY_PREFIX = 'cb:';

/** Codes a facilitator pasted or scanned on the mirror data page. */
export const MIRROR_KEY = `${KEY_PREFIX}mirror`;
/** A room's session in the presenter view, one per scenario. */
export const roomKey = (scenarioId: string): string => `${KEY_PREFIX}room:${scenarioId}`;
/** Whether the presenter view shows the facilitator's notes. */
export const PRESENTER_NOTES_KEY = `${KEY_PREFIX}presenter-notes`;
/** xAPI only: the random id that stands for the learner. */
export const XAPI_ACTOR_KEY = `${KEY_PREFIX}xapi-actor`;
/** xAPI only: statements waiting to be sent. */
export const XAPI_QUEUE_KEY = `${KEY_PREFIX}xapi-queue`;
/*
 * The scenario studio's drafts are kept under `cb:studio:` (src/studio/drafts.ts names those keys):
 * named there, as this module is in every page's shared code and no other page needs them.
 */
/** Light or dark, read before the page is drawn by an inline script in src/layouts/Base.astro, which spells it out. */
export const THEME_KEY = `${KEY_PREFIX}theme`;

/** Storage whose keys can be listed, as the browser's can. */
export interface ListableStorage extends StorageLike {
  readonly length: number;
  key(index: number): string | null;
}

/** Today's key for a key an earlier version wrote, or null if it is not one. */
export function formerKeyToday(key: string): string | null {
  if (key.startsWith('crossing-boundaries:')) return KEY_PREFIX + key.slice('crossing-boundaries:'.length);
  if (key === 'cb-theme') return THEME_KEY;
  return null;
}

/**
 * Moves values from the keys earlier versions used (`crossing-boundaries:…`, `cb-theme`) to
 * today's. A value already under today's key wins, and the old one is dropped; a move that
 * storage refuses (full) leaves the old key where it is, to try again next time.
 */
export function moveFormerKeys(storage: ListableStorage): void {
  const former: string[] = [];
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    if (key !== null && formerKeyToday(key) !== null) former.push(key);
  }
  for (const key of former) {
    const today = formerKeyToday(key)!;
    const value = storage.getItem(key);
    try {
      if (value !== null && storage.getItem(today) === null) storage.setItem(today, value);
      storage.removeItem(key);
    } catch {
      // Full: both stay readable under the old key until there is room.
    }
  }
}
