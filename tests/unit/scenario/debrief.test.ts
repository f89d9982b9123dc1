import { describe, expect, it } from 'vitest';
import { debrief, moduleFor } from '../../../src/scenario/debrief';
import { replay } from '../../../src/scenario/replay';
import { tinyEngine } from './tiny';

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
      supportsStarted: 1,
      supportsNeverStarted: 0,
      stagesWaited: 1,
      helpDelivered: 1,
      immediateChange: 0,
    });
    expect(d.kinds.find((k) => k.kind === 'joint-action')?.count).toBe(0);
    expect(d.stagesWaited).toBe(1);
    expect(d.supports).toEqual([{ option: 'ref', kind: 'referral', label: 'Therapy', waited: 1, started: true }]);
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
    expect(d.supports[0]).toMatchObject({ waited: 1, started: false });
    expect(d.kinds.find((k) => k.kind === 'referral')?.supportsNeverStarted).toBe(1);
  });
});
