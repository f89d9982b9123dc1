import { describe, expect, it } from 'vitest';
import { readProgress } from '../../../src/record/continue';
import { completeModule, visitModule } from '../../../src/record/module-progress';
import { decodeSteps, encodeSteps, pathwayStatus, type PathwayStepRef } from '../../../src/record/pathway-status';
import { emptyRecord } from '../../../src/record/record';
import { finishRun, startRun } from '../../../src/record/scenarios';

const steps: PathwayStepRef[] = [
  { kind: 'module', id: 'trajectories', minutes: 60 },
  { kind: 'scenario', id: 'sami', minutes: 30 },
  { kind: 'session', id: 'training-day', minutes: 360 },
  { kind: 'module', id: 'knowing-who', minutes: 45 },
];

describe('a pathway as a checklist', () => {
  it('ticks finished steps, leaves sessions untracked and offers the first open step next', () => {
    let record = completeModule(emptyRecord(), { id: 'trajectories', title: 'Trajectories', minutes: 60 }, 10);
    record = startRun(record, { runId: 'r1', scenarioId: 'sami', scenarioHash: 'h' }, 20);
    record = finishRun(record, 'r1', { scores: {}, ending: 'e', criticalErrors: 0, cpd: { title: 'Sami', minutes: 30 } }, 30);
    record = visitModule(record, 'knowing-who', 40);
    const status = pathwayStatus(steps, readProgress(JSON.parse(JSON.stringify(record))));
    expect(status.done).toEqual([true, true, null, false]);
    expect(status).toMatchObject({ doneCount: 2, tracked: 3, minutesLeft: 45, next: 3 });
  });

  it('starts at the first step for a new learner and ends with nothing next', () => {
    expect(pathwayStatus(steps, readProgress(null))).toMatchObject({ doneCount: 0, minutesLeft: 135, next: 0 });
    const all = readProgress({
      modules: { trajectories: { completedAt: 1 }, 'knowing-who': { completedAt: 2 } },
      runs: { r: { scenarioId: 'sami', finishedAt: 3 } },
    });
    expect(pathwayStatus(steps, all)).toMatchObject({ doneCount: 3, tracked: 3, minutesLeft: 0, next: null });
  });

  it('carries steps through a data attribute unchanged', () => {
    expect(decodeSteps(encodeSteps(steps))).toEqual(steps);
  });
});
