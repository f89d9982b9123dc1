/*
 * Fitting a projector screen: the text starts at its largest and shrinks only as far as the screen
 * needs, never below the smallest size a room can read. `fits` answers whether the content fits
 * at a scale between 0 (the smallest size) and 1 (the largest); the search is a bisection, so a
 * screen is measured a handful of times, not once per pixel.
 */

export interface Fit {
  /** The largest scale found that fits, or 0 when nothing does. */
  scale: number;
  /** False when even the smallest size overflows: the screen needs cutting, not shrinking. */
  fits: boolean;
}

export function largestFit(fits: (scale: number) => boolean, rounds = 7): Fit {
  if (fits(1)) return { scale: 1, fits: true };
  if (!fits(0)) return { scale: 0, fits: false };
  let low = 0;
  let high = 1;
  for (let i = 0; i < rounds; i++) {
    const mid = (low + high) / 2;
    if (fits(mid)) low = mid;
    else high = mid;
  }
  return { scale: low, fits: true };
}
