import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { holds } from '../../../src/scenario/conditions';
import { buildLookup } from '../../../src/scenario/lookup';
import {
  advanceStage,
  advanceTo,
  applyOption,
  enterScene,
  finishPlay,
  helpDelivered,
  initialContext,
  matchingEndings,
  stageEntryLevels,
  stagesWaited,
} from '../../../src/scenario/model';
import type { PlayContext, SupportRecord } from '../../../src/scenario/types';
import { testFramework } from './helpers';
import { tinyScenario } from './tiny';
import { cases } from '../cases';

const lookup = buildLookup(tinyScenario(), testFramework);
const domains = ['learning', 'health', 'family', 'community', 'wellbeing'];
const max = Object.fromEntries(domains.map((d) => [d, 10]));
const levels = (l: number, h: number, f: number, c: number, w: number) => ({
  learning: l,
  health: h,
  family: f,
  community: c,
  wellbeing: w,
});
const total = (ctx: PlayContext) => Object.values(ctx.levels).reduce((a, b) => a + b, 0);
const start = () => enterScene(initialContext(lookup), lookup, 'a');

describe('stage entry: drift, spill and relief', () => {
  const stage = { drift: { learning: 1, family: 2 }, spill: [{ from: 'family', to: 'wellbeing', atLeast: 4, amount: 1 }] };

  it('adds drift to every domain no support covers', () => {
    expect(stageEntryLevels(levels(2, 2, 2, 2, 2), stage, [], max)).toEqual(levels(3, 2, 4, 2, 2));
  });

  it('spills from a domain at or above the threshold on arrival, not after drift', () => {
    expect(stageEntryLevels(levels(2, 2, 4, 2, 2), stage, [], max).wellbeing).toBe(3);
    expect(stageEntryLevels(levels(2, 2, 3, 2, 2), stage, [], max).wellbeing).toBe(2);
  });

  it('adds the spill amount, and spills from several rules add up', () => {
    const twoRules = {
      drift: {},
      spill: [
        { from: 'family', to: 'wellbeing', atLeast: 1, amount: 2 },
        { from: 'health', to: 'wellbeing', atLeast: 1, amount: 1 },
      ],
    };
    expect(stageEntryLevels(levels(0, 1, 1, 0, 0), twoRules, [], max).wellbeing).toBe(3);
  });

  it('stops drift in a covered domain and takes off the strongest covering support', () => {
    const supports = [
      { domains: ['family'], strength: 1 },
      { domains: ['family', 'learning'], strength: 2 },
    ];
    // family: no drift, relief max(1, 2) = 2, not 3; learning: no drift, relief 2.
    expect(stageEntryLevels(levels(5, 2, 5, 2, 2), stage, supports, max)).toEqual(levels(3, 2, 3, 2, 3));
  });

  it('clamps to the scale', () => {
    expect(stageEntryLevels(levels(10, 0, 10, 0, 10), stage, [{ domains: ['health'], strength: 3 }], max)).toEqual(
      levels(10, 0, 10, 0, 10),
    );
    expect(
      stageEntryLevels(levels(0, 1, 0, 0, 0), { drift: {}, spill: [] }, [{ domains: ['health'], strength: 3 }], max).health,
    ).toBe(0);
  });

  it('is monotone: lower arrival levels and more supports never give a higher level', () => {
    const level = fc.integer({ min: 0, max: 10 });
    const lv = fc.record({ learning: level, health: level, family: level, community: level, wellbeing: level });
    const support = fc.record({ domains: fc.subarray(domains, { minLength: 1 }), strength: fc.integer({ min: 1, max: 5 }) });
    const stageArb = fc.record({
      drift: fc.record({ learning: fc.nat(5), health: fc.nat(5), family: fc.nat(5), community: fc.nat(5), wellbeing: fc.nat(5) }),
      spill: fc.array(
        fc.record({
          from: fc.constantFrom(...domains),
          to: fc.constantFrom(...domains),
          atLeast: fc.nat(10),
          amount: fc.integer({ min: 1, max: 3 }),
        }),
        { maxLength: 4 },
      ),
    });
    fc.assert(
      fc.property(
        lv,
        lv,
        stageArb,
        fc.array(support, { maxLength: 3 }),
        fc.array(support, { maxLength: 3 }),
        (a, b, st, some, more) => {
          const low = Object.fromEntries(domains.map((d) => [d, Math.min(a[d as keyof typeof a], b[d as keyof typeof b])]));
          const lower = stageEntryLevels(low, st, [...some, ...more], max);
          const higher = stageEntryLevels(a, st, some, max);
          for (const d of domains) expect(lower[d]).toBeLessThanOrEqual(higher[d]!);
        },
      ),
      { numRuns: cases(500) },
    );
  });
});

