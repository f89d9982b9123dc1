import { describe, expect, it } from 'vitest';
import { END_NODE, layoutScenarioMap, wrap } from '../../../src/scenario/map';
import { compiledFixture } from './helpers';

describe('the scenario map layout', () => {
  const { scenario } = compiledFixture('reference.yaml');
  const map = layoutScenarioMap(scenario);
  const sceneIds = Object.keys(scenario.scenes);

  it('has one node per scene plus the end of play, all inside the drawing', () => {
    expect(map.nodes.map((n) => n.id).sort()).toEqual([...sceneIds, END_NODE].sort());
    for (const n of map.nodes) {
      expect(n.x - n.width / 2).toBeGreaterThanOrEqual(0);
      expect(n.y + n.height / 2).toBeLessThanOrEqual(map.height);
    }
    expect(map.nodes.find((n) => n.id === sceneIds[0])?.kind).toBe('start');
  });

  it('groups scenes by stage: each stage box contains its scenes', () => {
    expect(map.clusters.map((c) => c.id)).toEqual(scenario.stages.map((s) => s.id));
    for (const n of map.nodes.filter((n) => n.kind !== 'end')) {
      const box = map.clusters.find((c) => c.id === scenario.scenes[n.id]!.stage)!;
      expect(n.x).toBeGreaterThan(box.x);
      expect(n.x).toBeLessThan(box.x + box.width);
      expect(n.y).toBeGreaterThan(box.y);
      expect(n.y).toBeLessThan(box.y + box.height);
    }
  });

  it('draws one edge per scene pair and kind, covering every option', () => {
    const options = Object.values(scenario.scenes).flatMap((s) => s.decision.options);
    expect(map.edges.flatMap((e) => e.options).sort()).toEqual(options.map((o) => o.id).sort());
    const keys = map.edges.map((e) => `${e.from}>${e.to}>${e.kind}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const e of map.edges) expect(e.path).toMatch(/^M\d/);
  });

  it('wraps long titles to short lines', () => {
    expect(wrap('The designated safeguarding lead is away today', 20).every((l) => l.length <= 20)).toBe(true);
  });
});
