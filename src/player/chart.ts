import type { TrajectoryView } from '../scenario/runtime';

/*
 * Geometry of the trajectory chart, kept apart from the component so it can be tested. Each domain
 * is told apart three ways besides colour: its dash pattern, its marker shape and its name, either
 * at the end of its line (wide layout) or in a key below the plot (narrow layout).
 *
 * The chart is laid out for the width it is drawn at, one SVG unit to one CSS pixel, so its text is
 * drawn at the size set here (13 px) in any box from MIN_WIDTH up. A viewBox of fixed size,
 * scaled down to fit a phone, shrank it to 6 px.
 */

export type MarkerShape = 'circle' | 'square' | 'triangle' | 'diamond' | 'cross';

const shapes: MarkerShape[] = ['circle', 'square', 'triangle', 'diamond', 'cross'];
const dashes = ['', '8 4', '2 4', '10 4 2 4', '4 4'];

/** Font size (px) and weight of a kind of chart text; the component's styles use the same figures. */
export interface TextStyle {
  size: number;
  weight: number;
}
export const TICK_TEXT: TextStyle = { size: 13, weight: 400 };
export const LINE_LABEL_TEXT: TextStyle = { size: 13, weight: 600 };
/** Distance between the baselines of a stage label's lines. */
export const TICK_LINE_HEIGHT = 16;

/** The width a string takes when drawn in the given style, in CSS px. */
export type MeasureText = (text: string, style: TextStyle) => number;

/**
 * A narrower box gets the chart scaled down, text and all (no phone is that narrow); a wider one
 * gets it at MAX_WIDTH, past which the lines get too long to follow by eye.
 */
export const MIN_WIDTH = 240;
export const MAX_WIDTH = 768;
/** Below this much room for the plot, line names go in a key under it instead of beside it. */
export const MIN_WIDE_PLOT = 400;

export interface ChartLine {
  domain: string;
  name: string;
  index: number;
  shape: MarkerShape;
  dash: string;
  path: string;
  points: { x: number; y: number; value: number; stage: string }[];
  /**
   * The name beside the line's end, after a short stretch of the line's own dash with its marker
   * (a key entry set where the line finishes); null in the narrow layout, which has a key below.
   */
  label: { y: number; sampleFrom: number; sampleTo: number; markerX: number; textX: number } | null;
}

export interface ChartLayout {
  width: number;
  height: number;
  /** Line names in a key below the plot rather than at the ends of the lines. */
  narrow: boolean;
  plot: { left: number; right: number; top: number; bottom: number };
  /** Stage labels, `x` the centre of their lines: the whole name, or as much as fits (the table has it all). */
  xTicks: { x: number; lines: string[] }[];
  /** Baseline of the first line of every stage label. */
  xTickY: number;
  yTicks: { y: number; value: number }[];
  lines: ChartLine[];
}

/** Space kept between neighbouring stage labels, and between a label and the chart's edge. */
const TICK_GAP = 8;
const LABEL_GAP = LINE_LABEL_TEXT.size + 4;
/** Beside a line's end, right of the plot: a stretch of its dash and marker, then its name. */
const LABEL_SAMPLE_FROM = 10;
const LABEL_SAMPLE_TO = 38;
const LABEL_TEXT_X = LABEL_SAMPLE_TO + 6;
const MAX_TICK_LINES = 3;

/*
 * Average advance of a character as a share of the font size, by kind of character, on the wide
 * side of common sans-serif faces. Used where no canvas can measure the real face (the server,
 * unit tests); in a browser the component measures with the page's own font instead.
 */
