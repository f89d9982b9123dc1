import type { LearnerRecord, ScenarioRun } from '../record/record';
import type { Report } from './scorm-session';

/*
 * What a package reports to the LMS, from the learner record.
 *
 * - A play's score is the mean of its normalised dimension scores (0–100), as the debrief shows them.
 * - A scenario counts by its best finished play: the course invites learners to replay and to
 *   try the branches they did not take, and exploring a worse branch must not lower a grade.
 * - The course package is complete when every module is marked complete and every scenario has
 *   been played to an ending; its score is the mean of its scenarios' best plays. A scenario
 *   package is complete when its scenario has been played to an ending. (The session sends the
 *   score only once the package is complete: see its report.)
 */

/** What one package covers: the course (every module and scenario) or one scenario. */
export interface PackageScope {
  modules: readonly string[];
  scenarios: readonly string[];
}

/** The mean of a finished play's dimension scores; null when it has none. */
export function playScore(run: ScenarioRun): number | null {
  const scores = Object.values(run.scores ?? {}).filter((s) => Number.isFinite(s));
  return run.finishedAt === null || !scores.length ? null : scores.reduce((a, b) => a + b, 0) / scores.length;
}

/**
 * The finished play that counts for a scenario: the highest score, the latest of equals. With
 * `hash`, only plays of that version of the scenario (what resume data can carry).
 */
export function bestPlay(record: LearnerRecord, scenarioId: string, hash?: string): ScenarioRun | undefined {
  let best: { run: ScenarioRun; score: number } | undefined;
  for (const run of Object.values(record.runs)) {
    if (run.scenarioId !== scenarioId || run.finishedAt === null || (hash !== undefined && run.scenarioHash !== hash)) continue;
    const score = playScore(run) ?? -1;
    if (!best || score > best.score || (score === best.score && run.finishedAt > (best.run.finishedAt ?? 0)))
      best = { run, score };
  }
  return best?.run;
}

/**
 * Completion, progress and score for the LMS; the session judges success against the pass mark.
 * Progress is the share of the package's parts done: each module marked complete and each
 * scenario played to an ending counts as one, however long it takes.
 */
export function packageReport(record: LearnerRecord, scope: PackageScope, passMark: number | null): Report {
  const modulesDone = scope.modules.filter((id) => record.modules[id]?.completedAt != null).length;
  const best = scope.scenarios.map((id) => bestPlay(record, id));
  const scores = best.map((run) => (run ? playScore(run) : null)).filter((s): s is number => s !== null);
  const parts = scope.modules.length + scope.scenarios.length;
  const done = modulesDone + best.filter(Boolean).length;
  return {
    completed: done === parts,
    progress: parts ? done / parts : 1,
    scorePercent: scores.length ? scores.reduce((a, b) => a + b, 0) / scores.length : null,
    passMark,
  };
}
