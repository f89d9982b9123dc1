import { compile, type ScenarioEngine } from '../../../src/scenario/compile';
import { listScenarioFiles, loadScenarioFile, readKnownIds } from '../../../src/scenario/load';
import { optionsNow } from '../../../src/scenario/queries';
import { startSnapshot, step, type EngineSnapshot } from '../../../src/scenario/replay';
import { root } from '../scenario/helpers';

/** Every shipped scenario's engine, by id, built from the YAML as the site builds it. */
export function shippedEngines(): Map<string, ScenarioEngine> {
  const known = readKnownIds(root);
  if (!known.ok) throw new Error(known.problems.join('\n'));
  const engines = new Map<string, ScenarioEngine>();
  for (const file of listScenarioFiles(root)) {
    const r = loadScenarioFile(root, file, known.ids);
    if (r.ok) engines.set(r.compiled.scenario.id, compile(r.compiled));
  }
  return engines;
}

/** A seeded random complete play, so a failure can be replayed. */
export function randomPlay(engine: ScenarioEngine, seed: number): EngineSnapshot {
  let s = seed >>> 0;
  const next = () => ((s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0), s);
  let snapshot = startSnapshot(engine);
  while (snapshot.status === 'active') {
    const open = optionsNow(engine, snapshot).filter((o) => o.available);
    snapshot = step(engine, snapshot, open[next() % open.length]!.id)!;
  }
  return snapshot;
}

export { playThrough } from '../scenario/helpers';
