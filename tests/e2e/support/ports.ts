/*
 * Overridable so that two working copies on one machine can run their end-to-end tests side by
 * side (CB_ROOT_PORT / CB_SUBPATH_PORT); CI uses the defaults.
 */

/** The root-base build is served here. */
export const ROOT_PORT = Number(process.env.CB_ROOT_PORT ?? 4329);
/** The same site built under /cpd/ is served here. */
export const SUBPATH_PORT = Number(process.env.CB_SUBPATH_PORT ?? 4330);
export const SUBPATH_BASE = '/cpd/';
/** The SCORM packages, unpacked under deep paths beside an LMS harness page (lms-server.ts). */
export const LMS_PORT = Number(process.env.CB_LMS_PORT ?? 4331);
