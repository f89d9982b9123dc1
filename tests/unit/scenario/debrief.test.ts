import { describe, expect, it } from 'vitest';
import { debrief, moduleFor } from '../../../src/scenario/debrief';
import { replay } from '../../../src/scenario/replay';
import { compile } from '../../../src/scenario/compile';
import { tinyEngine, tinyPayload, tinyScenario } from './tiny';

const engine = tinyEngine();
const play = (choices: string[]) => {
  const r = replay(engine, choices);
  if (!r.ok) throw new Error(`replay failed at ${r.failedAt}`);
  return debrief(engine, r.snapshot);
};

describe('the debrief', () => {
  it('normalises each dimension to 0–100 against the analysed bounds, null when nothing scores on it', () => {
    const d = play(['bend', 'joint-known', 'end-joint']);
    const by = Object.fromEntries(d.dimensions.map((x) => [x.id, x]));
    expect(by['co-configuration']).toMatchObject({ score: 3, min: 0, max: 3, normalised: 100 });
    expect(by['safeguarding']).toMatchObject({ score: 1, min: -3, max: 1, normalised: 100 });
    expect(by['knowing-who']).toMatchObject({ score: 0, normalised: 0 });
    expect(by['whole-child']?.normalised).toBeNull();
  });

  it('names the two weakest assessed dimensions with their modules', () => {
    const d = play(['bend', 'ignore', 'end-ref']);
    expect(d.weakest.map((w) => w.id)).toEqual(['knowing-who', 'relational-agency']);
    expect(d.weakest[0]?.module).toBe('knowing-who');
    expect(moduleFor(engine, 'accountable-rule-bending')).toBe('rule-bending');
  });

  it('lists critical safeguarding errors apart from the scores', () => {
    const d = play(['bend', 'ignore', 'end-ref']);
    expect(d.critical).toEqual([
      { scene: 'b', option: 'ignore', label: 'ignore', reason: 'Ignoring a disclosure is a critical error.' },
    ]);
    expect(d.decisions[1]?.critical).toBe('Ignoring a disclosure is a critical error.');
    expect(play(['ref', 'end-ref']).critical).toEqual([]);
  });

  it('counts each kind of decision and its consequences, including stages waited for support', () => {
    const d = play(['ref', 'end-ref']);
    const referral = d.kinds.find((k) => k.kind === 'referral');
    expect(referral).toMatchObject({
      count: 2,
      supportsArranged: 1,
      supportsStarted: 1,
      supportsNotStarted: 0,
      stagesWaited: 1,
      helpDelivered: 1,
      immediateChange: 0,
    });
    expect(d.kinds.find((k) => k.kind === 'joint-action')?.count).toBe(0);
    expect(d.stagesWaited).toBe(1);
    expect(d.supports).toEqual([{ option: 'ref', kind: 'referral', label: 'Therapy', waited: 1, delay: 1, outcome: 'started' }]);
    const joint = play(['join', 'end-bend']);
    expect(joint.stagesWaited).toBe(0);
    expect(joint.kinds.find((k) => k.kind === 'joint-action')).toMatchObject({ count: 1, stagesWaited: 0, helpDelivered: 2 * 2 });
    expect(joint.kinds.find((k) => k.kind === 'rule-bending')?.immediateChange).toBe(-1);
  });

  it('gives the ending, every decision with feedback and expert view, and the trajectory', () => {
    const d = play(['ref', 'end-ref']);
    expect(d.status).toBe('ended');
    expect(d.ending?.id).toBe('high');
    expect(d.decisions.map((x) => [x.option, x.kind, x.sceneTitle, x.stage])).toEqual([
      ['ref', 'referral', 'Scene A', 'Stage 0'],
      ['end-ref', 'referral', 'Scene C', 'Stage 1'],
    ]);
    expect(d.decisions[0]?.feedback).toBe('feedback for ref');
    expect(d.decisions[0]?.expert).toEqual({ text: 'expert view on ref', module: 'knowing-who' });
    expect(d.vulnerability).toEqual({ start: 10, end: 16 });
    expect(d.trajectory.totals).toEqual([10, 13, 16]);
  });

  it('works mid-play too, for a facilitator pausing the group', () => {
    const r = replay(engine, ['ref']);
    const d = debrief(engine, r.snapshot);
    expect(d.status).toBe('playing');
    expect(d.ending).toBeNull();
    expect(d.supports[0]).toMatchObject({ waited: 1, outcome: 'waiting' });
    expect(d.kinds.find((k) => k.kind === 'referral')?.supportsNotStarted).toBe(1);
  });

  it('counts a critical safeguarding error apart, never in the tally of the kind it was written as', () => {
    const d = play(['bend', 'ignore', 'end-ref']);
    const count = Object.fromEntries(d.kinds.map((k) => [k.kind, k.count]));
    // 'bend' and 'ignore' are both written as rule-bending; only 'bend' counts as rule-bending.
    expect(count).toEqual({ referral: 1, 'rule-bending': 1, 'joint-action': 0, critical: 1 });
    expect(d.kinds.map((k) => k.kind)).toEqual(['referral', 'rule-bending', 'joint-action', 'critical']);
    expect(d.decisions[1]).toMatchObject({ option: 'ignore', kind: 'rule-bending' });
    const safe = play(['bend', 'joint-known', 'end-joint']);
    expect(safe.kinds.find((k) => k.kind === 'critical')?.count).toBe(0);
    expect(safe.decisions[1]?.statutoryStep).toBe('The DSL told today, with the team');
  });

  describe('help arranged in the final stage', () => {
    // The same story without stage s2, so scene c is in the final stage.
    const scenario = tinyScenario();
    scenario.stages = scenario.stages.slice(0, 2);
    const endJoint = scenario.scenes['c']!.decision.options.find((o) => o.id === 'end-joint')!;
    endJoint.effects.supports = [{ label: 'Family plan', domains: ['family'], strength: 1, delay: 0 }];
    const endRef = scenario.scenes['c']!.decision.options.find((o) => o.id === 'end-ref')!;
    endRef.effects.supports = [{ label: 'Counselling', domains: ['wellbeing'], strength: 1, delay: 2 }];
    const short = compile(tinyPayload(scenario));
    const end = (choices: string[]) => {
      const r = replay(short, choices);
      if (!r.ok || r.snapshot.status !== 'done') throw new Error('play did not end');
      return debrief(short, r.snapshot);
    };

    it('is neither waited for nor delivered: it had no chance to begin', () => {
      const d = end(['bend', 'joint-known', 'end-joint']);
      expect(d.supports.at(-1)).toMatchObject({ label: 'Family plan', outcome: 'too-late', waited: 0, delay: 0 });
      expect(d.stagesWaited).toBe(0);
      const joint = d.kinds.find((k) => k.kind === 'joint-action')!;
      expect(joint).toMatchObject({ supportsArranged: 2, supportsStarted: 1, supportsNotStarted: 1, stagesWaited: 0 });
      expect(joint.helpDelivered).toBe(2 * 2);
    });

    it('keeps a waiting list it was put on, without counting the wait as lived', () => {
      const d = end(['ref', 'end-ref']);
      expect(d.supports).toEqual([
        { option: 'ref', kind: 'referral', label: 'Therapy', waited: 1, delay: 1, outcome: 'waiting' },
        { option: 'end-ref', kind: 'referral', label: 'Counselling', waited: 0, delay: 2, outcome: 'too-late' },
      ]);
      expect(d.stagesWaited).toBe(1);
    });
  });
});