const narrowChars = /[\sil.,:;'’|!jtfr()[\]1]/;
const wideChars = /[mwMW@%½–—]/;
export const estimateTextWidth: MeasureText = (text, style) => {
  let ems = 0;
  for (const ch of text) ems += narrowChars.test(ch) ? 0.32 : wideChars.test(ch) ? 0.9 : /[A-Z0-9]/.test(ch) ? 0.66 : 0.58;
  return ems * style.size * (style.weight >= 600 ? 1.07 : 1);
};

/** A MeasureText that asks a canvas how wide text is in the given font family. */
export function canvasMeasure(context: Pick<CanvasRenderingContext2D, 'font' | 'measureText'>, family: string): MeasureText {
  return (text, style) => {
    context.font = `${style.weight} ${style.size}px ${family}`;
    return context.measureText(text).width;
  };
}

/**
 * Splits a stage name into its parts, one a line: "Year 6, age 10–11" → ["Year 6", "age 10–11"],
 * and "Year 5, spring term (age 9–10)" → ["Year 5", "spring term", "age 9–10"].
 */
export function labelLines(label: string): string[] {
  return label
    .replace(/\s*\(([^)]*)\)/g, ', $1')
    .split(/,\s+/)
    .map((p) => p.trim())
    .filter(Boolean);
}

/**
 * Wraps a phrase into as few lines as fit `maxWidth`, as evenly as possible ("18 months / to 2
 * years", not "18 months to 2 / years"); null if a single word is too wide.
 */
export function wrapText(text: string, maxWidth: number, style: TextStyle, measure: MeasureText): string[] | null {
  const words = text.split(/\s+/).filter(Boolean);
  if (!words.length) return [];
  let best: { lines: string[]; widest: number } | null = null;
  // Every way of breaking between words: at most a handful of words per stage name.
  const breaks = Math.min(words.length - 1, 12);
  for (let mask = 0; mask < 1 << breaks; mask++) {
    const lines: string[] = [];
    let line = words[0]!;
    for (let i = 1; i < words.length; i++) {
      if (mask & (1 << (i - 1))) {
        lines.push(line);
        line = words[i]!;
      } else line += ` ${words[i]}`;
    }
    lines.push(line);
    const widest = Math.max(...lines.map((l) => measure(l, style)));
    if (widest > maxWidth) continue;
    if (!best || lines.length < best.lines.length || (lines.length === best.lines.length && widest < best.widest))
      best = { lines, widest };
  }
  return best?.lines ?? null;
}

/**
 * The lines a stage label is drawn as within `maxWidth`, most telling first: every part of its
 * name; the first part and the age; the age alone; the first part alone. Null if none fits.
 */
export function fitStageLabel(label: string, maxWidth: number, measure: MeasureText, maxLines = MAX_TICK_LINES): string[] | null {
  const parts = labelLines(label);
  const age = parts.find((p) => /^age\b/i.test(p));
  const candidates: string[][] = [parts];
  if (age && parts.length > 2) candidates.push([parts[0]!, age]);
  if (age) candidates.push([age]);
  if (parts.length > 1) candidates.push([parts[0]!]);
  for (const candidate of candidates) {
    const wrapped = candidate.map((part) => wrapText(part, maxWidth, TICK_TEXT, measure));
    if (wrapped.every((w): w is string[] => w !== null)) {
      const lines = wrapped.flat();
      if (lines.length <= maxLines) return lines;
    }
  }
  return null;
}

/**
 * Places stage labels under their points so that none overlaps its neighbour or the chart's edge:
 * each label has the stretch from halfway to the previous point to halfway to the next (the
 * chart's edge for the first and last), less a gap, and is centred on its point as far as that
 * stretch allows. If any name cannot be told in its stretch, or two come out the same, the
 * stages are numbered instead.
 */
