import { createActor } from 'xstate';
import type { ScenarioEngine } from './compile';
import { canonicalJson } from './hash';
import { replay, type EngineSnapshot } from './replay';

/*
 * A saved, resumable play, as the learner record stores it (JSON, in localStorage).
 *
 *   { format: 1, scenario: "kai", hash: "…16 hex…", choices: ["call-hv", …], snapshot: <XState persisted snapshot> }
 *
 * Lifecycle: written after every decision (`persistRun`), read when the learner comes back
 * (`restoreRun`). The hash covers the scenario, the framework and ENGINE_VERSION, so:
 *   - same hash: the snapshot is restored exactly, after checking that replaying its own
 *     decision log gives the same state (a tampered or truncated record is refused);
 *   - different hash: the scenario or engine changed and the saved state may no longer exist;
 *     the result says so and carries the old choices, so the UI can offer a restart or try
 *     `replay(engine, choices)` to get as far as the new version allows;
 *   - another scenario's record, a future format or unreadable data: refused with a reason.
 * There is no migration between formats: a play is short, starting again is the honest fallback.
 */

export const RUN_FORMAT = 1;

export interface PersistedRun {
  format: typeof RUN_FORMAT;
  scenario: string;
  hash: string;
  choices: string[];
  snapshot: unknown;
}

export type RestoreResult =
  | { ok: true; snapshot: EngineSnapshot; choices: string[] }
  | { ok: false; reason: 'scenario-changed' | 'other-scenario' | 'unreadable'; message: string; choices: string[] };

export function persistRun(engine: ScenarioEngine, snapshot: EngineSnapshot): PersistedRun {
  return {
    format: RUN_FORMAT,
    scenario: engine.payload.scenario.id,
    hash: engine.payload.hash,
    choices: snapshot.context.log.map((d) => d.option),
    snapshot: engine.machine.getPersistedSnapshot(snapshot),
  };
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function restoreRun(engine: ScenarioEngine, data: unknown): RestoreResult {
  const fail = (
    reason: 'scenario-changed' | 'other-scenario' | 'unreadable',
    message: string,
    choices: string[] = [],
  ): RestoreResult => ({ ok: false, reason, message, choices });
  if (!isRecord(data) || data['format'] !== RUN_FORMAT)
    return fail('unreadable', 'The saved play is not in a format this version understands.');
  const choices =
    Array.isArray(data['choices']) && data['choices'].every((c) => typeof c === 'string') ? (data['choices'] as string[]) : [];
  if (data['scenario'] !== engine.payload.scenario.id)
    return fail('other-scenario', 'The saved play belongs to a different scenario.', choices);
  if (data['hash'] !== engine.payload.hash) {
    return fail(
      'scenario-changed',
      'This scenario has been updated since the play was saved, so it cannot resume where it stopped.',
      choices,
    );
  }
  const saved = data['snapshot'];
  if (
    !isRecord(saved) ||
    typeof saved['value'] !== 'string' ||
    !(saved['value'] in engine.machine.root.states) ||
    !isRecord(saved['context'])
  ) {
    return fail('unreadable', 'The saved play is damaged.', choices);
  }
  try {
    const snapshot = createActor(engine.machine, { snapshot: saved as never }).getSnapshot();
    const rebuilt = replay(
      engine,
      snapshot.context.log.map((d) => d.option),
    );
    // The decision log must explain the whole state: anything else was edited or cut short.
    if (
      !rebuilt.ok ||
      rebuilt.snapshot.value !== snapshot.value ||
      canonicalJson(rebuilt.snapshot.context) !== canonicalJson(snapshot.context)
    ) {
      return fail('unreadable', 'The saved play does not match its own history.', choices);
    }
    return { ok: true, snapshot, choices: rebuilt.snapshot.context.log.map((d) => d.option) };
  } catch {
    return fail('unreadable', 'The saved play is damaged.', choices);
  }
}