describe('time and trajectory', () => {
  it('starts at the first stage with the starting levels as the first trajectory point', () => {
    const ctx = start();
    expect(ctx.stage).toBe(0);
    expect(ctx.trajectory).toEqual([levels(2, 2, 2, 2, 2)]);
    expect(ctx.scene).toBe('a');
  });

  it('adds one trajectory point per stage entered, and never runs past the last stage', () => {
    const ctx = advanceTo(start(), lookup, 9);
    expect(ctx.stage).toBe(2);
    expect(ctx.trajectory).toHaveLength(3);
    expect(advanceStage(ctx, lookup)).toBe(ctx);
  });

  it('applies drift when a scene in a later stage is entered, not within a stage', () => {
    const b = enterScene(applyOption(start(), lookup, 'bend'), lookup, 'b');
    expect(b.stage).toBe(0);
    expect(b.levels).toEqual(levels(2, 2, 2, 2, 1));
    const c = enterScene(applyOption(start(), lookup, 'ref'), lookup, 'c');
    expect(c.stage).toBe(1);
    expect(c.levels).toEqual(levels(3, 2, 4, 2, 2));
  });

  it('plays the remaining stages forward when play ends', () => {
    const c = enterScene(applyOption(start(), lookup, 'ref'), lookup, 'c');
    const end = finishPlay(applyOption(c, lookup, 'end-ref'), lookup);
    expect(end.stage).toBe(2);
    expect(end.scene).toBeNull();
    // health is covered by the referral from stage 2 on: no drift, minus 1.
    expect(end.levels).toEqual(levels(4, 1, 5, 3, 3));
    expect(end.trajectory.map((l) => Object.values(l).reduce((a, b) => a + b, 0))).toEqual([10, 13, 16]);
  });
});

describe('effects of an option', () => {
  it('applies vulnerability deltas at once, clamped, and updates the current trajectory point', () => {
    const ctx = applyOption(start(), lookup, 'bend');
    expect(ctx.levels.wellbeing).toBe(1);
    expect(ctx.trajectory[ctx.trajectory.length - 1]).toEqual(ctx.levels);
    const floor = applyOption({ ...start(), levels: levels(0, 0, 0, 0, 0) }, lookup, 'bend');
    expect(floor.levels.wellbeing).toBe(0);
  });

  it('sets flags once, sorted', () => {
    const ctx = applyOption(applyOption(start(), lookup, 'bend'), lookup, 'bend');
    expect(ctx.flags).toEqual(['knows']);
  });

  it('changes relationships within −5…5', () => {
    let ctx = start();
    for (let i = 0; i < 4; i++) ctx = applyOption(ctx, lookup, 'bend');
    expect(ctx.relationships['parent']).toBe(5);
    for (let i = 0; i < 12; i++) ctx = applyOption(ctx, lookup, 'ignore');
    expect(ctx.relationships['parent']).toBe(-5);
  });

  it('adds scores per dimension and logs the decision, marking critical errors', () => {
    const ctx = applyOption(applyOption(start(), lookup, 'bend'), lookup, 'ignore');
    expect(ctx.scores['accountable-rule-bending']).toBe(2);
    expect(ctx.scores['safeguarding']).toBe(-3);
    expect(ctx.log).toEqual([
      { scene: 'a', option: 'bend', kind: 'rule-bending', stage: 0, critical: false },
      { scene: 'b', option: 'ignore', kind: 'rule-bending', stage: 0, critical: true },
    ]);
  });

  it('records supports with the stage they start and end', () => {
    const ref = applyOption(start(), lookup, 'ref').supports[0];
    expect(ref).toMatchObject({
      option: 'ref',
      kind: 'referral',
      label: 'Therapy',
      domains: ['health'],
      strength: 1,
      chosenAt: 0,
      startsAt: 2,
      endsAt: null,
    });
    const short = applyOption(start(), lookup, 'ref2').supports[0];
    expect(short).toMatchObject({ chosenAt: 0, startsAt: 1, endsAt: 1 });
  });

  it('ignores an unknown option id', () => {
    const ctx = start();
    expect(applyOption(ctx, lookup, 'nope')).toBe(ctx);
  });
});

