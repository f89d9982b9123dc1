import { addAutoEntry } from './auto-cpd';
import { newId } from './ids';
import type { JsonValue, LearnerRecord, RunChoice, ScenarioRun } from './record';

/**
 * Scenario runs, for the scenario player. Every function is pure (record in, record out) and
 * takes the time as `now`, so the player calls them through the shared store:
 *
 *   const store = browserStore();
 *   const runId = newRunId();
 *   store.update((r) => startRun(r, { runId, scenarioId, scenarioHash }, Date.now()));
 *   store.update((r) => recordChoice(r, runId, { sceneId, optionId }, Date.now()));
 *   store.update((r) => saveSnapshot(r, runId, { snapshotVersion: 1, data: actor.getPersistedSnapshot() }, Date.now()));
 *   store.update((r) => recordRewind(r, runId, 2, Date.now()));        // keep the first two choices
 *   store.update((r) => finishRun(r, runId, { ending, scores, criticalErrors, cpd: { title, minutes } }, Date.now()));
 *
 * To resume on page load: `resumableRun(store.read(), scenarioId, scenarioHash, snapshotVersion)`
 * gives the unfinished run whose snapshot still fits the compiled scenario, or undefined: then
 * start a new run. A finished run keeps its choices, rewinds, scores and ending; its snapshot is
 * dropped. Functions given an unknown or finished run id return the record unchanged.
 */

/** A fresh, unguessable run id. */
export function newRunId(): string {
  return newId('run');
}

export interface StartRunInput {
  runId: string;
  scenarioId: string;
  /** Hash of the compiled scenario, so a snapshot is never restored into a changed scenario. */
  scenarioHash: string;
}

export function startRun(record: LearnerRecord, input: StartRunInput, now: number): LearnerRecord {
  if (record.runs[input.runId]) return record;
  const run: ScenarioRun = {
    ...input,
    startedAt: now,
    finishedAt: null,
    choices: [],
    rewinds: [],
    scores: null,
    ending: null,
    criticalErrors: null,
    snapshot: null,
    updatedAt: now,
  };
  return { ...record, runs: { ...record.runs, [input.runId]: run } };
}

function changeOpenRun(record: LearnerRecord, runId: string, change: (run: ScenarioRun) => ScenarioRun): LearnerRecord {
  const run = record.runs[runId];
  if (!run || run.finishedAt !== null) return record;
  return { ...record, runs: { ...record.runs, [runId]: change(run) } };
}

/** Appends one decision: the scene it was made in and the option chosen. */
export function recordChoice(
  record: LearnerRecord,
  runId: string,
  choice: { sceneId: string; optionId: string },
  now: number,
): LearnerRecord {
  return changeOpenRun(record, runId, (run) => ({
    ...run,
    choices: [...run.choices, { sceneId: choice.sceneId, optionId: choice.optionId, at: now }],
    updatedAt: now,
  }));
}

/**
 * Takes choices back: keeps the first `keep` choices and logs the ones undone, so the debrief
 * and a facilitator can see that the learner tried another branch.
 */
export function recordRewind(record: LearnerRecord, runId: string, keep: number, now: number): LearnerRecord {
  return changeOpenRun(record, runId, (run) => {
    const toChoice = Math.max(0, Math.min(Math.floor(keep), run.choices.length));
    const undone: RunChoice[] = run.choices.slice(toChoice);
    return {
      ...run,
      choices: run.choices.slice(0, toChoice),
      rewinds: [...run.rewinds, { toChoice, at: now, undone }],
      updatedAt: now,
    };
  });
}

export interface SnapshotInput {
  /** The player's version of its snapshot shape; bump it when that shape changes. */
  snapshotVersion: number;
  /** What `actor.getPersistedSnapshot()` returned. It is copied through JSON (so a circular value throws). */
  data: unknown;
}

