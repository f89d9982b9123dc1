import { num } from './geometry';
import { cssPalette, type Palette } from './palette';

/** How a drawing is wanted: inline in a page (theme colours) or as a file of its own. */
export interface ArtOptions {
  /** Colours to draw with; the page's custom properties unless given. */
  palette?: Palette;
  /**
   * A file of its own: adds the SVG namespace and a pixel size, which inline SVG in HTML does not
   * need. Pair it with `lightPalette`, as a file has no page CSS to resolve custom properties.
   */
  standalone?: { width: number; height: number };
}

export const paletteOf = (options: ArtOptions): Palette => options.palette ?? cssPalette;

/** Attribute values are all produced here from numbers and palette strings; quoting keeps a stray `"` from breaking the markup. */
export const attr = (value: string): string => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * The outer <svg>: decorative (hidden from assistive technology and from the tab order, with no
 * text of its own), a fixed viewBox, and the background wash. Inline, it carries no size: the
 * wrapper gives it `width: 100%; height: auto`, or a fixed height, in which case `slice` crops the
 * top and bottom evenly rather than leaving bands.
 */
export function svgFrame(width: number, height: number, body: string, options: ArtOptions): string {
  const palette = paletteOf(options);
  const file = options.standalone;
  const open = file ? `<svg xmlns="http://www.w3.org/2000/svg" width="${num(file.width)}" height="${num(file.height)}"` : '<svg';
  return (
    `${open} viewBox="0 0 ${num(width)} ${num(height)}" preserveAspectRatio="xMidYMid slice" aria-hidden="true" focusable="false">` +
    `<rect width="${num(width)}" height="${num(height)}" style="fill:${attr(palette.background)}"/>` +
    body +
    '</svg>'
  );
}