describe('delayed and time-limited supports', () => {
  const support = (chosenAt: number, delay: number, duration?: number): SupportRecord => ({
    option: 'x',
    kind: 'referral',
    label: 'x',
    domains: ['health', 'family'],
    strength: 2,
    chosenAt,
    startsAt: chosenAt + 1 + delay,
    endsAt: duration === undefined ? null : chosenAt + delay + duration,
  });

  it('counts the stages the child waited, from the choice to the start', () => {
    expect(stagesWaited(support(0, 0), 3)).toBe(0);
    expect(stagesWaited(support(0, 2), 1)).toBe(1);
    expect(stagesWaited(support(0, 2), 5)).toBe(2);
  });

  it('counts help delivered only while active', () => {
    expect(helpDelivered(support(0, 2), 2)).toBe(0);
    expect(helpDelivered(support(0, 2), 4)).toBe(2 * 2 * 2);
    expect(helpDelivered(support(0, 0, 1), 4)).toBe(4);
  });

  it('does not act before its delay is over, and stops after its duration', () => {
    // The health referral (delay 1) does nothing at stage 1 and acts from stage 2.
    const ref = applyOption(start(), lookup, 'ref');
    const atOne = advanceStage(ref, lookup);
    expect(atOne.levels.health).toBe(2);
    const atTwo = advanceStage(atOne, lookup);
    expect(atTwo.levels.health).toBe(1);
    // A one-stage support helps at stage 1 only, then wellbeing drifts again at stage 2.
    const short = advanceStage(applyOption(start(), lookup, 'ref2'), lookup);
    expect(short.levels.wellbeing).toBe(1);
    expect(advanceStage(short, lookup).levels.wellbeing).toBe(2);
  });

  it('leaves the child better off with parallel support now than with the same help after a wait', () => {
    const now = finishPlay(enterScene(applyOption(start(), lookup, 'join'), lookup, 'c'), lookup);
    const waited = finishPlay(enterScene(applyOption(start(), lookup, 'ref'), lookup, 'c'), lookup);
    expect(total(now)).toBeLessThan(total(waited));
  });
});

describe('signals, conditions and endings', () => {
  it('records the domains of visible signals only', () => {
    const plain = enterScene(applyOption(start(), lookup, 'ref'), lookup, 'c');
    expect(plain.seenDomains).toEqual(['learning', 'health']);
    const knowing = enterScene(enterScene(applyOption(start(), lookup, 'bend'), lookup, 'b'), lookup, 'c');
    expect(knowing.seenDomains).toEqual(['learning', 'health', 'family', 'community']);
  });

  it('evaluates every kind of condition', () => {
    const state = { flags: ['a'], levels: levels(1, 2, 3, 4, 5), relationships: { p: 2 } };
    expect(holds({ flag: 'a' }, state)).toBe(true);
    expect(holds({ flag: 'b' }, state)).toBe(false);
    expect(holds({ level: 'family', atLeast: 3, atMost: 3 }, state)).toBe(true);
    expect(holds({ level: 'total', atMost: 14 }, state)).toBe(false);
    expect(holds({ level: 'total', atLeast: 15 }, state)).toBe(true);
    expect(holds({ level: 'highest', atLeast: 5 }, state)).toBe(true);
    expect(holds({ relationship: 'p', atLeast: 3 }, state)).toBe(false);
    expect(holds({ relationship: 'unknown', atMost: 0 }, state)).toBe(true);
    expect(holds({ all: [{ flag: 'a' }, { not: { flag: 'b' } }] }, state)).toBe(true);
    expect(holds({ any: [{ flag: 'b' }, { level: 'learning', atMost: 0 }] }, state)).toBe(false);
  });

  it('picks endings from the final levels', () => {
    const low = finishPlay(enterScene(applyOption(start(), lookup, 'join'), lookup, 'c'), lookup);
    expect(matchingEndings(lookup, low)).toEqual(['low']);
    const high = finishPlay(enterScene(applyOption(start(), lookup, 'ref'), lookup, 'c'), lookup);
    expect(matchingEndings(lookup, high)).toEqual(['high']);
  });
});
