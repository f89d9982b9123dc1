import { describe, expect, it } from 'vitest';
import { sparkline } from '../../../src/player/sparkline';

describe('the sparkline', () => {
  it('draws the sparkline lower when vulnerability is lower', () => {
    const path = sparkline([40, 10], 50);
    const ys = [...path.matchAll(/[ML][\d.]+ ([\d.]+)/g)].map((m) => Number(m[1]));
    expect(ys[1]).toBeGreaterThan(ys[0]!);
    expect(sparkline([], 50)).toBe('');
  });
});
