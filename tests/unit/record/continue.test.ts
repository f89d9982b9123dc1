import { describe, expect, it } from 'vitest';
import { readProgress } from '../../../src/record/continue';
import { completeModule, visitModule } from '../../../src/record/module-progress';
import { emptyRecord } from '../../../src/record/record';
import { finishRun, startRun } from '../../../src/record/scenarios';

describe('what a learner has under way', () => {
  it('marks modules started or complete, and picks the latest unfinished thing', () => {
    let record = visitModule(emptyRecord(), 'trajectories', 10);
    record = visitModule(record, 'knowing-who', 20);
    record = completeModule(record, { id: 'knowing-who', title: 'Knowing who', minutes: 60 }, 30);
    record = startRun(record, { runId: 'r1', scenarioId: 'sami', scenarioHash: 'h' }, 25);
    const p = readProgress(JSON.parse(JSON.stringify(record)));
    expect(p.modules).toEqual({ trajectories: 'started', 'knowing-who': 'complete' });
    expect(p.scenarios).toEqual({ sami: 'started' });
    expect(p.latest).toBe('scenario:sami');
    // The modules index offers the latest unfinished module, even when a scenario was touched since.
    expect(p.latestOf).toEqual({ module: 'module:trajectories', scenario: 'scenario:sami' });
  });

  it('does not offer to continue a scenario the learner has since finished', () => {
    let record = startRun(emptyRecord(), { runId: 'r1', scenarioId: 'sami', scenarioHash: 'h' }, 5);
    record = startRun(record, { runId: 'r2', scenarioId: 'sami', scenarioHash: 'h' }, 6);
    record = finishRun(record, 'r2', { scores: {}, ending: 'e', criticalErrors: 0, cpd: { title: 'Sami', minutes: 30 } }, 7);
    const p = readProgress(record);
    expect(p.scenarios['sami']).toBe('finished');
    expect(p.latest).toBeNull();
  });

  it('reads nothing, and never throws, from damaged or foreign data', () => {
    for (const junk of [null, 'text', 42, [], { modules: 'x', runs: [1, 2] }, { runs: { a: { scenarioId: 3 } } }])
      expect(readProgress(junk)).toEqual({
        modules: {},
        scenarios: {},
        latest: null,
        latestOf: { module: null, scenario: null },
      });
  });
});
