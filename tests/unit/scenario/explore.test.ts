import { describe, expect, it } from 'vitest';
import { analyseScenario } from '../../../src/scenario/analyse';
import { compile, RESOLVING, type ScenarioEngine } from '../../../src/scenario/compile';
import { explore, type Exploration } from '../../../src/scenario/explore';
import { generateScenario, generatedFile, LONG_SHAPE } from '../../../src/scenario/generate';
import { buildSceneGraph, graphFigures } from '../../../src/scenario/graph';
import { listScenarioFiles, loadScenarioFile, readKnownIds } from '../../../src/scenario/load';
import { buildLookup } from '../../../src/scenario/lookup';
import { matchingEndings } from '../../../src/scenario/model';
import { optionsNow } from '../../../src/scenario/queries';
import { startSnapshot, step, type EngineSnapshot } from '../../../src/scenario/replay';
import type { Scenario } from '../../../src/scenario/types';
import { analyseFixture, knownIds, root, testFramework } from './helpers';
import { analyseSlip } from './slips';
import { tinyScenario } from './tiny';

/*
 * The exploration counts plays by merging states; a brute-force enumerator plays every route
 * one by one through the XState machine and counts them again. On every instance small enough
 * to enumerate, every figure must agree: plays, lengths, score bounds, the plays and final
 * totals of each ending, plays stuck at each scene, plays no ending matches or two endings
 * match, and the options some play chooses, with the length of a shortest route to each.
 */

interface Tally {
  plays: number;
  totals: number[];
  shortest: number;
}

interface BruteForce {
  plays: number;
  shortest: number;
  longest: number;
  bounds: Record<string, { min: number; max: number }>;
  endings: Map<string, Tally>;
  stuck: Map<string, number>;
  unmatched: Tally;
  overlaps: Map<string, number>;
  /** Option → fewest decisions up to and including choosing it. */
  chosen: Map<string, number>;
}

function bruteForce(engine: ScenarioEngine): BruteForce {
  const dims = engine.payload.framework.dimensions.map((d) => d.id);
  const out: BruteForce = {
    plays: 0,
    shortest: Infinity,
    longest: -Infinity,
    bounds: Object.fromEntries(dims.map((d) => [d, { min: Infinity, max: -Infinity }])),
    endings: new Map(),
    stuck: new Map(),
    unmatched: { plays: 0, totals: [], shortest: Infinity },
    overlaps: new Map(),
    chosen: new Map(),
  };
  const finish = (s: EngineSnapshot) => {
    out.plays++;
    const length = s.context.log.length;
    out.shortest = Math.min(out.shortest, length);
    out.longest = Math.max(out.longest, length);
    for (const d of dims) {
      const b = out.bounds[d]!;
      b.min = Math.min(b.min, s.context.scores[d] ?? 0);
      b.max = Math.max(b.max, s.context.scores[d] ?? 0);
    }
    s.context.log.forEach((d, i) => out.chosen.set(d.option, Math.min(out.chosen.get(d.option) ?? Infinity, i + 1)));
  };
  const total = (s: EngineSnapshot) => Object.values(s.context.levels).reduce((a, b) => a + b, 0);
  const walk = (s: EngineSnapshot): void => {
    if (s.status === 'done' || s.value === RESOLVING) {
      finish(s);
      const matched = matchingEndings(engine.lookup, s.context);
      if (!matched.length) {
        out.unmatched.plays++;
        out.unmatched.totals.push(total(s));
        return;
      }
      const tally = out.endings.get(matched[0]!) ?? { plays: 0, totals: [], shortest: Infinity };
      tally.plays++;
      tally.totals.push(total(s));
      tally.shortest = Math.min(tally.shortest, s.context.log.length);
      out.endings.set(matched[0]!, tally);
      if (matched.length > 1) out.overlaps.set(matched.join('+'), (out.overlaps.get(matched.join('+')) ?? 0) + 1);
      return;
    }
    const open = optionsNow(engine, s).filter((o) => o.available);
    if (!open.length) {
      finish(s);
      out.stuck.set(s.context.scene!, (out.stuck.get(s.context.scene!) ?? 0) + 1);
      return;
    }
    for (const o of open) walk(step(engine, s, o.id)!);
  };
  walk(startSnapshot(engine));
  return out;
}

const range = (xs: number[]) => ({ min: xs.reduce((a, b) => Math.min(a, b)), max: xs.reduce((a, b) => Math.max(a, b)) });

