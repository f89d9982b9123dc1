import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { cssPalette, lightPalette, lightPaletteTokens } from '../../../src/illustration/palette';
import { root } from '../scenario/helpers';

/** The custom properties of the first `:root {…}` block of tokens.css: the light theme. */
function lightTokens(): Record<string, string> {
  const css = readFileSync(join(root, 'src', 'styles', 'tokens.css'), 'utf8');
  const start = css.indexOf(':root {');
  const block = css.slice(start, css.indexOf('}', start));
  const out: Record<string, string> = {};
  for (const line of block.split('\n')) {
    const at = line.indexOf(':');
    const name = line.slice(0, at).trim();
    if (name.startsWith('--'))
      out[name] = line
        .slice(at + 1)
        .trim()
        .replace(/;$/, '');
  }
  return out;
}

it('draws standalone files in the light theme’s current colours', () => {
  const tokens = lightTokens();
  expect(lightPalette.series).toEqual(lightPaletteTokens.series.map((t) => tokens[t]));
  for (const key of ['background', 'guide', 'ink', 'knotFill'] as const)
    expect(lightPalette[key]).toBe(tokens[lightPaletteTokens[key]]);
});

it('draws inline with the theme’s custom properties, so dark mode needs nothing more', () => {
  expect(cssPalette.series).toEqual([0, 1, 2, 3, 4].map((i) => `var(--series-${i})`));
  expect(cssPalette.background).toBe('var(--art-bg, var(--surface-2))');
});
