import { areaPath, clamp, spread } from './geometry';
import { signed } from './random';
import { strandMarkup } from './strands';
import { attr, paletteOf, svgFrame, type ArtOptions } from './svg';

export const HOME_ART = { width: 1200, height: 240 } as const;
const { width: W, height: H } = HOME_ART;
const STRANDS = 5;
const STEPS = 13;

/** 0 at the start, 1 from `end` on, easing in and out between: how far the strands have gathered. */
const gathered = (t: number, end = 0.5): number => {
  const u = Math.min(t / end, 1);
  return u * u * (3 - 2 * u);
};

/**
 * Each strand's place (0 at the top) at each step of a plait: neighbours swap, alternately the
 * pairs starting at the first and at the second place, so every strand crosses over the others in turn.
 */
export function plaitPlaces(steps: number, strands: number): number[][] {
  const order = [...Array(strands).keys()];
  const out: number[][] = [];
  for (let j = 0; j < steps; j++) {
    const place: number[] = [];
    order.forEach((strand, p) => (place[strand] = p));
    out.push(place);
    for (let p = j % 2; p + 1 < strands; p += 2) [order[p], order[p + 1]] = [order[p + 1]!, order[p]!];
  }
  return out;
}

export interface HomeArtOptions extends ArtOptions {
  /** Changes the small wanderings; the default gives the course's own banner. */
  seed?: string;
}

/**
 * The course in one picture: five strands (the five domains of a child's life, and the services
 * around them) that start apart, each on its own course, and gather into one plait as people
 * work together. The wanderings come from a fixed seed, so the banner never changes by itself.
 */
export function homeArt(options: HomeArtOptions = {}): string {
  const palette = paletteOf(options);
  const seed = options.seed ?? 'crossing-boundaries';
  // The strands run in from beyond the left edge and out beyond the right: the work goes on either side of the picture.
  const xs = spread(STEPS, -20, W + 20);
  const lanes = spread(STRANDS, 36, H - 36);
  // The plait starts once the strands have gathered in their own order; starting it while they
  // were still arriving would bring them to one point where the two orders cancel out.
  const gatheredAt = xs.findIndex((_, j) => gathered(j / (STEPS - 1)) >= 1);
  const places = plaitPlaces(STEPS, STRANDS);
  const strands = lanes.map((lane, i) =>
    xs.map((x, j) => {
      const g = gathered(j / (STEPS - 1));
      const apart = lane + signed(`${seed}:${i}:${j}`) * 40;
      const place = places[Math.max(0, j - gatheredAt)]![i] ?? i;
      const plait = H / 2 + (place - (STRANDS - 1) / 2) * 15;
      const width = 13 - 3 * g;
      return { x, y: clamp(apart * (1 - g) + plait * g, 8 + width / 2, H - 8 - width / 2), width };
    }),
  );
  const hill = spread(STEPS, 0, W).map((x, j) => ({ x, y: H - 30 - 110 * gathered(j / (STEPS - 1), 1) }));
  const wash = `<path d="${areaPath(hill, H)}" style="${attr(`fill:${palette.ink};fill-opacity:0.05`)}"/>`;
  return svgFrame(W, H, wash + strands.map((points, i) => strandMarkup(points, i, palette)).join(''), options);
}
