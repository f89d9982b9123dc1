import { describe, expect, it } from 'vitest';
import {
  canvasMeasure,
  chartLayout,
  estimateTextWidth,
  fitStageLabel,
  labelLines,
  LINE_LABEL_TEXT,
  markerPath,
  MAX_WIDTH,
  MIN_WIDTH,
  placeStageLabels,
  spreadLabels,
  TICK_LINE_HEIGHT,
  TICK_TEXT,
  wrapText,
  type ChartLayout,
  type MeasureText,
} from '../../../src/player/chart';
import { listScenarioFiles, loadScenarioFile, readKnownIds } from '../../../src/scenario/load';
import { compile, debrief, replay, type TrajectoryView } from '../../../src/scenario/runtime';
import { root } from '../scenario/helpers';

const view = {
  stages: [
    { id: 'a', label: 'Reception, age 4–5' },
    { id: 'b', label: 'Year 2, age 6–7' },
    { id: 'c', label: 'Year 4' },
  ],
  series: [
    { domain: 'learning', name: 'Learning', max: 10, values: [3, 4, 5] },
    { domain: 'health', name: 'Health', max: 10, values: [3, 4, 5] },
    { domain: 'family', name: 'Family', max: 10, values: [0, 10, 2] },
  ],
  totals: [6, 18, 12],
};

describe('the trajectory chart', () => {
  const layout = chartLayout(view);

  it('draws one line per domain through one point per stage, higher levels higher up', () => {
    expect(layout.lines).toHaveLength(3);
    for (const line of layout.lines) expect(line.points).toHaveLength(3);
    const family = layout.lines[2]!;
    expect(family.points[1]!.y).toBe(layout.plot.top);
    expect(family.points[0]!.y).toBe(layout.plot.bottom);
    expect(family.path.startsWith('M')).toBe(true);
  });

  it('tells domains apart without colour: each has its own dash pattern and marker shape', () => {
    expect(new Set(layout.lines.map((l) => l.dash)).size).toBe(3);
    expect(new Set(layout.lines.map((l) => l.shape)).size).toBe(3);
  });

  it('keeps end labels of lines that finish at the same level apart', () => {
    const [learning, health] = layout.lines;
    expect(Math.abs(learning!.label!.y - health!.label!.y)).toBeGreaterThanOrEqual(15);
  });

  it('splits stage labels at the comma so they fit under their column', () => {
    expect(layout.xTicks.map((t) => t.lines)).toEqual([['Reception', 'age 4–5'], ['Year 2', 'age 6–7'], ['Year 4']]);
    expect(labelLines('Year 6')).toEqual(['Year 6']);
  });

  it('centres a single stage rather than dividing by zero', () => {
    const one = chartLayout({ stages: [view.stages[0]!], series: [{ ...view.series[0]!, values: [3] }], totals: [3] });
    expect(one.lines[0]!.points[0]!.x).toBe((one.plot.left + one.plot.right) / 2);
  });
});

describe('label spreading', () => {
  it('leaves labels that are far enough apart where they are', () => {
    expect(spreadLabels([10, 50, 90], 15, 0, 100)).toEqual([10, 50, 90]);
  });
  it('pushes crowded labels apart and back inside the plot', () => {
    const ys = spreadLabels([98, 99, 100], 15, 0, 100);
    expect(Math.max(...ys)).toBeLessThanOrEqual(100);
    const sorted = [...ys].sort((a, b) => a - b);
    expect(sorted[1]! - sorted[0]!).toBeGreaterThanOrEqual(15);
    expect(sorted[2]! - sorted[1]!).toBeGreaterThanOrEqual(15);
  });
});

describe('markers', () => {
  it('draws every marker shape as a closed or crossed path', () => {
    for (const shape of ['circle', 'square', 'triangle', 'diamond', 'cross'] as const)
      expect(markerPath(shape, 10, 10)).toMatch(/^M/);
  });
});

/** A measure in which every character is `em` of the font size wide: easy to reason about. */
const fixed =
  (em: number): MeasureText =>
  (text, style) =>
    text.length * em * style.size;

