import { describe, expect, it } from 'vitest';
import { scenarioArt, strandLayout, strandsArt } from '../../../src/illustration/scenario-art';
import { scenarioLevels, type StrandData } from '../../../src/illustration/levels';
import { lightPalette } from '../../../src/illustration/palette';
import { listScenarioFiles, loadScenarioFile, readKnownIds } from '../../../src/scenario/load';
import { compile, replay } from '../../../src/scenario/runtime';
import type { CompiledScenario } from '../../../src/scenario/types';
import { root } from '../scenario/helpers';
import { all, decorativeSvg, styleOf } from './svg-check';

const known = readKnownIds(root);
if (!known.ok) throw new Error(known.problems.join('\n'));
const library: CompiledScenario[] = listScenarioFiles(root).map((file) => {
  const result = loadScenarioFile(root, file, known.ids);
  if (!result.ok) throw new Error(`${file} does not load`);
  return result.compiled;
});

const strandFills = (markup: string) =>
  all(decorativeSvg(markup))
    .map((e) => styleOf(e)['fill'] ?? '')
    .filter((fill) => fill.startsWith('var(--series-'));

describe.each(library.map((c) => [c.scenario.id, c] as const))('the drawing of %s', (_, compiled) => {
  const svg = scenarioArt(compiled);

  it('is decorative: hidden from assistive technology, out of the tab order, with no text', () => {
    const root = decorativeSvg(svg);
    expect(root.attrs['aria-hidden']).toBe('true');
    expect(root.attrs['focusable']).toBe('false');
    expect(root.attrs['viewBox']).toBe('0 0 600 240');
    expect(all(root).map((e) => e.name)).not.toContain('text');
    expect(svg).not.toMatch(/<(text|title|desc|style|script|image|a)\b/);
  });

  it('draws one strand per domain, coloured by the domain’s series in framework order', () => {
    expect(strandFills(svg)).toEqual(compiled.framework.domains.map((_, i) => `var(--series-${i})`));
  });

  it('colours everything from the theme’s custom properties', () => {
    for (const element of all(decorativeSvg(svg))) {
      for (const [property, value] of Object.entries(styleOf(element)))
        if (property === 'fill' || property === 'stroke') expect(value === 'none' || value.startsWith('var(--')).toBe(true);
    }
  });

  it('is the same drawing every time', () => {
    expect(scenarioArt(structuredClone(compiled))).toBe(svg);
  });

  it('follows the levels along the best path, one point per stage', () => {
    const data = scenarioLevels(compiled);
    const trajectory = replay(compile(compiled), compiled.scenario.bestPath ?? []).snapshot.context.trajectory;
    expect(data.stages).toBe(compiled.scenario.stages.length);
    for (const strand of data.strands) expect(strand.levels).toEqual(trajectory.map((levels) => levels[strand.domain]));
  });

  it('can be a file of its own, in concrete colours', () => {
    const file = scenarioArt(compiled, { palette: lightPalette, standalone: { width: 1200, height: 480 } });
    const root = decorativeSvg(file);
    expect(root.attrs).toMatchObject({ xmlns: 'http://www.w3.org/2000/svg', width: '1200', height: '480' });
    expect(file).not.toContain('var(');
    expect(strandFills(file)).toEqual([]);
  });
});

it('gives every scenario in the library a drawing of its own', () => {
  const drawings = new Set(library.map((c) => scenarioArt(c)));
  expect(drawings.size).toBe(library.length);
});

it('still has a point per stage when the scenario has no best path', () => {
  const compiled = structuredClone(library[0]!);
  compiled.scenario.bestPath = undefined;
  const data = scenarioLevels(compiled);
  for (const strand of data.strands) {
    expect(strand.levels).toHaveLength(compiled.scenario.stages.length);
    expect(new Set(strand.levels)).toEqual(new Set([compiled.scenario.start[strand.domain]]));
  }
});

describe('the strand layout', () => {
  const data: StrandData = {
    seed: 'test',
    stages: 3,
    strands: [
      { domain: 'a', max: 10, levels: [10, 5, 0] },
      { domain: 'b', max: 10, levels: [0, 0, 0] },
      { domain: 'c', max: 10, levels: [3, 3, 3] },
    ],
  };
  const layout = strandLayout(data);
  const lanes = layout.map((points) => points.at(-1)!.y);

  it('runs every strand left to right through one point per stage', () => {
    for (const points of layout) {
      expect(points).toHaveLength(3);
      expect(points.map((p) => p.x)).toEqual([...points.map((p) => p.x)].sort((x, y) => x - y));
    }
  });

  it('thickens a strand and swings it further from its lane the more worry its domain holds', () => {
    const [a] = layout;
    expect(a!.map((p) => p.width)).toEqual([22, 14, 6]);
    expect(a![2]!.y).toBe(lanes[0]);
    const swing = a!.map((p) => Math.abs(p.y - lanes[0]!));
    expect(swing[0]).toBeGreaterThan(swing[1]!);
    expect(swing[1]).toBeGreaterThan(0);
  });

  it('keeps a calm strand straight in its lane', () => {
    expect(new Set(layout[1]!.map((p) => p.y)).size).toBe(1);
    expect(layout[1]!.every((p) => p.width === 6)).toBe(true);
  });

  it('keeps every strand inside the picture', () => {
    for (const p of layout.flat()) {
      expect(p.y - p.width / 2).toBeGreaterThanOrEqual(0);
      expect(p.y + p.width / 2).toBeLessThanOrEqual(240);
    }
  });

  it('draws different data differently', () => {
    const other = { ...data, strands: data.strands.map((s) => ({ ...s, levels: [...s.levels].reverse() })) };
    expect(strandsArt(other)).not.toBe(strandsArt(data));
  });
});
