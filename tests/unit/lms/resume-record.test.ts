import { describe, expect, it } from 'vitest';
import { bestPlay, packageReport, playScore } from '../../../src/lms/course-result';
import { applyResumeState, type ResumeCourse } from '../../../src/lms/resume-record';
import { courseOutline, decodeResumeState, encodeResumeState, resumeStateFromRecord } from '../../../src/lms/suspend-data';
import { runResult } from '../../../src/player/session';
import { completeModule, uncompleteModule } from '../../../src/record/module-progress';
import { emptyRecord, type LearnerRecord } from '../../../src/record/record';
import { resumableRun, runsOf, startRun } from '../../../src/record/scenarios';
import { replay, restoreRun, RUN_FORMAT } from '../../../src/scenario/runtime';
import { shippedEngines } from '../facilitation/helpers';
import { longestPlay, playRun, shippedModules } from './helpers';

const engines = shippedEngines();
const modules = shippedModules();
const course: ResumeCourse = { modules, engines };
const outline = courseOutline(modules, engines.values());
const [sid, engine] = [...engines][0]!;
const play = engine.payload.scenario.bestPath ?? longestPlay(engine);
const T = Date.UTC(2026, 10, 23, 10, 0, 0);

/** What another computer would make of this record, through the LMS: encode, decode, apply. */
function throughLms(record: LearnerRecord, into: LearnerRecord = emptyRecord()) {
  const decoded = decodeResumeState(encodeResumeState(resumeStateFromRecord(record, outline)));
  if (!decoded.ok) throw new Error(decoded.message);
  return applyResumeState(into, decoded.state, course);
}

/** A record with two modules complete, answers, one finished play per scenario and one open play. */
function workedRecord(): LearnerRecord {
  let record = emptyRecord();
  const [a, b] = modules;
  record = completeModule(record, a!, T - 86_400_000);
  record = completeModule(record, b!, T - 3_600_000);
  for (const q of a!.questions)
    record.checks[`modules/${a!.id}/#${q.id}`] = { answer: q.correct, correct: true, updatedAt: T - 86_000_000 };
  for (const [id, e] of engines) {
    const best = e.payload.scenario.bestPath ?? longestPlay(e);
    record = playRun(record, e, `run-${id}-done`, best, T - 7_200_000, true);
    // playRun gives flat scores; the real ones, as the player records them:
    record.runs[`run-${id}-done`]!.scores = runResult(e, replay(e, best).snapshot).scores;
  }
  return playRun(record, engine, `run-${sid}-open`, play.slice(0, 2), T - 600_000, false);
}

describe('resume data applied on another computer', () => {
  it('brings back completed modules (with their CPD entries), answers, finished plays with their scores, and the open play', () => {
    const original = workedRecord();
    const { record, modules: m, answers, plays, skipped } = throughLms(original);
    expect({ m, answers, plays, skipped }).toEqual({
      m: 2,
      answers: modules[0]!.questions.length,
      plays: engines.size + 1,
      skipped: 0,
    });
    for (const id of [modules[0]!.id, modules[1]!.id]) {
      expect(record.modules[id]?.completedAt).toBe(Math.floor(original.modules[id]!.completedAt! / 1000) * 1000);
      expect(Object.values(record.cpd).some((e) => !e.deleted && e.sourceId === id)).toBe(true);
    }
    for (const q of modules[0]!.questions)
      expect(record.checks[`modules/${modules[0]!.id}/#${q.id}`]).toMatchObject({ answer: q.correct, correct: true });
    for (const id of engines.keys()) {
      const restored = bestPlay(record, id)!;
      expect(restored.choices.map((c) => c.optionId)).toEqual(original.runs[`run-${id}-done`]!.choices.map((c) => c.optionId));
      expect(restored.scores).toEqual(original.runs[`run-${id}-done`]!.scores);
      expect(restored.ending).toBe(original.runs[`run-${id}-done`]!.ending);
    }
    // The open play is the one the player offers to resume, at the same point.
    const open = resumableRun(record, sid, engine.payload.hash, RUN_FORMAT)!;
    expect(open.choices.map((c) => c.optionId)).toEqual(play.slice(0, 2));
    const restored = restoreRun(engine, open.snapshot!.data);
    expect(restored.ok && restored.snapshot.context.scene).toBe(replay(engine, play.slice(0, 2)).snapshot.context.scene);
    // And the LMS's report is the same from either computer.
    const scope = { modules: modules.map((x) => x.id), scenarios: [...engines.keys()] };
    expect(packageReport(record, scope, 60)).toEqual(packageReport(original, scope, 60));
  });

  it('changes nothing when applied again, or on the computer that wrote it', () => {
    const original = workedRecord();
    const once = throughLms(original).record;
    const twice = throughLms(original, once);
    expect(twice.record).toEqual(once);
    expect(twice.plays + twice.modules + twice.answers).toBe(0);
    const home = throughLms(original, original);
    expect(runsOf(home.record, sid)).toHaveLength(runsOf(original, sid).length);
    expect(home.plays).toBe(0);
  });

  it('never undoes what this computer did since: a module un-ticked later, a newer answer, a play started later', () => {
    const original = workedRecord();
    let here = throughLms(original).record;
    const [a] = modules;
    here = uncompleteModule(here, a!.id, T + 60_000).record;
    const q = a!.questions[0]!;
    here.checks[`modules/${a!.id}/#${q.id}`] = { answer: (q.correct + 1) % q.answers, correct: false, updatedAt: T + 60_000 };
    here = startRun(here, { runId: 'run-here', scenarioId: sid, scenarioHash: engine.payload.hash }, T + 120_000);
    const withoutOpen = Object.fromEntries(
      Object.entries(here.runs).filter(([, r]) => r.finishedAt !== null || r.runId === 'run-here'),
    );
    const after = throughLms(original, { ...here, runs: withoutOpen }).record;
    expect(after.modules[a!.id]?.completedAt).toBeNull();
    expect(after.checks[`modules/${a!.id}/#${q.id}`]?.correct).toBe(false);
    expect(resumableRun(after, sid, engine.payload.hash, RUN_FORMAT)).toBeUndefined(); // run-here (no snapshot) is the latest
    expect(runsOf(after, sid)[0]!.runId).toBe('run-here');
  });

  it('leaves out plays of a scenario that has changed since, and says how many', () => {
    const original = workedRecord();
    const state = resumeStateFromRecord(original, outline);
    state.scenarios[sid]!.finished!.version = '00000000';
    const { record, skipped } = applyResumeState(emptyRecord(), state, course);
    expect(skipped).toBe(1);
    expect(bestPlay(record, sid)).toBeUndefined();
  });

  it('resumes the open play even when it was saved in the same second as a finished one', () => {
    let record = playRun(emptyRecord(), engine, 'run-a', play, T, true);
    record.runs['run-a']!.finishedAt = T + 100;
    record = playRun(record, engine, 'run-b', play.slice(0, 1), T + 200, false);
    record.runs['run-b']!.updatedAt = T + 400;
    const after = throughLms(record).record;
    expect(resumableRun(after, sid, engine.payload.hash, RUN_FORMAT)?.choices.map((c) => c.optionId)).toEqual(play.slice(0, 1));
  });
});