describe('stage names on the axis', () => {
  it('splits a name at its commas and brackets, one part a line', () => {
    expect(labelLines('Year 5, spring term (age 9–10)')).toEqual(['Year 5', 'spring term', 'age 9–10']);
    expect(labelLines('Year 6 (age 10–11)')).toEqual(['Year 6', 'age 10–11']);
  });

  it('wraps a long part evenly rather than leaving one word behind', () => {
    // 10 characters a line at 13 px.
    expect(wrapText('18 months to 2 years', 10 * 13, TICK_TEXT, fixed(1))).toEqual(['18 months', 'to 2 years']);
    expect(wrapText('Nursery', 10 * 13, TICK_TEXT, fixed(1))).toEqual(['Nursery']);
    expect(wrapText('Relationships', 10 * 13, TICK_TEXT, fixed(1))).toBeNull();
  });

  it('gives up the middle of a name, then all but the age, then all but the first part, as room shrinks', () => {
    const name = 'Year 7, autumn term, age 11–12';
    const at = (chars: number, lines?: number) => fitStageLabel(name, chars * 13, fixed(1), lines);
    expect(at(12)).toEqual(['Year 7', 'autumn term', 'age 11–12']);
    expect(at(12, 2)).toEqual(['Year 7', 'age 11–12']);
    expect(at(9, 1)).toEqual(['age 11–12']);
    expect(fitStageLabel('Year 7, autumn term', 7 * 13, fixed(1), 1)).toEqual(['Year 7']);
    expect(fitStageLabel('Relationships', 5 * 13, fixed(1))).toBeNull();
  });

  it('keeps each label between its neighbours and inside the chart, pushing the end ones inward', () => {
    const placed = placeStageLabels(
      ['Reception, age 4–5', 'Year 2, age 6–7', 'Year 4, age 8–9'],
      [20, 150, 280],
      300,
      fixed(0.6),
    );
    const boxes = placed.map((p) => {
      const w = Math.max(...p.lines.map((l) => fixed(0.6)(l, TICK_TEXT)));
      return { left: p.x - w / 2, right: p.x + w / 2 };
    });
    expect(boxes[0]!.left).toBeGreaterThanOrEqual(0);
    expect(boxes[2]!.right).toBeLessThanOrEqual(300);
    expect(placed[0]!.x).toBeGreaterThan(20);
    expect(placed[1]!.x).toBe(150);
    for (let i = 1; i < boxes.length; i++) expect(boxes[i]!.left).toBeGreaterThan(boxes[i - 1]!.right);
  });

  it('numbers the stages when their names cannot be told apart in the room there is', () => {
    const placed = placeStageLabels(['Year 7, autumn term', 'Year 7, summer term'], [40, 100], 140, fixed(1));
    expect(placed.map((p) => p.lines)).toEqual([['1'], ['2']]);
  });

  it('measures with the canvas in the font it is given', () => {
    const fonts: string[] = [];
    const context = {
      font: '',
      measureText: (text: string) => (fonts.push(context.font), { width: text.length * 7 }) as TextMetrics,
    };
    expect(canvasMeasure(context, 'Atkinson, sans-serif')('Year 6', LINE_LABEL_TEXT)).toBe(42);
    expect(fonts).toEqual(['600 13px Atkinson, sans-serif']);
  });
});

describe('the chart at the width it is drawn', () => {
  it('is laid out one unit to one CSS pixel, between its least and greatest widths', () => {
    expect(chartLayout(view, { width: 358 }).width).toBe(358);
    expect(chartLayout(view, { width: 100 }).width).toBe(MIN_WIDTH);
    expect(chartLayout(view, { width: 2000 }).width).toBe(MAX_WIDTH);
    expect(chartLayout(view).width).toBe(MAX_WIDTH);
  });

  it('puts line names in a key below on a phone and beside the lines on a wide screen', () => {
    const phone = chartLayout(view, { width: 358 });
    expect(phone.narrow).toBe(true);
    expect(phone.lines.every((l) => l.label === null)).toBe(true);
    const wide = chartLayout(view, { width: 768 });
    expect(wide.narrow).toBe(false);
    for (const l of wide.lines) expect(l.label!.textX).toBeGreaterThan(wide.plot.right);
  });

  it('gives the first and last stage on a phone as much room as the others', () => {
    const phone = chartLayout(view, { width: 358 });
    const xs = phone.lines[0]!.points.map((p) => p.x);
    // Each stage in the middle of an equal share of the width (to the pixel, for rounding).
    expect(Math.abs(xs[0]! - (phone.width - xs.at(-1)!))).toBeLessThanOrEqual(1);
    expect(Math.abs(xs[0]! * 2 - (xs[1]! - xs[0]!))).toBeLessThanOrEqual(1);
  });
});

