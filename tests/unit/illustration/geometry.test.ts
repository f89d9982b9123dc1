import { expect, it } from 'vitest';
import { num, ribbonPath, spread } from '../../../src/illustration/geometry';
import { signed, unit } from '../../../src/illustration/random';

it('writes numbers to one decimal place, never as -0', () => {
  expect(num(1.26)).toBe('1.3');
  expect(num(-0.01)).toBe('0');
  expect(num(40)).toBe('40');
});

it('spreads positions evenly, both ends included', () => {
  expect(spread(3, 0, 10)).toEqual([0, 5, 10]);
  expect(spread(1, 0, 10)).toEqual([5]);
  expect(spread(0, 0, 10)).toEqual([]);
});

it('draws a ribbon as a closed shape: two edges of cubic curves joined by round caps', () => {
  const d = ribbonPath([
    { x: 0, y: 50, width: 10 },
    { x: 100, y: 50, width: 20 },
    { x: 200, y: 80, width: 10 },
  ]);
  expect(d.startsWith('M0,45')).toBe(true);
  expect(d.endsWith('Z')).toBe(true);
  expect(d.match(/C/g)).toHaveLength(4);
  expect(d.match(/A/g)).toHaveLength(2);
  // The end cap turns from the upper edge (75) to the lower (85) at the last point.
  expect(d).toContain('A5,5 0 0 1 200,85');
});

it('keeps a ribbon its width where it climbs steeply, rather than pinching', () => {
  const d = ribbonPath([
    { x: 0, y: 0, width: 10 },
    { x: 20, y: 100, width: 10 },
  ]);
  // Upper edge: its upright control leg moves right of the centre line's (x = 10) by the half-width.
  expect(d).toContain('C15,-5 15,95 20,95');
  // Lower edge, drawn back: moves left by the same.
  expect(d).toContain('C5,105 5,5 0,5');
});

it('draws a single point as a dot', () => {
  expect(ribbonPath([{ x: 10, y: 10, width: 4 }])).toBe('M8,10 a2,2 0 1 0 4,0 a2,2 0 1 0 -4,0 Z');
  expect(ribbonPath([])).toBe('');
});

it('turns keys into fixed numbers in range', () => {
  expect(unit('a')).toBe(unit('a'));
  expect(unit('a:1')).not.toBe(unit('a:2'));
  for (const key of ['a', 'b', 'scenario:learning:3']) {
    expect(unit(key)).toBeGreaterThanOrEqual(0);
    expect(unit(key)).toBeLessThan(1);
    expect(Math.abs(signed(key))).toBeLessThanOrEqual(1);
  }
});
