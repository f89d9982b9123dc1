/*
 * How a course page learns that it runs inside a SCORM package's launch page. The launch page
 * (src/lms/launch.ts) holds the LMS session and shows the course in a frame; it puts this object
 * on its window, and the pages in the frame, from the same package and so the same origin, read
 * it from their parent. Outside a package there is none, and nothing changes.
 */

export const BRIDGE_KEY = '__crossingBoundariesLms';

export interface LmsBridge {
  /** The prefix for the learner record's storage keys (learner-storage.ts); '' for the usual keys. */
  storagePrefix: string;
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
