/*
 * Finding the LMS's SCORM API object from the page the course runs in.
 *
 * An LMS launches a SCO in a frame (or a pop-up window) and puts its API object on one of the
 * windows above it: `API` for SCORM 1.2, `API_1484_11` for SCORM 2004. This is ADL's discovery
 * algorithm from both standards' run-time environment books: look on this window, then walk up
 * `parent` at most 7 times, stopping where a window is its own parent (the top); if nothing is
 * found, do the same from `opener` (this window's, or else its top window's), for an LMS that opened
 * the course in a new window.
 *
 * Windows are typed as the few properties read here, so tests pass plain objects and this file
 * needs no DOM types. A real `window` satisfies the type.
 */

/** SCORM 1.2's run-time API (the `API` object), as the course calls it. */
export interface Scorm12Api {
  LMSInitialize(parameter: ''): unknown;
  LMSFinish(parameter: ''): unknown;
  LMSGetValue(element: string): unknown;
  LMSSetValue(element: string, value: string): unknown;
  LMSCommit(parameter: ''): unknown;
  LMSGetLastError(): unknown;
  LMSGetErrorString(code: string): unknown;
  LMSGetDiagnostic(code: string): unknown;
}

/** SCORM 2004's run-time API (the `API_1484_11` object), as the course calls it. */
export interface Scorm2004Api {
  Initialize(parameter: ''): unknown;
  Terminate(parameter: ''): unknown;
  GetValue(element: string): unknown;
  SetValue(element: string, value: string): unknown;
  Commit(parameter: ''): unknown;
  GetLastError(): unknown;
  GetErrorString(code: string): unknown;
  GetDiagnostic(code: string): unknown;
}

export type ScormVersion = '1.2' | '2004';

export type FoundApi = { version: '1.2'; api: Scorm12Api } | { version: '2004'; api: Scorm2004Api };

/** The part of a browser window the search reads. */
export interface WindowLike {
  parent?: WindowLike | null | undefined;
  opener?: WindowLike | null | undefined;
  API?: unknown;
  API_1484_11?: unknown;
}

/** ADL's limit: an LMS never nests a SCO deeper, and the limit stops a runaway walk. */
export const MAX_HOPS = 7;

const functions12 = [
  'LMSInitialize',
  'LMSFinish',
  'LMSGetValue',
  'LMSSetValue',
  'LMSCommit',
  'LMSGetLastError',
  'LMSGetErrorString',
  'LMSGetDiagnostic',
];
const functions2004 = [
  'Initialize',
  'Terminate',
  'GetValue',
  'SetValue',
  'Commit',
  'GetLastError',
  'GetErrorString',
  'GetDiagnostic',
];

/**
 * Reads a property of a window that may belong to another origin. A cross-origin parent (a
 * portal framing the LMS, say) throws a SecurityError on any access: treat it as having nothing.
 */
function read(win: WindowLike, key: keyof WindowLike): unknown {
  try {
    return win[key];
  } catch {
    return undefined;
  }
}

/** Only an object with every function of its standard counts: a stray global `API` is not an LMS. */
function isApi(value: unknown, names: readonly string[]): boolean {
  if ((typeof value !== 'object' && typeof value !== 'function') || value === null) return false;
  try {
    return names.every((name) => typeof (value as Record<string, unknown>)[name] === 'function');
  } catch {
    return false;
  }
}

/** ADL's `FindAPI`: this window, then up its parents, at most MAX_HOPS of them; and the last window reached. */
function searchUp(start: WindowLike, key: 'API' | 'API_1484_11', names: readonly string[]): { api: unknown; top: WindowLike } {
  let win: WindowLike = start;
  for (let hops = 0; ; hops++) {
    const found = read(win, key);
    if (isApi(found, names)) return { api: found, top: win };
    const parent = read(win, 'parent') as WindowLike | null | undefined;
    if (parent === null || parent === undefined || parent === win || hops >= MAX_HOPS) return { api: null, top: win };
    win = parent;
  }
}

function search(win: WindowLike, version: ScormVersion): FoundApi | null {
  const [key, names] = version === '1.2' ? (['API', functions12] as const) : (['API_1484_11', functions2004] as const);
  const up = searchUp(win, key, names);
  let api = up.api;
  if (api === null) {
    // ADL looks at this window's opener. A course in a frame of a pop-up has none of its own: the
    // pop-up's top window holds it, so look there too (as the widely used pipwerks wrapper does).
    const opener = (read(win, 'opener') ?? read(up.top, 'opener')) as WindowLike | null | undefined;
    if (opener) api = searchUp(opener, key, names).api;
  }
  if (api === null) return null;
  return version === '1.2' ? { version, api: api as Scorm12Api } : { version, api: api as Scorm2004Api };
}

/**
 * The LMS's API for the first of `versions` it offers, or null outside an LMS. A package is
 * built for one standard, so its page passes that one; the default tries 2004 first because an
 * LMS offering both (some do, for old content) then gives the richer data model.
 */
export function findScormApi(win: WindowLike, versions: readonly ScormVersion[] = ['2004', '1.2']): FoundApi | null {
  for (const version of versions) {
    const found = search(win, version);
    if (found) return found;
  }
  return null;
}
