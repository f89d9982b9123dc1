import { describe, expect, it } from 'vitest';
import { decisionInteractions, DESCRIPTION_CHARS, optionStanding } from '../../../src/lms/interactions';
import { emptyRecord } from '../../../src/record/record';
import { recordChoice, recordRewind } from '../../../src/record/scenarios';
import { replay } from '../../../src/scenario/runtime';
import { randomPlay, shippedEngines } from '../facilitation/helpers';
import { playRun } from './helpers';

const engines = shippedEngines();
const T = Date.UTC(2026, 2, 2, 9, 0, 0);

describe('decisions as interactions', () => {
  it('gives each decision of a play, in order, with the option chosen, its letter, kind and standing', () => {
    for (const [id, engine] of engines) {
      const path = engine.payload.scenario.bestPath ?? Object.values(engine.payload.stats.witnesses)[0]!;
      const record = playRun(emptyRecord(), engine, 'run-1', path, T, true);
      const found = decisionInteractions(record, engines, T);
      expect(
        found.map((d) => d.optionId),
        id,
      ).toEqual(path);
      const scenes = replay(engine, path).snapshot.context.log.map((l) => l.scene);
      expect(found.map((d) => d.sceneId)).toEqual(scenes);
      for (const d of found) {
        const options = engine.payload.scenario.scenes[d.sceneId]!.decision.options;
        const index = options.findIndex((o) => o.id === d.optionId);
        expect(d.letter).toBe('abcdefghij'[index]);
        expect(d.kind).toBe(options[index]!.kind);
        expect(d.description.length).toBeLessThanOrEqual(DESCRIPTION_CHARS);
        expect(d.description).toContain(engine.payload.scenario.scenes[d.sceneId]!.decision.question);
        // One minute apart in playRun: the time the learner took.
        expect(d.latencyMs).toBe(60_000);
      }
      // The authors' best path is never marked wrong.
      expect(
        found.filter((d) => d.result === 'incorrect'),
        id,
      ).toEqual([]);
      expect(new Set(found.map((d) => d.id)).size).toBe(found.length);
    }
  });

  it('marks a critical safeguarding error incorrect, the best safe option correct, and every decision has a correct option', () => {
    let criticals = 0;
    for (const engine of engines.values()) {
      for (const scene of Object.values(engine.payload.scenario.scenes)) {
        const options = scene.decision.options;
        const standings = options.map((o) => optionStanding(options, o));
        expect(standings).toContain('correct');
        options.forEach((o, i) => {
          if (o.critical) {
            criticals++;
            expect(standings[i]).toBe('incorrect');
          }
        });
      }
    }
    expect(criticals).toBeGreaterThan(0);
  });

  it('reports only decisions made since the session began, keeps choices taken back, and counts a branched play once', () => {
    const engine = engines.get('sami')!;
    const play = randomPlay(engine, 7).context.log.map((l) => l.option);
    let record = playRun(emptyRecord(), engine, 'run-1', play.slice(0, 3), T, false);
    const since = T + 2 * 60_000 + 1; // after the second choice
    expect(decisionInteractions(record, engines, since).map((d) => d.optionId)).toEqual([play[2]]);

    // The learner takes the third choice back and makes it again: both are in the journal.
    record = recordRewind(record, 'run-1', 2, T + 4 * 60_000);
    const scene = record.runs['run-1']!.rewinds[0]!.undone[0]!.sceneId;
    record = recordChoice(record, 'run-1', { sceneId: scene, optionId: play[2]! }, T + 5 * 60_000);
    const journal = decisionInteractions(record, engines, since);
    expect(journal.map((d) => d.at)).toEqual([T + 3 * 60_000, T + 5 * 60_000]);

    // A second run that starts with the first run's choices (a branch) does not repeat them.
    const branch = { ...record.runs['run-1']!, runId: 'run-2' };
    const both = { ...record, runs: { ...record.runs, 'run-2': branch } };
    expect(decisionInteractions(both, engines, since)).toHaveLength(2);
  });

  it('leaves out a scenario it has no engine for, and a gap of hours as latency', () => {
    const engine = engines.get('sami')!;
    const path = engine.payload.scenario.bestPath!;
    let record = playRun(emptyRecord(), engine, 'run-1', path.slice(0, 1), T, false);
    record = recordChoice(
      record,
      'run-1',
      { sceneId: replay(engine, path.slice(0, 1)).snapshot.context.scene!, optionId: path[1]! },
      T + 5 * 3_600_000,
    );
    const found = decisionInteractions(record, engines, T);
    expect(found.map((d) => d.latencyMs)).toEqual([60_000, null]);
    expect(decisionInteractions(record, new Map(), T)).toEqual([]);
  });
});
