import { fnv1a } from '../scenario/hash';

/** MurmurHash3's finaliser: FNV-1a alone barely changes its high bits when only the last character differs. */
function mix(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/**
 * Deterministic "randomness" for the drawings: a number in [0, 1) from a string key. The same key
 * gives the same number on every machine, so a rebuild never changes a picture by itself.
 */
export const unit = (key: string): number => mix(fnv1a(key)) / 0x1_0000_0000;

/** A number in [-1, 1) from a string key. */
export const signed = (key: string): number => unit(key) * 2 - 1;
