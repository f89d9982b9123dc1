import { describe, expect, it } from 'vitest';
import {
  finishRun,
  latestRun,
  newRunId,
  recordChoice,
  recordRewind,
  resumableRun,
  saveSnapshot,
  scenarioScores,
  startRun,
} from '../../../src/record/scenarios';
import { liveCpdEntries } from '../../../src/record/cpd';
import { emptyRecord, type LearnerRecord } from '../../../src/record/record';
import { readImport } from '../../../src/record/import';
import { exportJson } from '../../../src/record/export';

const scenario = { scenarioId: 'amira', scenarioHash: 'hash-1' };
const result = {
  ending: 'thriving',
  scores: { 'whole-child': 80, 'knowing-who': 55 },
  criticalErrors: 0,
  cpd: { title: 'Amira: nursery to Year 7', minutes: 40 },
};

function play(record: LearnerRecord, runId: string, start: number): LearnerRecord {
  let r = startRun(record, { runId, ...scenario }, start);
  r = recordChoice(r, runId, { sceneId: 'speech-worry', optionId: 'call-hv' }, start + 1);
  r = recordChoice(r, runId, { sceneId: 'speech-worry-2', optionId: 'tac' }, start + 2);
  return r;
}

describe('scenario runs', () => {
  it('records choices in order with their times', () => {
    const record = play(emptyRecord(), 'run-1', 100);
    expect(record.runs['run-1']).toMatchObject({
      ...scenario,
      startedAt: 100,
      finishedAt: null,
      choices: [
        { sceneId: 'speech-worry', optionId: 'call-hv', at: 101 },
        { sceneId: 'speech-worry-2', optionId: 'tac', at: 102 },
      ],
    });
  });

  it('a rewind keeps the first choices and logs the ones taken back', () => {
    const record = recordRewind(play(emptyRecord(), 'run-1', 100), 'run-1', 1, 110);
    const run = record.runs['run-1']!;
    expect(run.choices.map((c) => c.optionId)).toEqual(['call-hv']);
    expect(run.rewinds).toEqual([{ toChoice: 1, at: 110, undone: [{ sceneId: 'speech-worry-2', optionId: 'tac', at: 102 }] }]);
  });

  it('keeps the latest snapshot as opaque JSON and resumes only when hash and version match', () => {
    const snapshot = { status: 'active', value: 'speech-worry-2', context: { levels: { family: 4 }, log: [1, 2] } };
    const record = saveSnapshot(play(emptyRecord(), 'run-1', 100), 'run-1', { snapshotVersion: 3, data: snapshot }, 120);
    expect(record.runs['run-1']?.snapshot).toEqual({ snapshotVersion: 3, savedAt: 120, data: snapshot });
    expect(resumableRun(record, 'amira', 'hash-1', 3)?.runId).toBe('run-1');
    expect(resumableRun(record, 'amira', 'hash-2', 3)).toBeUndefined();
    expect(resumableRun(record, 'amira', 'hash-1', 4)).toBeUndefined();
    // A snapshot survives export and import unchanged.
    const back = readImport(exportJson(record, 200), 1000, 200);
    expect(back.ok && back.record.runs['run-1']?.snapshot?.data).toEqual(snapshot);
  });

  it('finishing stores the result, drops the snapshot, and logs CPD once per scenario', () => {
    let record = saveSnapshot(play(emptyRecord(), 'run-1', 100), 'run-1', { snapshotVersion: 1, data: { a: 1 } }, 120);
    record = finishRun(record, 'run-1', result, 130);
    expect(record.runs['run-1']).toMatchObject({
      finishedAt: 130,
      ending: 'thriving',
      scores: result.scores,
      criticalErrors: 0,
      snapshot: null,
    });
    expect(resumableRun(record, 'amira', 'hash-1', 1)).toBeUndefined();
    record = finishRun(play(record, 'run-2', 200), 'run-2', { ...result, scores: { 'whole-child': 60, 'knowing-who': 90 } }, 230);
    expect(liveCpdEntries(record)).toHaveLength(1);
    expect(liveCpdEntries(record)[0]).toMatchObject({
      origin: 'scenario',
      sourceId: 'amira',
      minutes: 40,
      title: 'Amira: nursery to Year 7',
    });
  });

  it('ignores changes to unknown or finished runs', () => {
    const finished = finishRun(play(emptyRecord(), 'run-1', 100), 'run-1', result, 130);
    expect(recordChoice(finished, 'run-1', { sceneId: 'x', optionId: 'y' }, 140)).toBe(finished);
    expect(recordChoice(finished, 'nope', { sceneId: 'x', optionId: 'y' }, 140)).toBe(finished);
    expect(startRun(finished, { runId: 'run-1', ...scenario }, 150)).toBe(finished);
  });

  it('latestRun is the most recently started run', () => {
    const record = play(play(emptyRecord(), 'run-1', 100), 'run-2', 200);
    expect(latestRun(record, 'amira')?.runId).toBe('run-2');
    expect(latestRun(record, 'kai')).toBeUndefined();
  });

  it('best and latest scores per dimension', () => {
    let record = finishRun(play(emptyRecord(), 'run-1', 100), 'run-1', result, 130);
    record = finishRun(
      play(record, 'run-2', 200),
      'run-2',
      { ...result, ending: 'struggling', scores: { 'whole-child': 60, 'knowing-who': 90 } },
      230,
    );
    record = play(record, 'run-3', 300); // unfinished: not counted
    expect(scenarioScores(record)).toEqual([
      expect.objectContaining({
        scenarioId: 'amira',
        finishedRuns: 2,
        dimensions: { 'whole-child': { latest: 60, best: 80 }, 'knowing-who': { latest: 90, best: 90 } },
      }),
    ]);
  });

  it('makes distinct run ids', () => {
    expect(newRunId()).not.toBe(newRunId());
    expect(newRunId()).toMatch(/^run-[0-9a-f]{32}$/);
  });
});
