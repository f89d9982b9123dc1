import { describe, expect, it } from 'vitest';
import { formatMessage } from '../../../src/authoring/message';
import { analyseScenario } from '../../../src/scenario/analyse';
import { playLength, playsTake, plural } from '../../../src/scenario/report';
import { knownIds } from './helpers';
import { analyseSlip } from './slips';
import { tinyScenario, tinyText } from './tiny';

/*
 * What the exploration teaches an author, word for word and at the place to fix: a gap between
 * the endings is one finding at `endings` with the final totals nobody covers; an option that can
 * never be chosen says which flag or relationship is the reason.
 */
const messages = (scenario = tinyScenario()) =>
  analyseScenario('tiny.yaml', tinyText(scenario), knownIds)
    .report.messages.filter((m) => m.severity === 'error')
    .map(formatMessage);

describe('a gap between the endings', () => {
  it('is one finding at the endings key, however many options end play, with the uncovered totals and an example', () => {
    const scenario = tinyScenario();
    scenario.endings[0]!.when = { level: 'total', atMost: 12 };
    scenario.endings[1]!.when = { level: 'total', atLeast: 16 };
    expect(messages(scenario)).toEqual([
      'tiny.yaml:381:3 error [no-ending] endings: no ending matches the final state of 1 play, with a final total of 15 (e.g. after ref → end-bend: total 15 (learning 4, health 1, family 5, community 3, wellbeing 2); no flags); widen an ending\'s "when" or add an ending to cover them',
    ]);
  });

  it('names every uncovered total as ranges when plays end in several', () => {
    const { report } = analyseSlip('a gap between the endings');
    const found = report.messages.filter((m) => m.code === 'no-ending').map(formatMessage);
    expect(found).toEqual([
      'drafts/minimal.yaml:166:1 error [no-ending] endings: no ending matches the final state of 3 plays, with final totals of 13–14 (e.g. after ask-nurse-in → pass-on: total 14 (learning 4, health 1, family 2, community 3, wellbeing 4); no flags); widen an ending\'s "when" or add an ending to cover them',
    ]);
  });
});

describe('a requirement that never holds', () => {
  it('names the flag that is never set on any route to the option', () => {
    const scenario = tinyScenario();
    const last = scenario.scenes['c']!.decision.options[0]!;
    last.effects = { ...last.effects, flags: ['told-school'] };
    const bend = scenario.scenes['a']!.decision.options[1]!;
    bend.requires = { flag: 'told-school' };
    bend.unavailableReason = 'Not yet.';
    expect(messages(scenario)).toContain(
      'tiny.yaml:149:25 error [impossible-option] scene "a" scenes.a.decision.options.1.requires: the requirement of "bend" fails in every play that reaches this scene, so the option is never available: the flag "told-school" is never set on any route here',
    );
  });

  it('names a flag that every route here has set, when the requirement needs it not set', () => {
    const scenario = tinyScenario();
    const ref2 = scenario.scenes['b']!.decision.options[0]!;
    ref2.requires = { not: { flag: 'knows' } };
    ref2.unavailableReason = 'Not now.';
    expect(messages(scenario)).toEqual([
      'tiny.yaml:228:25 error [impossible-option] scene "b" scenes.b.decision.options.0.requires: the requirement of "ref2" fails in every play that reaches this scene, so the option is never available: the flag "knows" is set on every route here, and this needs it not set',
    ]);
  });

  it('names the relationship that never gets high enough, with the values it does take', () => {
    const { report } = analyseSlip('a requirement that never holds');
    expect(report.messages.filter((m) => m.code === 'impossible-option').map(formatMessage)).toEqual([
      'drafts/minimal.yaml:115:21 error [impossible-option] scene "dad-explains" scenes.dad-explains.decision.options.2.requires: the requirement of "family-plan" fails in every play that reaches this scene, so the option is never available: the relationship "dad" is 1 on every route here, and this needs at least 3',
    ]);
  });

  it('names only the parts of an "all" that never hold, and says when the parts never hold together', () => {
    const scenario = tinyScenario();
    const joint = scenario.scenes['c']!.decision.options[2]!;
    joint.requires = { all: [{ flag: 'knows' }, { relationship: 'parent', atMost: 0 }] };
    // "knows" and a parent relationship above 0 come together (from "bend"), so no route has both parts.
    expect(messages(scenario)).toEqual([
      'tiny.yaml:370:25 error [impossible-option] scene "c" scenes.c.decision.options.2.requires: the requirement of "end-joint" fails in every play that reaches this scene, so the option is never available: its conditions each hold on some route here, but never all on the same route',
    ]);
    joint.requires = { all: [{ flag: 'knows' }, { level: 'total', atLeast: 40 }] };
    expect(messages(scenario)).toEqual([
      'tiny.yaml:370:25 error [impossible-option] scene "c" scenes.c.decision.options.2.requires: the requirement of "end-joint" fails in every play that reaches this scene, so the option is never available: the total level is at most 15 on every route here, and this needs at least 40',
    ]);
  });
});

describe('counts in words', () => {
  it('uses the singular for one, groups thousands, and says "11 decisions" when every play is as long', () => {
    expect([plural(1, 'play'), plural(0, 'error'), plural(7936n, 'play'), plural('1', 'warning')]).toEqual([
      '1 play',
      '0 errors',
      '7,936 plays',
      '1 warning',
    ]);
    expect(playsTake({ mode: 'exact', shortest: 11, longest: 11 })).toBe('every play takes 11 decisions');
    expect(playsTake({ mode: 'exact', shortest: 7, longest: 10 })).toBe('a play takes between 7 and 10 decisions');
    expect(playsTake({ mode: 'exact', shortest: 1, longest: 1 })).toBe('every play takes 1 decision');
    expect(playLength({ mode: 'exact', shortest: 11, longest: 11 })).toBe('every play takes 11 decisions');
    expect(playLength({ mode: 'exact', shortest: 1, longest: 3 })).toBe('shortest play 1 decision, longest 3');
    expect(playLength({ mode: 'bounds', shortest: 7, longest: 10 })).toBe(
      'shortest play at least 7 decisions, longest at most 10',
    );
  });
});
