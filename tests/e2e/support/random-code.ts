import { encodeResult } from '../../../src/facilitation/result-code';
import { optionsNow, startSnapshot, step, type ScenarioEngine } from '../../../src/scenario/runtime';

/** The result code of a seeded random complete play, as a learner's debrief shows it. */
export function randomCode(engine: ScenarioEngine, seed: number): string {
  let s = seed >>> 0;
  let snapshot = startSnapshot(engine);
  while (snapshot.status === 'active') {
    const open = optionsNow(engine, snapshot).filter((o) => o.available);
    s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0;
    snapshot = step(engine, snapshot, open[s % open.length]!.id)!;
  }
  return encodeResult(engine, snapshot)!;
}
