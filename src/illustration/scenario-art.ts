import { areaPath, clamp, num, spread, type StrandPoint } from './geometry';
import { scenarioLevels, type StrandData } from './levels';
import { unit } from './random';
import { strandMarkup } from './strands';
import { attr, paletteOf, svgFrame, type ArtOptions } from './svg';
import type { CompiledScenario } from '../scenario/types';

export const SCENARIO_ART = { width: 600, height: 240 } as const;
const { width: W, height: H } = SCENARIO_ART;
const PAD_X = 40;
const MARGIN = 12;

type Strand = StrandData['strands'][number];
/** How much of its scale a strand's domain fills at stage k (a missing stage keeps the last level). */
const share = (strand: Strand, k: number) =>
  strand.max > 0 ? clamp((strand.levels[k] ?? strand.levels.at(-1) ?? 0) / strand.max, 0, 1) : 0;

/** Where each strand runs: one point per stage, per domain, in the order of `data.strands`. */
export function strandLayout(data: StrandData): StrandPoint[][] {
  const xs = spread(Math.max(data.stages, 2), PAD_X, W - PAD_X);
  const lanes = spread(data.strands.length, 64, H - 64);
  const phase = unit(`${data.seed}:phase`) < 0.5 ? 0 : 1;
  return data.strands.map((strand, i) => {
    const key = `${data.seed}:${strand.domain}`;
    const reach = 90 * (0.8 + 0.4 * unit(key));
    let side = (i + phase) % 2 === 0 ? -1 : 1;
    return xs.map((x, k) => {
      // Mostly alternating sides makes a braid; the occasional repeat keeps it from looking like a sine wave.
      if (k > 0 && unit(`${key}:${k}`) < 0.75) side = -side;
      const t = share(strand, k);
      const width = 6 + 16 * t;
      const y = clamp((lanes[i] ?? H / 2) + side * reach * t, MARGIN + width / 2, H - MARGIN - width / 2);
      return { x, y, width };
    });
  });
}

/**
 * The child's life domains as strands running through the stages, from real levels. Each strand
 * has a resting lane; the more worry in its domain, the further it swings from the lane (to
 * alternate sides from stage to stage, so strands under strain cross and tangle) and the thicker it
 * is. As help arrives the strands settle back into their lanes and thin out. Behind them, a soft
 * hill follows the child's overall level of worry.
 */
export function strandsArt(data: StrandData, options: ArtOptions = {}): string {
  const palette = paletteOf(options);
  const strands = strandLayout(data);
  const xs = strands[0]?.map((p) => p.x) ?? [];
  const n = data.strands.length;
  const worry = xs.map((x, k) => {
    const mean = n ? data.strands.reduce((sum, s) => sum + share(s, k), 0) / n : 0;
    return { x, y: H - 16 - 300 * mean };
  });
  const hill = worry.length ? [{ x: 0, y: worry[0]!.y }, ...worry, { x: W, y: worry.at(-1)!.y }] : [];
  const wash = `<path d="${areaPath(hill, H)}" style="${attr(`fill:${palette.ink};fill-opacity:0.045`)}"/>`;
  const guides = xs
    .map(
      (x) =>
        `<path d="M${num(x)},${MARGIN} V${H - MARGIN}" style="${attr(`fill:none;stroke:${palette.guide};stroke-width:1.5;stroke-dasharray:1 6;stroke-linecap:round`)}"/>`,
    )
    .join('');
  const body = wash + guides + strands.map((points, i) => strandMarkup(points, i, palette)).join('');
  return svgFrame(W, H, body, options);
}

/** `strandsArt` for a compiled scenario: its domains along its best path. */
export const scenarioArt = (compiled: CompiledScenario, options: ArtOptions = {}): string =>
  strandsArt(scenarioLevels(compiled), options);
