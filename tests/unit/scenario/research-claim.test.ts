import { describe, expect, it } from 'vitest';
import { compile } from '../../../src/scenario/compile';
import { debrief } from '../../../src/scenario/debrief';
import { optionsNow } from '../../../src/scenario/queries';
import { startSnapshot, step, type EngineSnapshot } from '../../../src/scenario/replay';
import { compiledFixture } from './helpers';

/*
 * The research's claim, made visible in numbers: passing a child along a chain of referrals
 * leaves them waiting while vulnerability builds up; joint action brings parallel support sooner.
 * Every play of the reference scenario is enumerated through the machine.
 */
describe('sequential referral versus parallel support (reference scenario)', () => {
  const engine = compile(compiledFixture('reference.yaml'));
  const total = (s: EngineSnapshot) => Object.values(s.context.levels).reduce((a, b) => a + b, 0);

  interface Play {
    choices: string[];
    final: EngineSnapshot;
  }
  const allReferral: Play[] = [];
  const jointWherePossible: Play[] = [];
  const walk = (snapshot: EngineSnapshot, choices: string[], referralsOnly: boolean, jointOnly: boolean) => {
    if (snapshot.status === 'done') {
      if (referralsOnly) allReferral.push({ choices, final: snapshot });
      if (jointOnly) jointWherePossible.push({ choices, final: snapshot });
      return;
    }
    const open = optionsNow(engine, snapshot).filter((o) => o.available);
    const jointOffered = open.some((o) => o.kind === 'joint-action');
    for (const o of open) {
      const next = step(engine, snapshot, o.id);
      if (next)
        walk(
          next,
          [...choices, o.id],
          referralsOnly && o.kind === 'referral',
          jointOnly && (!jointOffered || o.kind === 'joint-action'),
        );
    }
  };
  walk(startSnapshot(engine), [], true, true);

  it('has exactly one all-referral play and some plays choosing joint action wherever it is offered', () => {
    expect(allReferral).toHaveLength(1);
    expect(jointWherePossible.length).toBeGreaterThan(0);
  });

  it('ends the all-referral play with more total vulnerability at the final stage than the best joint-action play', () => {
    const referral = allReferral[0]!;
    const best = jointWherePossible.reduce((a, b) => (total(b.final) < total(a.final) ? b : a));
    expect(referral.final.context.stage).toBe(engine.payload.scenario.stages.length - 1);
    expect(total(referral.final)).toBeGreaterThan(total(best.final));
  });

  it('shows the child waiting for support under referral and not under joint action', () => {
    const referral = debrief(engine, allReferral[0]!.final);
    const best = jointWherePossible.reduce((a, b) => (total(b.final) < total(a.final) ? b : a));
    expect(referral.stagesWaited).toBeGreaterThan(0);
    expect(debrief(engine, best.final).kinds.find((k) => k.kind === 'joint-action')?.stagesWaited).toBe(0);
  });
});
