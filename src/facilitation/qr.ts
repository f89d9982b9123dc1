import { encode } from 'uqr';

/*
 * A QR code as one SVG path, so a result code can be scanned from the debrief by a facilitator's
 * camera. uqr only computes the matrix; drawing it ourselves keeps the markup to a single element
 * that follows our colours and sizing rather than uqr's SVG renderer.
 */

/** Modules of light margin around the symbol: the QR specification asks for four. */
const QUIET_ZONE = 4;

export interface QrPath {
  /** Width and height in modules, quiet zone included (the SVG's viewBox). */
  size: number;
  /** Dark modules, one unit each; runs along a row are merged into one rectangle to keep the path short. */
  path: string;
}

/** Error correction M: survives a smudged screen or glare (15 %) and still fits a result code in a small symbol. */
export function qrSvgPath(text: string): QrPath {
  const { size, data } = encode(text, { ecc: 'M', border: QUIET_ZONE });
  const parts: string[] = [];
  data.forEach((row, y) => {
    for (let x = 0; x < size; x++) {
      if (!row[x]) continue;
      const start = x;
      while (x + 1 < size && row[x + 1]) x++;
      parts.push(`M${start} ${y}h${x - start + 1}v1H${start}z`);
    }
  });
  return { size, path: parts.join('') };
}
