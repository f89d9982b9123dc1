import { attr } from './svg';
import { ribbonPath, type StrandPoint } from './geometry';
import type { Palette } from './palette';
import { strandColour } from './palette';

/**
 * One strand as markup. The thin outline in the background colour separates a strand from the one
 * it crosses, so crossings read as over-and-under rather than as a blot.
 */
export function strandMarkup(points: readonly StrandPoint[], index: number, palette: Palette): string {
  const style = `fill:${strandColour(palette, index)};stroke:${palette.background};stroke-width:1.5`;
  return `<path d="${ribbonPath(points)}" style="${attr(style)}"/>`;
}
