import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compile } from '../../../src/scenario/compile';
import { generateScenario, generatedFile } from '../../../src/scenario/generate';
import { listScenarioFiles, loadScenario } from '../../../src/scenario/load';
import { optionsNow } from '../../../src/scenario/queries';
import { replay, startSnapshot, step } from '../../../src/scenario/replay';
import type { CompiledScenario } from '../../../src/scenario/types';
import { compiledFixture, compiledShipped, fixtures, knownIds, root } from './helpers';
import { cases } from '../cases';

/*
 * Random plays of every shipped scenario (scenarios/*.yaml, checked against the real content ids)
 * and of every good fixture: by default 500 of each scenario and 2,500 of each fixture, times
 * CB_DEEP (tests/unit/cases.ts). The analysis made promises; random play must keep them.
 */
const PLAYS = cases(2_500);
/** Shipped scenarios are also analysed exactly and played end to end in the library tests: a lighter cross-check will do. */
const SHIPPED_PLAYS = cases(500);

function shipped(): [string, () => CompiledScenario, number][] {
    return listScenarioFiles(root).map((file) => [
    file,
    () => compiledShipped(file),
    SHIPPED_PLAYS,
  ]);
}

const targets: [string, () => CompiledScenario, number][] = [
  ...shipped(),
  ['tests/fixtures/scenarios/reference.yaml', () => compiledFixture('reference.yaml'), PLAYS],
  ...readdirSync(join(fixtures, 'good'))
    .filter((f) => f.endsWith('.yaml'))
    .map((f): [string, () => CompiledScenario, number] => [
      `tests/fixtures/scenarios/good/${f}`,
      () => compiledFixture(`good/${f}`),
      PLAYS,
    ]),
  [
    'generated, 100 scenes',
    () => {
      const scenario = generateScenario(100);
      const loaded = loadScenario(`${scenario.id}.yaml`, generatedFile(scenario), knownIds);
      if (!loaded.ok) throw new Error('the generated scenario has errors');
      return loaded.compiled;
    },
    PLAYS,
  ],
];

describe.each(targets)('%s: random plays keep the analysis’s promises', (_name, load, plays) => {
  it(`${plays.toLocaleString('en-GB')} plays: never stuck, within the longest play, scores within bounds, endings as analysed`, () => {
    const payload = load();
    const engine = compile(payload);
    const { stats, bounds } = payload;
    const reached = new Set<string>();
    fc.assert(
      fc.property(fc.array(fc.nat(), { minLength: stats.longest, maxLength: stats.longest }), (picks) => {
        let snapshot = startSnapshot(engine);
        let decisions = 0;
        while (snapshot.status === 'active') {
          const open = optionsNow(engine, snapshot).filter((o) => o.available);
          if (!open.length) throw new Error(`stuck after ${snapshot.context.log.map((d) => d.option).join(' → ')}`);
          if (decisions >= picks.length) throw new Error(`longer than the analysed longest play (${stats.longest})`);
          const next = step(engine, snapshot, open[picks[decisions]! % open.length]!.id);
          if (!next) throw new Error('an available option was refused');
          snapshot = next;
          decisions++;
        }
        if (decisions < stats.shortest) throw new Error(`shorter than the analysed shortest play (${stats.shortest})`);
        for (const [dimension, score] of Object.entries(snapshot.context.scores)) {
          const b = bounds[dimension] ?? { min: 0, max: 0 };
          if (score < b.min || score > b.max) throw new Error(`${dimension} ${score} outside ${b.min}..${b.max}`);
        }
        const ending = snapshot.context.ending;
        if (ending === null) throw new Error('finished without an ending');
        reached.add(ending);
      }),
      { numRuns: plays },
    );
    // Random plays find no ending the analysis missed; the witnesses show each analysed ending is real.
    const witnessed = Object.entries(stats.witnesses).map(([ending, choices]) => [
      ending,
      replay(engine, choices).snapshot.context.ending,
    ]);
    for (const [ending, got] of witnessed) expect(got).toBe(ending);
    const all = new Set([...reached, ...witnessed.map(([e]) => e!)]);
    if (stats.mode === 'exact') {
      expect([...reached].every((e) => stats.endings.includes(e))).toBe(true);
      expect([...all].sort()).toEqual([...stats.endings].sort());
    } else {
      expect(stats.endings.every((e) => all.has(e))).toBe(true);
    }
  }, 60_000);
});
