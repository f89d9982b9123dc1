import { describe, expect, it } from 'vitest';
import { chartLayout, labelLines, markerPath, sparkline, spreadLabels } from '../../../src/player/chart';

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
    expect(Math.abs(learning!.label.y - health!.label.y)).toBeGreaterThanOrEqual(15);
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

describe('markers and the sparkline', () => {
  it('draws every marker shape as a closed or crossed path', () => {
    for (const shape of ['circle', 'square', 'triangle', 'diamond', 'cross'] as const) expect(markerPath(shape, 10, 10)).toMatch(/^M/);
  });
  it('draws the sparkline lower when vulnerability is lower', () => {
    const path = sparkline([40, 10], 50);
    const ys = [...path.matchAll(/[ML][\d.]+ ([\d.]+)/g)].map((m) => Number(m[1]));
    expect(ys[1]).toBeGreaterThan(ys[0]!);
    expect(sparkline([], 50)).toBe('');
  });
});
