import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readContentFile } from '../../../src/authoring/content-file';
import type { LearnerRecord } from '../../../src/record/record';
import { finishRun, recordChoice, startRun } from '../../../src/record/scenarios';
import { buildSceneGraph } from '../../../src/scenario/graph';
import { optionsNow, startSnapshot, step, type EngineSnapshot, type ScenarioEngine } from '../../../src/scenario/runtime';
import { moduleSchema, type ModuleFrontmatter } from '../../../src/schemas/module';
import { root } from '../scenario/helpers';

/** The course's modules as the LMS code sees them: ids, titles, minutes and each question's right answer. */
export function shippedModules(): {
  id: string;
  title: string;
  minutes: number;
  questions: { id: string; answers: number; correct: number }[];
}[] {
  const dir = join(root, 'content', 'modules');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx') && !f.startsWith('_'))
    .map((f) => {
      const data = readContentFile(`content/modules/${f}`, readFileSync(join(dir, f), 'utf8'), 'mdx', moduleSchema, [])
        .data as ModuleFrontmatter;
      const questions = (data.knowledgeCheck ?? []).map((q) => ({
        id: q.id,
        answers: q.answers.length,
        correct: q.answers.findIndex((a) => a.correct),
      }));
      return { id: f.replace(/\.mdx$/, ''), title: data.title, minutes: data.minutes, questions };
    });
}

/**
 * A play with the most decisions the scenario allows (its analysed `stats.longest`): depth-first,
 * skipping scenes from which the scene graph cannot reach that length anyway.
 */
export function longestPlay(engine: ScenarioEngine): string[] {
  const graph = buildSceneGraph(engine.payload.scenario);
  const most = new Map<string, number>();
  for (const scene of [...graph.order].reverse())
    most.set(scene, Math.max(...(graph.edges.get(scene) ?? []).map((e) => 1 + (e.next ? (most.get(e.next) ?? 0) : 0))));
  const target = engine.payload.stats.longest;
  const search = (snapshot: EngineSnapshot, path: string[]): string[] | null => {
    if (snapshot.status === 'done') return path.length === target ? path : null;
    const scene = snapshot.context.scene;
    if (scene === null || path.length + (most.get(scene) ?? 0) < target) return null;
    for (const option of optionsNow(engine, snapshot).filter((o) => o.available)) {
      const next = step(engine, snapshot, option.id);
      const found = next && search(next, [...path, option.id]);
      if (found) return found;
    }
    return null;
  };
  const play = search(startSnapshot(engine), []);
  if (!play) throw new Error(`no play of ${target} decisions in ${engine.payload.scenario.id}`);
  return play;
}

/** Plays `options` into a new run of the record, one minute apart, finishing it if asked. */
export function playRun(
  record: LearnerRecord,
  engine: ScenarioEngine,
  runId: string,
  options: string[],
  start: number,
  finish: boolean,
) {
  const { id, title } = engine.payload.scenario;
  let r = startRun(record, { runId, scenarioId: id, scenarioHash: engine.payload.hash }, start);
  let snapshot = startSnapshot(engine);
  for (const [i, option] of options.entries()) {
    r = recordChoice(r, runId, { sceneId: snapshot.context.scene!, optionId: option }, start + (i + 1) * 60_000);
    snapshot = step(engine, snapshot, option)!;
  }
  if (!finish) return r;
  const ending = snapshot.context.ending!;
  return finishRun(r, runId, { ending, scores: { all: 50 }, criticalErrors: 0, cpd: { title, minutes: 30 } }, start + 3_600_000);
}
