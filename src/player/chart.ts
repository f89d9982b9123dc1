import type { TrajectoryView } from '../scenario/runtime';

/*
 * Geometry of the trajectory chart, kept apart from the component so it can be tested. Each domain
 * is told apart three ways besides colour: its dash pattern, its marker shape and a label at the
 * end of its line.
 */

export type MarkerShape = 'circle' | 'square' | 'triangle' | 'diamond' | 'cross';

const shapes: MarkerShape[] = ['circle', 'square', 'triangle', 'diamond', 'cross'];
const dashes = ['', '8 4', '2 4', '10 4 2 4', '4 4'];

export interface ChartLine {
  domain: string;
  name: string;
  index: number;
  shape: MarkerShape;
  dash: string;
  path: string;
  points: { x: number; y: number; value: number; stage: string }[];
  label: { x: number; y: number };
}

export interface ChartLayout {
  width: number;
  height: number;
  plot: { left: number; right: number; top: number; bottom: number };
  xTicks: { x: number; lines: string[] }[];
  yTicks: { y: number; value: number }[];
  lines: ChartLine[];
}

const LABEL_GAP = 15;

/** Splits "Year 6, age 10–11" into two lines so stage names fit under narrow columns. */
export function labelLines(label: string): string[] {
  const at = label.indexOf(', ');
  return at > 0 ? [label.slice(0, at), label.slice(at + 2)] : [label];
}

/** Moves end labels apart, in order, so no two are closer than `gap`, keeping them inside [top, bottom]. */
export function spreadLabels(ys: number[], gap: number, top: number, bottom: number): number[] {
  const order = ys.map((y, i) => ({ y, i })).sort((a, b) => a.y - b.y || a.i - b.i);
  const placed = order.map((o) => o.y);
  for (let k = 1; k < placed.length; k++) placed[k] = Math.max(placed[k]!, placed[k - 1]! + gap);
  const overflow = (placed.at(-1) ?? bottom) - bottom;
  if (overflow > 0) for (let k = 0; k < placed.length; k++) placed[k] = placed[k]! - overflow;
  for (let k = placed.length - 2; k >= 0; k--) placed[k] = Math.min(placed[k]!, placed[k + 1]! - gap);
  const out = new Array<number>(ys.length);
  order.forEach((o, k) => (out[o.i] = Math.max(top, placed[k]!)));
  return out;
}

export function chartLayout(view: TrajectoryView, size = { width: 680, height: 340 }): ChartLayout {
  const plot = { left: 44, right: size.width - 170, top: 16, bottom: size.height - 52 };
  const max = Math.max(1, ...view.series.map((s) => s.max));
  const columns = Math.max(1, view.stages.length - 1);
  const x = (i: number) => (view.stages.length === 1 ? (plot.left + plot.right) / 2 : plot.left + ((plot.right - plot.left) * i) / columns);
  const y = (v: number) => plot.bottom - ((plot.bottom - plot.top) * v) / max;
  const round = (n: number) => Math.round(n * 10) / 10;

  const lines = view.series.map((s, index): Omit<ChartLine, 'label'> & { endY: number } => {
    const points = s.values.map((value, i) => ({ x: round(x(i)), y: round(y(value)), value, stage: view.stages[i]?.label ?? '' }));
    return {
      domain: s.domain,
      name: s.name,
      index,
      shape: shapes[index % shapes.length]!,
      dash: dashes[index % dashes.length]!,
      path: points.map((p, i) => `${i ? 'L' : 'M'}${p.x} ${p.y}`).join(' '),
      points,
      endY: points.at(-1)?.y ?? plot.bottom,
    };
  });
  const labelYs = spreadLabels(
    lines.map((l) => l.endY),
    LABEL_GAP,
    plot.top,
    plot.bottom,
  );
  const step = max <= 10 ? 2 : Math.ceil(max / 5);
  const yTicks: ChartLayout['yTicks'] = [];
  for (let v = 0; v <= max; v += step) yTicks.push({ y: round(y(v)), value: v });

  return {
    width: size.width,
    height: size.height,
    plot,
    xTicks: view.stages.map((s, i) => ({ x: round(x(i)), lines: labelLines(s.label) })),
    yTicks,
    lines: lines.map(({ endY, ...l }, i) => ({ ...l, label: { x: plot.right + 24, y: round(labelYs[i] ?? endY) } })),
  };
}

/** An SVG path for a marker of the given shape centred on (x, y). */
export function markerPath(shape: MarkerShape, x: number, y: number, r = 4.5): string {
  switch (shape) {
    case 'circle':
      return `M${x - r} ${y}a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0 ${-2 * r} 0`;
    case 'square':
      return `M${x - r} ${y - r}h${2 * r}v${2 * r}h${-2 * r}z`;
    case 'triangle':
      return `M${x} ${y - r * 1.2}L${x + r * 1.1} ${y + r * 0.9}L${x - r * 1.1} ${y + r * 0.9}z`;
    case 'diamond':
      return `M${x} ${y - r * 1.3}L${x + r * 1.1} ${y}L${x} ${y + r * 1.3}L${x - r * 1.1} ${y}z`;
    case 'cross':
      return `M${x - r} ${y - r}L${x + r} ${y + r}M${x + r} ${y - r}L${x - r} ${y + r}`;
  }
}

/** A small line of total vulnerability per stage, for the sparkline beside play. */
export function sparkline(totals: readonly number[], max: number, width = 120, height = 32): string {
  if (!totals.length) return '';
  const stepX = totals.length > 1 ? width / (totals.length - 1) : 0;
  const y = (v: number) => Math.round((height - 2 - ((height - 4) * Math.min(v, max)) / Math.max(1, max)) * 10) / 10;
  if (totals.length === 1) return `M0 ${y(totals[0]!)}H${width}`;
  return totals.map((v, i) => `${i ? 'L' : 'M'}${Math.round(i * stepX * 10) / 10} ${y(v)}`).join(' ');
}