/** Keeps the latest persisted snapshot of an unfinished run, replacing the previous one. */
export function saveSnapshot(record: LearnerRecord, runId: string, input: SnapshotInput, now: number): LearnerRecord {
  const json = JSON.stringify(input.data);
  if (json === undefined) return record;
  const data = JSON.parse(json) as JsonValue;
  return changeOpenRun(record, runId, (run) => ({
    ...run,
    snapshot: { snapshotVersion: input.snapshotVersion, savedAt: now, data },
    updatedAt: now,
  }));
}

export interface FinishRunInput {
  /** The ending reached. */
  ending: string;
  /** Per framework dimension id, normalised 0–100 as in the debrief. */
  scores: Record<string, number>;
  /** Safeguarding errors the debrief flags. */
  criticalErrors: number;
  /** The automatic CPD entry made the first time this scenario is finished. */
  cpd: { title: string; minutes: number };
}

/** Closes the run with its result, drops its snapshot and logs the CPD entry for the scenario (once). */
export function finishRun(record: LearnerRecord, runId: string, input: FinishRunInput, now: number): LearnerRecord {
  const run = record.runs[runId];
  if (!run || run.finishedAt !== null) return record;
  const scores = Object.fromEntries(
    Object.entries(input.scores)
      .filter(([, value]) => Number.isFinite(value))
      .map(([id, value]) => [id, Math.max(0, Math.min(100, value))]),
  );
  const finished: ScenarioRun = {
    ...run,
    finishedAt: now,
    ending: input.ending,
    scores,
    criticalErrors: Math.max(0, Math.floor(input.criticalErrors)),
    snapshot: null,
    updatedAt: now,
  };
  const withRun = { ...record, runs: { ...record.runs, [runId]: finished } };
  return addAutoEntry(withRun, 'scenario', { id: run.scenarioId, ...input.cpd }, now);
}

/** Runs of one scenario, most recently started first. */
export function runsOf(record: LearnerRecord, scenarioId: string): ScenarioRun[] {
  return Object.values(record.runs)
    .filter((run) => run.scenarioId === scenarioId)
    .sort((a, b) => b.startedAt - a.startedAt || b.updatedAt - a.updatedAt);
}

/** The most recently started run of a scenario, finished or not. */
export function latestRun(record: LearnerRecord, scenarioId: string): ScenarioRun | undefined {
  return runsOf(record, scenarioId)[0];
}

/** The latest run if it is unfinished and its snapshot fits this build of the scenario and player. */
export function resumableRun(
  record: LearnerRecord,
  scenarioId: string,
  scenarioHash: string,
  snapshotVersion: number,
): ScenarioRun | undefined {
  const run = latestRun(record, scenarioId);
  if (!run || run.finishedAt !== null || run.scenarioHash !== scenarioHash) return undefined;
  return run.snapshot?.snapshotVersion === snapshotVersion ? run : undefined;
}

export interface ScenarioScores {
  scenarioId: string;
  finishedRuns: number;
  latest: ScenarioRun;
  /** Per dimension, the latest finished run's score and the best of all finished runs. */
  dimensions: Record<string, { latest: number | null; best: number }>;
}

/** Latest and best scores per dimension for every scenario with a finished run. */
export function scenarioScores(record: LearnerRecord): ScenarioScores[] {
  const byScenario = new Map<string, ScenarioRun[]>();
  for (const run of Object.values(record.runs)) {
    if (run.finishedAt === null || !run.scores) continue;
    byScenario.set(run.scenarioId, [...(byScenario.get(run.scenarioId) ?? []), run]);
  }
  return [...byScenario.entries()].map(([scenarioId, runs]) => {
    runs.sort((a, b) => (b.finishedAt ?? 0) - (a.finishedAt ?? 0));
    const latest = runs[0]!;
    const dimensions: ScenarioScores['dimensions'] = {};
    for (const run of runs) {
      for (const [id, score] of Object.entries(run.scores ?? {})) {
        const seen = dimensions[id];
        dimensions[id] = { latest: latest.scores?.[id] ?? null, best: Math.max(seen?.best ?? score, score) };
      }
    }
    return { scenarioId, finishedRuns: runs.length, latest, dimensions };
  });
}
