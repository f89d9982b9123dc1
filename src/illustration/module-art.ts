import { areaPath, clamp, num, spread, type StrandPoint } from './geometry';
import { signed, unit } from './random';
import { strandMarkup } from './strands';
import { attr, paletteOf, svgFrame, type ArtOptions } from './svg';

export const MODULE_ART = { width: 600, height: 200 } as const;
const { width: W, height: H } = MODULE_ART;
const STRANDS = 5;
/** More knots than this crowd a 600-unit strip, so concepts past the twelfth get none. */
export const MAX_KNOTS = 12;

interface Knot {
  x: number;
  y: number;
  strands: number[];
}

/** Which strands meet at a concept's knot: two, sometimes three, picked from the ids. */
function members(key: string): number[] {
  const a = Math.floor(unit(`${key}:a`) * STRANDS);
  const b = (a + 1 + Math.floor(unit(`${key}:b`) * (STRANDS - 1))) % STRANDS;
  const picked = [a, b];
  if (unit(`${key}:c`) < 0.35) {
    const rest = [...Array(STRANDS).keys()].filter((s) => !picked.includes(s));
    picked.push(rest[Math.floor(unit(`${key}:d`) * rest.length)]!);
  }
  return picked;
}

/**
 * A module's concepts as knots where strands of practice meet and cross: one knot per concept,
 * placed from the module and concept ids, so every module has its own drawing and a module keeps
 * it from build to build. Each strand runs from its lane on the left, through the knots it belongs
 * to, to another lane on the right, narrowing as it passes through a knot.
 */
export function moduleArt(moduleId: string, concepts: readonly string[], options: ArtOptions = {}): string {
  const palette = paletteOf(options);
  const shown = concepts.slice(0, MAX_KNOTS);
  const gap = (W - 240) / Math.max(shown.length, 1);
  // Each knot sits a bounded step above or below the one before, so the strands meander rather than leap.
  let y = H / 2 + signed(`${moduleId}:y`) * 30;
  const knots: Knot[] = spread(shown.length, 120, W - 120).map((x, j) => {
    const key = `${moduleId}:${shown[j]}`;
    y = clamp(y + signed(`${key}:y`) * 55, 50, H - 50);
    return { x: x + signed(`${key}:x`) * gap * 0.15, y, strands: members(key) };
  });
  const lanes = spread(STRANDS, 48, H - 48);
  const turn = 1 + Math.floor(unit(`${moduleId}:turn`) * (STRANDS - 1));

  const strands = lanes.map((lane, i) => {
    const through: StrandPoint[] = knots.filter((k) => k.strands.includes(i)).map((k) => ({ x: k.x, y: k.y, width: 6 }));
    // A strand in no knot still wanders a little, so it does not run dead straight.
    const middle = through.length
      ? through
      : [{ x: W / 2 + signed(`${moduleId}:${i}:mx`) * 80, y: lane + signed(`${moduleId}:${i}:my`) * 30, width: 8 }];
    // The strands leave in another order than they came; a strand whose last knot is near the edge
    // only goes part of the way to its new lane, so it does not turn a hairpin.
    const last = middle.at(-1)!;
    const target = lanes[(i + turn) % STRANDS] ?? lane;
    const endY = last.y + (target - last.y) * clamp((W - 30 - last.x) / 220, 0.35, 1);
    return [{ x: 30, y: lane, width: 10 }, ...middle, { x: W - 30, y: endY, width: 10 }];
  });

  const hill = spread(6, 0, W).map((x, j) => ({ x, y: H - 40 - unit(`${moduleId}:hill:${j}`) * 90 }));
  const wash = `<path d="${areaPath(hill, H)}" style="${attr(`fill:${palette.ink};fill-opacity:0.05`)}"/>`;
  // A soft halo behind each knot marks the meeting place; an open ring on top ties the strands together.
  const halo = attr(`fill:${palette.ink};fill-opacity:0.08`);
  const ring = attr(`fill:none;stroke:${palette.ink};stroke-width:2`);
  const halos = knots.map((k) => `<circle cx="${num(k.x)}" cy="${num(k.y)}" r="16" style="${halo}"/>`).join('');
  const rings = knots.map((k) => `<circle cx="${num(k.x)}" cy="${num(k.y)}" r="6.5" style="${ring}"/>`).join('');
  const body = wash + halos + strands.map((points, i) => strandMarkup(points, i, palette)).join('') + rings;
  return svgFrame(W, H, body, options);
}
