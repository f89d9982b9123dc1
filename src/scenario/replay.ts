import { initialTransition, transition } from 'xstate';
import type { ScenarioEngine } from './compile';

export type EngineSnapshot = ReturnType<ScenarioEngine['machine']['getInitialSnapshot']>;

/** The state play starts in, computed without an actor. */
export function startSnapshot(engine: ScenarioEngine): EngineSnapshot {
  return initialTransition(engine.machine)[0];
}

/** One decision, without an actor; null when the option cannot be chosen here and now. */
export function step(engine: ScenarioEngine, snapshot: EngineSnapshot, option: string): EngineSnapshot | null {
  if (snapshot.status !== 'active') return null;
  const [next] = transition(engine.machine, snapshot, { type: 'choose', option });
  // A refused event leaves the snapshot as it was; an accepted one always changes state, as no option leads back to its own scene.
  return next === snapshot || next.value === snapshot.value ? null : next;
}

export type ReplayResult =
  { ok: true; snapshot: EngineSnapshot } | { ok: false; snapshot: EngineSnapshot; failedAt: number; option: string };

/**
 * Rebuilds a state of play from the option ids chosen, in order. Rewind to decision k is
 * `replay(engine, choices.slice(0, k))`. Stops at the first choice that is not possible, returning
 * the state reached before it, so a changed scenario can resume as far as it still allows.
 */
export function replay(engine: ScenarioEngine, choices: readonly string[]): ReplayResult {
  let snapshot = startSnapshot(engine);
  for (const [i, option] of choices.entries()) {
    const next = step(engine, snapshot, option);
    if (!next) return { ok: false, snapshot, failedAt: i, option };
    snapshot = next;
  }
  return { ok: true, snapshot };
}