/*
 * Every shipped scenario's stages and domains, at every width from the smallest phone to the
 * widest chart: nothing drawn outside the chart and no two labels on top of each other. Widths
 * here are estimated (the browser measures the real typeface; tests/e2e/chart.spec.ts checks it).
 */
const known = readKnownIds(root);
if (!known.ok) throw new Error(known.problems.join('\n'));
const trajectories: [string, TrajectoryView][] = listScenarioFiles(root).map((file) => {
  const loaded = loadScenarioFile(root, file, known.ids);
  if (!loaded.ok) throw new Error(`${file} does not load`);
  const engine = compile(loaded.compiled);
  const best = loaded.compiled.scenario.bestPath ?? Object.values(loaded.compiled.stats.witnesses)[0]!;
  const played = debrief(engine, replay(engine, best).snapshot).trajectory;
  // All the scenario's stages, so the longest names are tried, whichever stage play ended at.
  const stages = loaded.compiled.scenario.stages.map((s) => ({ id: s.id, label: s.label }));
  const pad = (values: number[]) => stages.map((_, i) => values[i] ?? values.at(-1) ?? 0);
  return [file, { stages, series: played.series.map((s) => ({ ...s, values: pad(s.values) })), totals: pad(played.totals) }];
});

interface Box {
  text: string;
  left: number;
  right: number;
  top: number;
  bottom: number;
}
function textBoxes(layout: ChartLayout): { stages: Box[]; labels: Box[]; ticks: Box[] } {
  const m = estimateTextWidth;
  const stages = layout.xTicks.map((t) => {
    const w = Math.max(...t.lines.map((l) => m(l, TICK_TEXT)));
    const last = layout.xTickY + (t.lines.length - 1) * TICK_LINE_HEIGHT;
    return {
      text: t.lines.join(' '),
      left: t.x - w / 2,
      right: t.x + w / 2,
      top: layout.xTickY - TICK_TEXT.size,
      bottom: last + TICK_TEXT.size * 0.3,
    };
  });
  const labels = layout.lines.flatMap((l) =>
    l.label
      ? [
          {
            text: l.name,
            left: l.label.textX,
            right: l.label.textX + m(l.name, LINE_LABEL_TEXT),
            top: l.label.y - 8,
            bottom: l.label.y + 8,
          },
        ]
      : [],
  );
  const ticks = layout.yTicks.map((t) => {
    const right = layout.plot.left - 8;
    return { text: String(t.value), left: right - m(String(t.value), TICK_TEXT), right, top: t.y - 8, bottom: t.y + 8 };
  });
  return { stages, labels, ticks };
}
const apart = (a: Box, b: Box) => a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top;

describe.each(trajectories)('%s drawn at every width', (_, trajectory) => {
  it.each([240, 288, 320, 358, 400, 480, 560, 640, 700, 768])('%i px: all text inside, no labels overlapping', (width) => {
    const layout = chartLayout(trajectory, { width });
    const { stages, labels, ticks } = textBoxes(layout);
    for (const b of [...stages, ...labels, ...ticks]) {
      expect(b.left, b.text).toBeGreaterThanOrEqual(0);
      expect(b.right, b.text).toBeLessThanOrEqual(layout.width);
      expect(b.top, b.text).toBeGreaterThanOrEqual(0);
      expect(b.bottom, b.text).toBeLessThanOrEqual(layout.height);
    }
    for (const group of [stages, labels])
      for (let i = 0; i < group.length; i++)
        for (let j = i + 1; j < group.length; j++)
          expect(apart(group[i]!, group[j]!), `${group[i]!.text} / ${group[j]!.text}`).toBe(true);
    // Names are numbered only if they cannot be told apart at all.
    if (width >= 320) expect(layout.xTicks.every((t) => !/^\d+$/.test(t.lines.join('')))).toBe(true);
  });
});
