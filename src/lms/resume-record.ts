import { completeModule } from '../record/module-progress';
import type { LearnerRecord } from '../record/record';
import { finishRun, recordChoice, saveSnapshot, startRun } from '../record/scenarios';
import { runResult } from '../player/session';
import { persistRun, replayPositions, RUN_FORMAT, type ScenarioEngine } from '../scenario/runtime';
import { questionsFingerprint, type ResumeState, type RunResume } from './suspend-data';

/*
 * Resume data from the LMS, merged into the learner record of the computer in use. The LMS's copy
 * brings what this browser lacks (the learner worked elsewhere); it never overrides what this
 * browser has done since. Applying the same resume data twice changes nothing: restored plays get
 * ids made from their scenario and time, and a play this record already holds is not added again.
 */

/** What applying resume data needs to know of the course. */
export interface ResumeCourse {
  modules: readonly { id: string; title: string; minutes: number; questions: readonly { id: string; correct: number }[] }[];
  /** The scenarios in the package, compiled. */
  engines: ReadonlyMap<string, ScenarioEngine>;
}

export interface Applied {
  record: LearnerRecord;
  /** What the resume data brought, for the launch page's message: modules completed, answers, plays. */
  modules: number;
  answers: number;
  plays: number;
  /** Plays left out because their scenario has changed since (or is not in this package). */
  skipped: number;
}

const sameChoices = (a: readonly { optionId: string }[], b: readonly string[]) =>
  a.length === b.length && a.every((c, i) => c.optionId === b[i]);

export function applyResumeState(record: LearnerRecord, state: ResumeState, course: ResumeCourse): Applied {
  const applied: Applied = { record, modules: 0, answers: 0, plays: 0, skipped: 0 };
  let next = record;

  for (const module of course.modules) {
    const resume = state.modules[module.id];
    if (!resume) continue;
    const local = next.modules[module.id];
    // A later un-ticking on this computer stands.
    if (resume.completedAt !== null && local?.completedAt == null && (local?.completionChangedAt ?? 0) < resume.completedAt) {
      next = completeModule(next, module, resume.completedAt);
      applied.modules++;
    }
    const checks = resume.checks;
    if (!checks || checks.fingerprint !== questionsFingerprint(module.questions.map((q) => q.id))) continue;
    checks.answers.forEach((answer, i) => {
      const question = module.questions[i];
      if (answer === null || !question) return;
      const key = `modules/${module.id}/#${question.id}`;
      if ((next.checks[key]?.updatedAt ?? -1) >= state.updatedAt) return;
      next = {
        ...next,
        checks: { ...next.checks, [key]: { answer, correct: answer === question.correct, updatedAt: state.updatedAt } },
      };
      applied.answers++;
    });
  }

  for (const [scenarioId, resume] of Object.entries(state.scenarios)) {
    const engine = course.engines.get(scenarioId);
    const restore = (run: RunResume | null, finished: boolean) => {
      if (!run) return;
      const hash = engine?.payload.hash;
      const played = engine && hash?.startsWith(run.version) ? replayPositions(engine, run.positions) : null;
      if (!engine || !hash || !played?.ok || (played.snapshot.status === 'done') !== finished) {
        applied.skipped++;
        return;
      }
      const runId = `run-lms-${scenarioId}-${finished ? 'finished' : 'open'}-${Math.floor(run.at / 1000).toString(36)}`;
      const runs = Object.values(next.runs).filter((r) => r.scenarioId === scenarioId && r.scenarioHash === hash);
      if (next.runs[runId] || runs.some((r) => (r.finishedAt !== null) === finished && sameChoices(r.choices, played.choices)))
        return;
      // An unfinished play is resumed only if it is the latest: a play started on this computer
      // after the LMS's copy was last saved wins. (Times in resume data are whole seconds.)
      const local = Object.values(record.runs).filter((r) => r.scenarioId === scenarioId);
      if (!finished && local.some((r) => Math.floor(r.startedAt / 1000) * 1000 > run.at)) return;
      // Resume data keeps whole seconds. An unfinished play is only kept when it is the latest
      // (suspend-data.ts), so it takes the end of its second: a play finished in the same second
      // must not look later than it.
      const at = finished ? run.at : run.at + 999;
      next = startRun(next, { runId, scenarioId, scenarioHash: hash }, at);
      for (const d of played.snapshot.context.log) next = recordChoice(next, runId, { sceneId: d.scene, optionId: d.option }, at);
      next = finished
        ? finishRun(next, runId, runResult(engine, played.snapshot), at)
        : saveSnapshot(next, runId, { snapshotVersion: RUN_FORMAT, data: persistRun(engine, played.snapshot) }, at);
      applied.plays++;
    };
    restore(resume.finished, true);
    restore(resume.unfinished, false);
  }
  return { ...applied, record: next };
}
