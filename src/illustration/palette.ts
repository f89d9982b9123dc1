/**
 * The colours an illustration is drawn with. On a page every colour is a CSS custom property, so
 * the drawing follows the light and dark themes without any code; a standalone file has no page
 * CSS around it, so it gets concrete colours instead.
 */
export interface Palette {
  /** One colour per strand, in domain order; strands past the fifth reuse them in turn. */
  series: readonly string[];
  /** The quiet wash behind everything. */
  background: string;
  /** Faint guides: the stage lines. */
  guide: string;
  /** The soft shape behind the strands, and the rings of the knots. */
  ink: string;
  /** The inside of a knot, so it reads as a hole the strands pass through. */
  knotFill: string;
}

const seriesVars = [0, 1, 2, 3, 4].map((i) => `var(--series-${i})`);

/**
 * For inline SVG. `--art-bg` lets a wrapper choose the wash (a card may want `--surface`); it falls
 * back to `--surface-2`. It is read here rather than set in a <style> element because a <style>
 * inside inline SVG applies to the whole page, and one would be repeated on every card.
 */
export const cssPalette: Palette = {
  series: seriesVars,
  background: 'var(--art-bg, var(--surface-2))',
  guide: 'var(--border)',
  ink: 'var(--text)',
  knotFill: 'var(--surface)',
};

/**
 * The light theme's values of the same tokens (src/styles/tokens.css), for standalone files.
 * A unit test compares them with tokens.css, so a change of theme colours shows up there.
 */
export const lightPalette: Palette = {
  series: ['#0a5f5a', '#7a3e00', '#5b3b8c', '#0b5c8a', '#a1261c'],
  background: '#f1efe9',
  guide: '#cfcac0',
  ink: '#1c232b',
  knotFill: '#ffffff',
};

/** The tokens each light-palette entry copies, for that test. */
export const lightPaletteTokens = {
  series: ['--series-0', '--series-1', '--series-2', '--series-3', '--series-4'],
  background: '--surface-2',
  guide: '--border',
  ink: '--text',
  knotFill: '--surface',
} as const;

export const strandColour = (palette: Palette, index: number): string =>
  palette.series[index % palette.series.length] ?? palette.ink;