export function placeStageLabels(
  labels: readonly string[],
  xs: readonly number[],
  width: number,
  measure: MeasureText,
): { x: number; lines: string[] }[] {
  const stretch = xs.map((x, i) => ({
    from: i === 0 ? TICK_GAP / 2 : (xs[i - 1]! + x) / 2 + TICK_GAP / 2,
    to: i === xs.length - 1 ? width - TICK_GAP / 2 : (x + xs[i + 1]!) / 2 - TICK_GAP / 2,
  }));
  let fitted = labels.map((label, i) => fitStageLabel(label, stretch[i]!.to - stretch[i]!.from, measure));
  const told = fitted.map((lines) => lines?.join(' '));
  if (fitted.some((l) => !l) || new Set(told).size < told.length) fitted = labels.map((_, i) => [String(i + 1)]);
  return fitted.map((lines, i) => {
    const w = Math.max(...lines!.map((l) => measure(l, TICK_TEXT)));
    const { from, to } = stretch[i]!;
    const centre = Math.min(Math.max(xs[i]!, from + w / 2), to - w / 2);
    return { x: Math.round(centre * 10) / 10, lines: lines! };
  });
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

export interface ChartOptions {
  /** The width the chart has to fill, in CSS px; drawn at MAX_WIDTH if not known yet. */
  width?: number | undefined;
  measure?: MeasureText | undefined;
}

export function chartLayout(view: TrajectoryView, options: ChartOptions = {}): ChartLayout {
  const measure = options.measure ?? estimateTextWidth;
  const width = Math.round(Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, options.width ?? MAX_WIDTH)));
  const max = Math.max(1, ...view.series.map((s) => s.max));
  const step = max <= 10 ? 2 : Math.ceil(max / 5);
  const tickValues: number[] = [];
  for (let v = 0; v <= max; v += step) tickValues.push(v);

  // Room on the left for the widest number on the scale, on the right for the widest line name.
  const scaleRoom = Math.ceil(Math.max(...tickValues.map((v) => measure(String(v), TICK_TEXT)))) + 12;
  const nameRoom = LABEL_TEXT_X + Math.ceil(Math.max(0, ...view.series.map((s) => measure(s.name, LINE_LABEL_TEXT)))) + 4;
  const narrow = width - scaleRoom - nameRoom < MIN_WIDE_PLOT;
  // Narrow, each stage sits in the middle of an equal share of the width, so the first and last
  // stage labels get as much room as the others; wide, the line names take the right-hand side.
  const inset = narrow ? Math.max(scaleRoom, Math.min(60, width / (2 * Math.max(1, view.stages.length)))) : scaleRoom;
  const left = Math.round(inset);
  const right = Math.round(width - (narrow ? inset : nameRoom));
  const top = 14;
  const bottom = top + (narrow ? Math.round(Math.min(240, Math.max(180, width * 0.55))) : 270);

  const columns = Math.max(1, view.stages.length - 1);
  const x = (i: number) => (view.stages.length === 1 ? (left + right) / 2 : left + ((right - left) * i) / columns);
  const y = (v: number) => bottom - ((bottom - top) * v) / max;
  const round = (n: number) => Math.round(n * 10) / 10;

  const lines = view.series.map((s, index): Omit<ChartLine, 'label'> & { endY: number } => {
    const points = s.values.map((value, i) => ({
      x: round(x(i)),
      y: round(y(value)),
      value,
      stage: view.stages[i]?.label ?? '',
    }));
    return {
      domain: s.domain,
      name: s.name,
      index,
      shape: shapes[index % shapes.length]!,
      dash: dashes[index % dashes.length]!,
      path: points.map((p, i) => `${i ? 'L' : 'M'}${p.x} ${p.y}`).join(' '),
      points,
      endY: points.at(-1)?.y ?? bottom,
    };
  });
  const labelYs = spreadLabels(
    lines.map((l) => l.endY),
    LABEL_GAP,
    top,
    bottom,
  );

  const stageLabels = view.stages.map((s) => s.label);
  const placed = placeStageLabels(
    stageLabels,
    view.stages.map((_, i) => x(i)),
    width,
    measure,
  );
  const tickLines = Math.max(1, ...placed.map((p) => p.lines.length));
  const xTickY = bottom + 8 + TICK_TEXT.size;

  return {
    width,
    height: Math.ceil(xTickY + (tickLines - 1) * TICK_LINE_HEIGHT + 6),
    narrow,
    plot: { left, right, top, bottom },
    xTicks: placed,
    xTickY,
    yTicks: tickValues.map((v) => ({ y: round(y(v)), value: v })),
    lines: lines.map(({ endY, ...l }, i) => ({
      ...l,
      label: narrow
        ? null
        : {
            y: round(labelYs[i] ?? endY),
            sampleFrom: right + LABEL_SAMPLE_FROM,
            sampleTo: right + LABEL_SAMPLE_TO,
            markerX: right + (LABEL_SAMPLE_FROM + LABEL_SAMPLE_TO) / 2,
            textX: right + LABEL_TEXT_X,
          },
    })),
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