function compare(scenario: Scenario): { exploration: Exploration; brute: BruteForce } {
  const engine = compile({ scenario, framework: testFramework, bounds: {}, hash: '', stats: {} as never });
  const outcome = explore(buildLookup(scenario, testFramework), buildSceneGraph(scenario));
  if (!outcome.complete) throw new Error('not explored');
  const e = outcome.exploration;
  const brute = bruteForce(engine);
  expect(e.plays).toBe(BigInt(brute.plays));
  expect([e.shortest, e.longest]).toEqual([brute.shortest, brute.longest]);
  expect(e.bounds).toEqual(brute.bounds);
  expect(
    Object.fromEntries([...e.findings.endings].map(([id, t]) => [id, { plays: Number(t.plays), totals: t.totals }])),
  ).toEqual(Object.fromEntries([...brute.endings].map(([id, t]) => [id, { plays: t.plays, totals: range(t.totals) }])));
  expect(Object.fromEntries([...e.findings.deadEnds].map(([scene, t]) => [scene, Number(t.plays)]))).toEqual(
    Object.fromEntries(brute.stuck),
  );
  expect(Number(e.findings.unmatched?.plays ?? 0)).toBe(brute.unmatched.plays);
  expect([...(e.findings.unmatched?.totals ?? [])].sort((a, b) => a - b)).toEqual(
    [...new Set(brute.unmatched.totals)].sort((a, b) => a - b),
  );
  expect(Object.fromEntries([...e.findings.overlaps].map(([id, t]) => [id, Number(t.plays)]))).toEqual(
    Object.fromEntries(brute.overlaps),
  );
  // Each option some play chooses, with a shortest route to it.
  expect(Object.fromEntries([...e.taken].map(([id, t]) => [id, t.witness.length]))).toEqual(Object.fromEntries(brute.chosen));
  // Every example route is a real play that ends as said, and is a shortest one.
  for (const [id, t] of e.findings.endings) {
    let s = startSnapshot(engine);
    for (const option of t.witness) s = step(engine, s, option)!;
    expect(matchingEndings(engine.lookup, s.context)[0]).toBe(id);
    expect(t.witness.length).toBe(brute.endings.get(id)?.shortest);
  }
  return { exploration: e, brute };
}

describe('exact analysis against a brute-force enumeration of every play', () => {
  it('agrees on the tiny scenario', () => {
    compare(tinyScenario());
  });

  it('agrees on the reference scenario (7,936 plays, relationships, flags and delayed supports)', () => {
    const { brute } = compare(analyseFixture('reference.yaml').scenario!);
    expect(brute.plays).toBe(7936);
  });

  it.each([
    [20, { width: 3 }],
    [30, { width: 4, stages: 3 }],
    [16, { width: 2, stages: 5, endings: { better: 10, worse: 16 } }],
  ] as const)('agrees on a generated scenario of %i scenes shaped %o', (scenes, shape) => {
    compare(generateScenario(scenes, shape));
  });

  it.each([
    'a decision where no option is ever available',
    'a gap between the endings',
    'endings that overlap',
    'a requirement that never holds',
    'a scene whose way in is never open',
    'an ending no play reaches',
  ])('agrees on the small example with a slip: %s, stuck plays and endings included', (name) => {
    compare(analyseSlip(name).scenario!);
  });
});

describe('the shipped scenarios', () => {
  const known = readKnownIds(root);
  it.each(listScenarioFiles(root))('%s is analysed exactly, every ending reached by plays of its own', (file) => {
    if (!known.ok) throw new Error(known.problems.join('\n'));
    const loaded = loadScenarioFile(root, file, known.ids);
    if (!loaded.ok) throw new Error(`${file} has errors: run the scenario check`);
    const { stats, scenario } = loaded.compiled;
    expect(stats.mode).toBe('exact');
    expect(stats.states).toBeGreaterThan(0);
    expect(stats.endings).toEqual(scenario.endings.map((e) => e.id));
    const byEnding = (loaded.report.endings ?? []).reduce((sum, e) => sum + BigInt(e.plays), 0n);
    expect(byEnding).toBe(BigInt(stats.plays));
  });
});

describe('exact analysis of long plays', () => {
  const scenario = generateScenario(LONG_SHAPE.scenes, LONG_SHAPE);

  it('analyses a generated scenario with 26 decisions in every play exactly', () => {
    const { report, stats } = analyseScenario(`${scenario.id}.yaml`, generatedFile(scenario), knownIds);
    expect(report.messages).toEqual([]);
    expect(stats).toMatchObject({ mode: 'exact', shortest: 26, longest: 26, endings: ['better', 'same', 'worse'] });
    expect(stats?.states).toBeGreaterThan(100_000);
    // Every play ends in exactly one ending: the endings' plays add up to all plays.
    const byEnding = (report.endings ?? []).reduce((sum, e) => sum + BigInt(e.plays), 0n);
    expect(byEnding).toBe(BigInt(stats!.plays));
  });

  it.each([
    ['26 decisions (3^26 plays)', scenario, 26],
    ['60 decisions (3^60 plays, past any floating-point count)', generateScenario(60, { width: 1, stages: 1 }), 60],
  ] as const)('counts plays exactly at %s: without requirements, as many as there are routes', (_name, source, decisions) => {
    const open = structuredClone(source);
    for (const scene of Object.values(open.scenes))
      for (const o of scene.decision.options) {
        delete o.requires;
        delete o.unavailableReason;
      }
    const graph = buildSceneGraph(open);
    const outer = graphFigures(
      graph,
      testFramework.dimensions.map((d) => d.id),
    );
    const outcome = explore(buildLookup(open, testFramework), graph);
    if (!outcome.complete) throw new Error('not explored');
    expect(outer.plays).toBe(3n ** BigInt(decisions));
    expect(outcome.exploration.plays).toBe(outer.plays);
    expect([outcome.exploration.shortest, outcome.exploration.longest]).toEqual([decisions, decisions]);
    expect(outcome.exploration.bounds).toEqual(outer.bounds);
    const byEnding = [...outcome.exploration.findings.endings.values()].reduce((sum, e) => sum + e.plays, 0n);
    expect(byEnding).toBe(outer.plays);
  });
});
