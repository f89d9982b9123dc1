/** A point a strand passes through, and how wide the strand is there. */
export interface StrandPoint {
  x: number;
  y: number;
  width: number;
}

/**
 * Coordinates to one decimal place: enough for a 600-unit drawing, and it keeps the markup short
 * and byte-for-byte the same on every machine.
 */
export function num(n: number): string {
  const r = Math.round(n * 10) / 10;
  return Object.is(r, -0) ? '0' : String(r);
}

export const clamp = (n: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, n));

/**
 * Horizontal tangents at every point, with control points half-way across each gap: the line
 * leaves and enters each point level, so consecutive segments join smoothly without overshoot.
 */
function edge(points: readonly { x: number; y: number }[]): string {
  let d = '';
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1]!;
    const b = points[i]!;
    const mid = (b.x - a.x) / 2;
    d += ` C${num(a.x + mid)},${num(a.y)} ${num(b.x - mid)},${num(b.y)} ${num(b.x)},${num(b.y)}`;
  }
  return d;
}

/**
 * One side of a ribbon (side -1 above the centre line, +1 below), running from `a` to `b`.
 * Each segment's control polygon is level, upright, level; offsetting those three legs by the
 * half-width and joining them where they meet (Tiller and Hanson's approximation) keeps the ribbon
 * its full width where it climbs steeply, instead of pinching as a purely vertical offset would.
 * The upright leg's sideways shift fades in with the climb so that nearly level segments do not kink.
 */
function offsetSegment(a: StrandPoint, b: StrandPoint, side: -1 | 1): string {
  const ha = a.width / 2;
  const hb = b.width / 2;
  const hm = (ha + hb) / 2;
  const mid = (a.x + b.x) / 2;
  const climb = hm > 0 ? clamp((b.y - a.y) / (2 * hm), -1, 1) : 0;
  // Above a line that falls to the right the upright leg's offset lies to its right, and vice versa.
  const shift = -side * climb * hm * Math.sign(b.x - a.x);
  const ya = a.y + side * ha;
  const yb = b.y + side * hb;
  return ` C${num(mid + shift)},${num(ya)} ${num(mid + shift)},${num(yb)} ${num(b.x)},${num(yb)}`;
}

/**
 * A strand as a filled ribbon whose width changes along it (a stroke cannot), with round caps.
 * The upper edge runs left to right, a half circle turns the end, the lower edge runs back and a
 * half circle closes the start. Points must be in increasing x.
 */
export function ribbonPath(points: readonly StrandPoint[]): string {
  const first = points[0];
  const last = points.at(-1);
  if (!first || !last) return '';
  const r0 = first.width / 2;
  if (points.length === 1) {
    return `M${num(first.x - r0)},${num(first.y)} a${num(r0)},${num(r0)} 0 1 0 ${num(2 * r0)},0 a${num(r0)},${num(r0)} 0 1 0 ${num(-2 * r0)},0 Z`;
  }
  const r1 = last.width / 2;
  let d = `M${num(first.x)},${num(first.y - r0)}`;
  for (let i = 1; i < points.length; i++) d += offsetSegment(points[i - 1]!, points[i]!, -1);
  d += ` A${num(r1)},${num(r1)} 0 0 1 ${num(last.x)},${num(last.y + r1)}`;
  for (let i = points.length - 1; i > 0; i--) d += offsetSegment(points[i]!, points[i - 1]!, 1);
  return `${d} A${num(r0)},${num(r0)} 0 0 1 ${num(first.x)},${num(first.y - r0)} Z`;
}

/** A closed shape under a smooth line, down to `floor`: the background wash. */
export function areaPath(points: readonly { x: number; y: number }[], floor: number): string {
  const first = points[0];
  const last = points.at(-1);
  if (!first || !last) return '';
  return `M${num(first.x)},${num(floor)} L${num(first.x)},${num(first.y)}${edge(points)} L${num(last.x)},${num(floor)} Z`;
}

/** `count` positions spread evenly from `from` to `to`, both ends included. */
export function spread(count: number, from: number, to: number): number[] {
  if (count <= 0) return [];
  if (count === 1) return [(from + to) / 2];
  return Array.from({ length: count }, (_, i) => from + ((to - from) * i) / (count - 1));
}
