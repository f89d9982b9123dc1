import jsQR from 'jsqr';
import { describe, expect, it } from 'vitest';
import { qrSvgPath } from '../../../src/facilitation/qr';
import { encodeResult } from '../../../src/facilitation/result-code';
import { replay } from '../../../src/scenario/replay';
import { randomPlay, shippedEngines } from './helpers';

const engines = shippedEngines();
const SCALE = 4;

/** Draws the path as a browser would (each "M x y h w v1 H x z" is a w×1 rectangle) into RGBA pixels. */
function rasterise(size: number, path: string): Uint8ClampedArray {
  const width = size * SCALE;
  const pixels = new Uint8ClampedArray(width * width * 4).fill(255);
  const runs = [...path.matchAll(/M(\d+) (\d+)h(\d+)v1H(\d+)z/g)];
  expect(runs.map((m) => m[0]).join('')).toBe(path); // nothing in the path but rectangles
  for (const [, x, y, w, back] of runs.map((m) => m.map(Number))) {
    expect(back).toBe(x);
    for (let py = y! * SCALE; py < (y! + 1) * SCALE; py++)
      for (let px = x! * SCALE; px < (x! + w!) * SCALE; px++) pixels.fill(0, (py * width + px) * 4, (py * width + px) * 4 + 3);
  }
  return pixels;
}

describe.each([...engines.keys()])('QR codes of %s result codes', (id) => {
  const engine = engines.get(id)!;
  const plays = [
    replay(engine, engine.payload.scenario.bestPath ?? []).snapshot,
    ...[1, 2, 3].map((seed) => randomPlay(engine, seed)),
  ];

  it('decode with an independent reader to exactly the code', () => {
    for (const play of plays) {
      const code = encodeResult(engine, play)!;
      const { size, path } = qrSvgPath(code);
      const found = jsQR(rasterise(size, path), size * SCALE, size * SCALE);
      expect(found?.data, code).toBe(code);
    }
  });
});

describe('the QR path', () => {
  const code = 'CB1.sami.3fa9c2d1.0212101120.k7q2';
  const { size, path } = qrSvgPath(code);

  it('keeps a four-module quiet zone inside its size', () => {
    // Version v is 17 + 4v modules across; a result code needs a small version.
    expect((size - 8 - 17) % 4).toBe(0);
    expect(size).toBeLessThanOrEqual(8 + 17 + 4 * 5);
    for (const [, x, y, w] of [...path.matchAll(/M(\d+) (\d+)h(\d+)/g)].map((m) => m.map(Number))) {
      expect(x).toBeGreaterThanOrEqual(4);
      expect(y).toBeGreaterThanOrEqual(4);
      expect(x! + w!).toBeLessThanOrEqual(size - 4);
      expect(y).toBeLessThan(size - 4);
    }
  });

  it('merges each horizontal run of dark modules into one rectangle', () => {
    const runs = [...path.matchAll(/M(\d+) (\d+)h(\d+)/g)].map((m) => m.slice(1).map(Number) as [number, number, number]);
    const rows = new Map<number, [number, number][]>();
    for (const [x, y, w] of runs) rows.set(y, [...(rows.get(y) ?? []), [x, x + w]]);
    for (const spans of rows.values())
      for (let i = 1; i < spans.length; i++) expect(spans[i]![0]).toBeGreaterThan(spans[i - 1]![1]); // a gap between runs
    // The top-left finder pattern's first row is a single run of seven.
    expect(runs[0]).toEqual([4, 4, 7]);
  });

  it('is the same for the same text', () => {
    expect(qrSvgPath(code)).toEqual({ size, path });
  });
});
