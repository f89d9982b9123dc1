import { expect, it } from 'vitest';
import { homeArt, plaitPlaces } from '../../../src/illustration/home-art';
import { lightPalette } from '../../../src/illustration/palette';
import { all, decorativeSvg, styleOf } from './svg-check';

it('is decorative, with no text, in a wide 5:1 frame', () => {
  const root = decorativeSvg(homeArt());
  expect(root.attrs).toMatchObject({ 'aria-hidden': 'true', focusable: 'false', viewBox: '0 0 1200 240' });
  expect(all(root).map((e) => e.name)).not.toContain('text');
});

it('draws the five domain strands in series order', () => {
  const fills = all(decorativeSvg(homeArt()))
    .map((e) => styleOf(e)['fill'] ?? '')
    .filter((f) => f.startsWith('var(--series-'));
  expect(fills).toEqual([0, 1, 2, 3, 4].map((i) => `var(--series-${i})`));
});

it('is the same every time, and a different seed gives a different banner', () => {
  expect(homeArt()).toBe(homeArt());
  expect(homeArt({ seed: 'another' })).not.toBe(homeArt());
});

it('can be a file of its own, in concrete colours', () => {
  const file = homeArt({ palette: lightPalette, standalone: { width: 1200, height: 240 } });
  expect(decorativeSvg(file).attrs['xmlns']).toBe('http://www.w3.org/2000/svg');
  expect(file).not.toContain('var(');
});

it('plaits: every step is an ordering of the strands, and neighbours swap at each step', () => {
  const places = plaitPlaces(6, 5);
  expect(places[0]).toEqual([0, 1, 2, 3, 4]);
  for (const [j, step] of places.entries()) {
    expect([...step].sort()).toEqual([0, 1, 2, 3, 4]);
    if (j > 0)
      for (const [strand, place] of step.entries()) expect(Math.abs(place - places[j - 1]![strand]!)).toBeLessThanOrEqual(1);
  }
  // After as many steps as strands, the order is reversed: each strand has crossed every other.
  expect(places[5]).toEqual([4, 3, 2, 1, 0]);
});
