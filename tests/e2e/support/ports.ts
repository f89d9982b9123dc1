/** The root-base build is served here. */
export const ROOT_PORT = 4329;
/** The same site built under /cpd/ is served here. */
export const SUBPATH_PORT = 4330;
export const SUBPATH_BASE = '/cpd/';
