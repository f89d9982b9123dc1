import { MIRROR_KEY } from '../storage/keys';
import type { StorageLike } from '../storage/local';
import { MAX_CANDIDATE } from './codes';

/*
 * The pasted codes are kept in localStorage so that a reload does not lose a session's work:
 *
 *   cb:mirror (MIRROR_KEY, src/storage/keys.ts) = {"format":1,"codes":["CB1.sami…", "not a code", …]}
 *
 * Codes are kept as pasted (after readCodes), bad ones and repeats included, and decoded afresh on
 * every load, so a scenario that failed to load is tried again and a new version of the site judges
 * them by its own scenarios. Anything else under the key is ignored and overwritten on the next add.
 */

/**
 * Pasted codes kept at most, repeats and bad ones included: a room of hundreds many times over,
 * while 10,000 pasted tokens (366 KB) could fill a browser's storage and stop the learner record
 * from saving on the same site.
 */
export const MAX_KEPT_CODES = 5_000;

/** What of `found` fits beside `kept` codes, and how many do not. */
export function roomFor(kept: number, found: readonly string[]): { fits: string[]; left: number } {
  const room = Math.max(0, MAX_KEPT_CODES - kept);
  return { fits: found.slice(0, room), left: Math.max(0, found.length - room) };
}
const STORAGE_FORMAT = 1;

export function parseStoredCodes(raw: string | null): string[] {
  if (!raw) return [];
  try {
    const value: unknown = JSON.parse(raw);
    if (typeof value !== 'object' || value === null || (value as { format?: unknown }).format !== STORAGE_FORMAT) return [];
    const codes = (value as { codes?: unknown }).codes;
    return Array.isArray(codes)
      ? codes
          .filter((c): c is string => typeof c === 'string')
          .slice(0, MAX_KEPT_CODES)
          .map((c) => c.slice(0, MAX_CANDIDATE))
      : [];
  } catch {
    return [];
  }
}

export function storedCodes(codes: readonly string[]): string {
  return JSON.stringify({ format: STORAGE_FORMAT, codes });
}

/** The codes kept in this browser; none when storage is blocked or cannot be read. */
export function keptCodes(storage: StorageLike | undefined): string[] {
  try {
    return parseStoredCodes(storage?.getItem(MIRROR_KEY) ?? null);
  } catch {
    return [];
  }
}

/** Keeps the codes, or forgets them when there are none. False when this browser is not keeping them. */
export function keepCodes(storage: StorageLike | undefined, codes: readonly string[]): boolean {
  if (!storage) return false;
  try {
    if (codes.length) storage.setItem(MIRROR_KEY, storedCodes(codes));
    else storage.removeItem(MIRROR_KEY);
    return true;
  } catch {
    return false;
  }
}