describe('what a package reports', () => {
  const scores = (values: number[]) => Object.fromEntries(values.map((v, i) => [`d${i}`, v]));
  const withPlays = (plays: [string, number[], number][]) => {
    let record = emptyRecord();
    for (const [i, [scenario, values, finishedAt]] of plays.entries()) {
      const e = engines.get(scenario)!;
      record = playRun(record, e, `run-${i}`, e.payload.scenario.bestPath ?? longestPlay(e), finishedAt - 3_600_000, true);
      record.runs[`run-${i}`] = { ...record.runs[`run-${i}`]!, scores: scores(values), finishedAt };
    }
    return record;
  };
  const ids = [...engines.keys()];

  it('scores a play as the mean of its dimensions, and a scenario by its best play, the latest of equals', () => {
    const record = withPlays([
      [ids[0]!, [80, 40], T],
      [ids[0]!, [30, 30], T + 1000],
      [ids[0]!, [60, 60], T + 2000],
    ]);
    expect(playScore(record.runs['run-0']!)).toBe(60);
    expect(bestPlay(record, ids[0]!)?.runId).toBe('run-2');
  });

  it('a scenario package: complete once played to an ending, scored by its best play', () => {
    const scope = { modules: [], scenarios: [ids[0]!] };
    expect(packageReport(emptyRecord(), scope, 60)).toEqual({ completed: false, progress: 0, scorePercent: null, passMark: 60 });
    const record = withPlays([
      [ids[0]!, [90, 70], T],
      [ids[0]!, [10, 20], T + 1000],
    ]);
    expect(packageReport(record, scope, 60)).toEqual({ completed: true, progress: 1, scorePercent: 80, passMark: 60 });
  });

  it('the course package: complete only with every module and every scenario done; progress counts each part done', () => {
    const scope = { modules: modules.map((m) => m.id), scenarios: ids };
    const parts = modules.length + ids.length;
    let record = withPlays(ids.map((id, i) => [id, [50 + i * 10], T + i]));
    expect(packageReport(record, scope, 60)).toMatchObject({ completed: false, progress: ids.length / parts });
    for (const m of modules.slice(0, -1)) record = completeModule(record, m, T);
    expect(packageReport(record, scope, 60)).toMatchObject({ completed: false, progress: (parts - 1) / parts });
    record = completeModule(record, modules.at(-1)!, T);
    const mean = ids.reduce((sum, _, i) => sum + 50 + i * 10, 0) / ids.length;
    expect(packageReport(record, scope, 60)).toEqual({ completed: true, progress: 1, scorePercent: mean, passMark: 60 });
    const partial = withPlays([[ids[1]!, [70], T]]);
    expect(packageReport(partial, scope, 60)).toEqual({ completed: false, progress: 1 / parts, scorePercent: 70, passMark: 60 });
  });
});
