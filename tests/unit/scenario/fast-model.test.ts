import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compile } from '../../../src/scenario/compile';
import { compileFast, projectContext, withoutPast } from '../../../src/scenario/fast-model';
import { generateScenario, generatedFile, LONG_SHAPE } from '../../../src/scenario/generate';
import { buildSceneGraph, liveFacts } from '../../../src/scenario/graph';
import { listScenarioFiles, loadScenario } from '../../../src/scenario/load';
import { optionsNow } from '../../../src/scenario/queries';
import { startSnapshot, step } from '../../../src/scenario/replay';
import { pack, sceneLayout, unpack } from '../../../src/scenario/state-key';
import type { CompiledScenario } from '../../../src/scenario/types';
import { compiledFixture, compiledShipped, knownIds, root } from './helpers';
import { tinyPayload } from './tiny';
import { cases } from '../cases';

/*
 * The analysis steps through the pure model's arithmetic on arrays of numbers (fast-model.ts)
 * instead of the XState machine learners play. It is exact only if the two agree, so random plays
 * go through both side by side: at every decision the same options are open, and after every
 * choice the levels, relationships, flags, the relief still to come from supports and the scores
 * are the same; at the end the same ending is chosen from the settled final state.
 */
const PLAYS = cases(500);

function generated(scenes: number, shape: Parameters<typeof generateScenario>[1] = {}): () => CompiledScenario {
  return () => {
    const scenario = generateScenario(scenes, shape);
    const loaded = loadScenario(`${scenario.id}.yaml`, generatedFile(scenario), knownIds);
    if (!loaded.ok) throw new Error(loaded.report.messages.map((m) => m.message).join('\n'));
    return loaded.compiled;
  };
}

const targets: [string, () => CompiledScenario][] = [
  ...listScenarioFiles(root).map((file): [string, () => CompiledScenario] => [file, () => compiledShipped(file)]),
  ['tests/fixtures/scenarios/reference.yaml', () => compiledFixture('reference.yaml')],
  ['the tiny scenario', () => tinyPayload()],
  ['generated, 100 scenes', generated(100)],
  ['generated, 26 decisions per play', generated(LONG_SHAPE.scenes, LONG_SHAPE)],
];

describe.each(targets)('%s: the machine and the fast path agree', (_name, load) => {
  it(`over ${PLAYS.toLocaleString('en-GB')} random plays, at every step`, () => {
    const payload = load();
    const engine = compile(payload);
    const model = compileFast(engine.lookup);
    const sceneAt = new Map(model.scenes.map((s, i) => [s, i]));
    fc.assert(
      fc.property(fc.array(fc.nat(), { minLength: payload.stats.longest, maxLength: payload.stats.longest }), (picks) => {
        let snapshot = startSnapshot(engine);
        let fast = model.start();
        const scores = new Array<number>(model.dimensions.length).fill(0);
        for (const pick of picks) {
          if (snapshot.status !== 'active') break;
          const scene = sceneAt.get(snapshot.context.scene ?? '')!;
          const stage = model.sceneStage[scene]!;
          expect(snapshot.context.stage).toBe(stage);
          expect(Array.from(withoutPast(model, fast, stage))).toEqual(Array.from(projectContext(model, snapshot.context)));
          const open = optionsNow(engine, snapshot)
            .filter((o) => o.available)
            .map((o) => o.id);
          const fastOpen = model.sceneOptions[scene]!.filter((o) => !o.requires || o.requires(fast));
          expect(fastOpen.map((o) => o.id)).toEqual(open);
          if (!fastOpen.length) break;
          const option = fastOpen[pick % fastOpen.length]!;
          snapshot = step(engine, snapshot, option.id)!;
          fast = Int32Array.from(fast);
          model.apply(fast, option);
          model.advance(fast, stage, option.next >= 0 ? model.sceneStage[option.next]! : model.stageCount - 1);
          option.scores.forEach((v, k) => (scores[k] = (scores[k] ?? 0) + v));
          expect(model.dimensions.map((d) => snapshot.context.scores[d])).toEqual(scores);
        }
        if (snapshot.status === 'done') {
          expect(Array.from(withoutPast(model, fast, snapshot.context.stage))).toEqual(
            Array.from(projectContext(model, snapshot.context)),
          );
          model.settle(fast);
          expect(model.endings.find((e) => e.when(fast))?.id).toBe(snapshot.context.ending);
        }
      }),
      { numRuns: PLAYS },
    );
  }, 120_000);
});

describe('state keys', () => {
  it('keep every level, the flags and relationships still tested, and the relief still to come, and nothing else', () => {
    const payload = compiledFixture('reference.yaml');
    const engine = compile(payload);
    const model = compileFast(engine.lookup);
    const graph = buildSceneGraph(payload.scenario);
    const live = liveFacts(graph, payload.scenario);
    const scene = model.scenes.indexOf(graph.order[graph.order.length - 1]!);
    const layout = sceneLayout(model, scene, live.get(model.scenes[scene]!)!);
    const state = model.start();
    for (let i = 0; i < state.length; i++) state[i] = i % 3;
    const key = new Uint32Array(layout.width);
    pack(layout, state, key);
    const back = new Int32Array(state.length);
    unpack(layout, key, back);
    const kept = new Set(layout.slots);
    for (let i = 0; i < state.length; i++) expect(back[i], `slot ${i}`).toBe(kept.has(i) ? state[i] : 0);
    for (let d = 0; d < model.domains.length; d++) expect(kept.has(model.at.levels + d)).toBe(true);
    // Relief at or before the scene's own stage can no longer act.
    const firstFuture = model.at.relief + (model.sceneStage[scene]! + 1) * model.domains.length;
    expect([...kept].every((slot) => slot < model.at.relief || slot >= firstFuture)).toBe(true);
  });
});
