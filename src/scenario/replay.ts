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

export type PositionsResult = { ok: true; choices: string[]; snapshot: EngineSnapshot } | { ok: false };

/**
 * Rebuilds a play from the position of each option chosen in its scene, as the compact codes
 * carry it (a result code, SCORM resume data): the option ids, in order, and the state reached.
 * Refuses a position with no option, or an option that cannot be chosen at that point.
 */
export function replayPositions(engine: ScenarioEngine, positions: readonly number[]): PositionsResult {
  const choices: string[] = [];
  let snapshot = startSnapshot(engine);
  for (const position of positions) {
    const scene = snapshot.context.scene === null ? undefined : engine.payload.scenario.scenes[snapshot.context.scene];
    const option = scene?.decision.options[position];
    const next = option ? step(engine, snapshot, option.id) : null;
    if (!option || !next) return { ok: false };
    choices.push(option.id);
    snapshot = next;
  }
  return { ok: true, choices, snapshot };
}
