/*
 * Which files the library's rules apply to, and the bar they set. Named once, so the rules, their
 * messages and the guide cannot disagree.
 */

/** The published library: a YAML file directly in scenarios/ (the path as the checker was given it). */
export const isLibraryFile = (file: string): boolean => /^(?:\.\/)?scenarios\/[^/]+\.ya?ml$/.test(file.replace(/\\/g, '/'));

/** The library's thresholds. */
export const LIBRARY = {
  stages: 4,
  scenes: { min: 14, max: 30 },
  endings: 3,
  plays: 50,
  signalDomains: 4,
  jointCosts: 3,
  jointCostsCounted: 2,
} as const;
