import { describe, expect, it } from 'vitest';
import { analyseScenario } from '../../../src/scenario/analyse';
import { compile } from '../../../src/scenario/compile';
import { generateScenario, generatedFile } from '../../../src/scenario/generate';
import { buildSceneGraph, graphFigures } from '../../../src/scenario/graph';
import { readFramework } from '../../../src/authoring/course-facts';
import { formatMessage } from '../../../src/authoring/message';
import { loadScenario, readKnownIds } from '../../../src/scenario/load';
import { formatReport } from '../../../src/scenario/report';
import { replay } from '../../../src/scenario/replay';
import { analyseFixture, compiledFixture, fixtureText, knownIds, root, testFramework } from './helpers';
import { DRAFT } from './minimal';
import { slipText } from './slips';
import { tinyScenario, tinyText } from './tiny';

const errors = (file: string) => analyseFixture(file).report.messages.filter((m) => m.severity === 'error');

describe('the framework', () => {
  it('declares the seven dimensions, each taught by the agreed module, and the five domains on a 0–10 scale', () => {
    const { framework, messages } = readFramework(root);
    expect(messages).toEqual([]);
    if (!framework) return;
    expect(Object.fromEntries(framework.dimensions.map((d) => [d.id, d.module]))).toEqual({
      'whole-child': 'trajectories',
      'knowing-who': 'knowing-who',
      'relational-agency': 'relational-agency',
      'co-configuration': 'co-configuration',
      'accountable-rule-bending': 'rule-bending',
      'professional-identity': 'professional-identity',
      safeguarding: 'rule-bending',
    });
    expect(framework.domains.map((d) => [d.id, d.name, d.scale.max])).toEqual([
      ['learning', 'Learning', 10],
      ['health', 'Health and development', 10],
      ['family', 'Family and home', 10],
      ['community', 'Relationships and community', 10],
      ['wellbeing', 'Emotional wellbeing', 10],
    ]);
  });

  it('reads every kind of known id from the content folders', () => {
    const known = readKnownIds(root);
    expect(known.ok).toBe(true);
    if (known.ok) expect(known.ids.framework.dimensions).toHaveLength(7);
  });
});

describe('analysis of the reference scenario', () => {
  const result = analyseFixture('reference.yaml');

  it('has no errors or warnings', () => {
    expect(result.report.messages).toEqual([]);
  });

  it('explores the real state space exactly', () => {
    expect(result.stats).toMatchObject({ mode: 'exact', scenes: 10, options: 31, plays: '7936', shortest: 7, longest: 10 });
    expect(result.stats?.endings).toEqual(['on-track', 'holding-on', 'slipping-away']);
    expect(result.bounds?.['safeguarding']).toEqual({ min: -6, max: 3 });
  });

  it('gives a shortest witness play for every ending, and each really ends there', () => {
    const engine = compile(compiledFixture('reference.yaml'));
    for (const [ending, choices] of Object.entries(result.stats?.witnesses ?? {})) {
      const r = replay(engine, choices);
      expect(r.ok).toBe(true);
      expect(r.snapshot.context.ending).toBe(ending);
    }
  });

  it('finds exact bounds inside the scene-graph bounds, and fewer plays than routes', () => {
    if (!result.scenario || !result.bounds || !result.stats) throw new Error('no analysis');
    const outer = graphFigures(
      buildSceneGraph(result.scenario),
      testFramework.dimensions.map((d) => d.id),
    );
    for (const [id, b] of Object.entries(result.bounds)) {
      expect(b.min).toBeGreaterThanOrEqual(outer.bounds[id]!.min);
      expect(b.max).toBeLessThanOrEqual(outer.bounds[id]!.max);
    }
    expect(BigInt(result.stats.plays)).toBeLessThan(outer.plays);
  });

  it('prints a readable report', () => {
    const text = formatReport(result.report);
    expect(text).toContain('analysis: exact, over');
    expect(text).toContain('plays 7,936');
    expect(text).toContain('shortest play 7 decisions, longest 10');
    expect(text).toContain('0 errors, 0 warnings');
  });

  it('shows each ending with the plays that reach it and the range of their final totals', () => {
    expect(formatReport(result.report)).toContain(
      [
        '  endings reached: on-track, holding-on, slipping-away',
        '    on-track: 4,005 plays, final totals 0–12',
        '    holding-on: 2,947 plays, final totals 13–24',
        '    slipping-away: 984 plays, final totals 25–40',
      ].join('\n'),
    );
  });
});

describe('loading for the build', () => {
  it('returns a JSON-safe payload with scenario, framework, bounds, hash and stats', () => {
    const loaded = loadScenario('tiny.yaml', tinyText(), knownIds);
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    expect(Object.keys(loaded.compiled).sort()).toEqual(['bounds', 'framework', 'hash', 'scenario', 'stats']);
    expect(JSON.parse(JSON.stringify(loaded.compiled))).toEqual(loaded.compiled);
    expect(loaded.compiled.scenario.scenes['a']?.decision.options[0]?.id).toBe('ref');
  });

  it('refuses a file with errors and says why', () => {
    const loaded = loadScenario(DRAFT, slipText('a loop back to the first scene'), knownIds);
    expect(loaded.ok).toBe(false);
    expect(formatMessage(loaded.report.messages[0]!)).toBe(
      'drafts/minimal.yaml:100:17 error [cycle] scene "dad-explains" scenes.dad-explains.decision.options.0.next: this leads back to an earlier scene, making a loop (tired → dad-explains → tired); time only moves forward, so no scene may repeat',
    );
    expect(loaded.report.notes).toContain('plays were not analysed: remove the loop first');
  });

  it('skips id checks with a warning when a content folder is empty or missing', () => {
    const { report } = analyseScenario('tiny.yaml', tinyText(), { framework: testFramework });
    expect(report.messages.map((m) => [m.severity, m.code, m.field])).toEqual([
      ['warning', 'ids-not-checked', 'role'],
      ['warning', 'ids-not-checked', 'modules'],
      ['warning', 'ids-not-checked', 'concepts'],
    ]);
  });

  it('accepts the good fixtures without a word', () => {
    expect(analyseFixture('good/minimal.yaml').report.messages).toEqual([]);
    expect(errors('reference.yaml')).toEqual([]);
  });
});

describe('exact analysis for any size an author would write', () => {
  // Ceilings this low put the reference (2,720 states) and the generated 100-scene scenario past them cheaply.
  const lowCeiling = { states: 1_000 };
  const lowerCeiling = { states: 100 };

  it('explores a generated 100-scene scenario exactly, without a word', () => {
    const scenario = generateScenario(100);
    const { report, stats } = analyseScenario(`${scenario.id}.yaml`, generatedFile(scenario), knownIds);
    expect(report.messages).toEqual([]);
    expect(stats?.mode).toBe('exact');
    expect(stats?.endings).toEqual(['better', 'same', 'worse']);
  });

  it('explores a scenario with millions of routes exactly, where a route cap once forced bounds', () => {
    const scenario = generateScenario(500);
    const { report, stats, bounds } = analyseScenario(`${scenario.id}.yaml`, generatedFile(scenario), knownIds);
    expect(report.messages).toEqual([]);
    expect(stats).toMatchObject({ mode: 'exact', plays: '4389321', shortest: 14, longest: 14 });
    expect(bounds?.['co-configuration']).toEqual({ min: 0, max: 26 });
    expect(formatReport(report)).toContain('every play takes 14 decisions');
  });

  it('past the state ceiling, says so in one finding at "scenes" and falls back to bounds and samples', () => {
    const { report, stats } = analyseScenario(
      'tests/fixtures/scenarios/reference.yaml',
      fixtureText('reference.yaml'),
      knownIds,
      lowCeiling,
    );
    expect(report.messages.map(formatMessage)).toEqual([
      'tests/fixtures/scenarios/reference.yaml:57:1 warning [too-many-states] scenes: the analysis stopped at 1,001 different states of play, past the 1,000 it can hold, so the figures below are bounds and 1,000 sampled plays rather than exact; to simplify, test fewer flags and relationships late in the story, give supports fewer different strengths and lengths, or split the story into two scenarios',
    ]);
    expect(stats).toMatchObject({ mode: 'bounds', states: null, plays: '14040', shortest: 7, longest: 10 });
    expect(report.notes[0]).toMatch(/^plays, lengths and score bounds are outer bounds over the scene graph/);
    expect(formatReport(report)).toContain('shortest play at least 7 decisions, longest at most 10');
    expect(formatReport(report)).toContain('score bounds (outer)');
  });

  it('still finds real ending problems by sampling past the ceiling, and only warns about what it did not see', () => {
    const scenario = generateScenario(100);
    scenario.endings = [
      { id: 'better', title: 'Better', tone: 'positive', text: 'x', when: { level: 'total', atMost: 5 } },
      { id: 'never', title: 'Never', tone: 'concerning', text: 'x', when: { level: 'total', atLeast: 49 } },
    ];
    const { report, stats } = analyseScenario(`${scenario.id}.yaml`, generatedFile(scenario), knownIds, lowerCeiling);
    expect(stats?.mode).toBe('bounds');
    const codes = report.messages.map((m) => `${m.severity} ${m.code}`);
    expect(codes).toContain('error no-ending');
    expect(codes).toContain('warning unreached-ending');
  });

  it('proves a flag requirement impossible past the ceiling from the flags alone', () => {
    const scenario = generateScenario(100);
    const first = Object.values(scenario.scenes)[0]!;
    first.decision.options[0]!.requires = { not: { flag: 'contact' } };
    first.decision.options[0]!.unavailableReason = 'x';
    first.decision.options[1]!.requires = { flag: 'contact' };
    first.decision.options[1]!.unavailableReason = 'x';
    const { report } = analyseScenario(`${scenario.id}.yaml`, generatedFile(scenario), knownIds, lowerCeiling);
    const impossible = report.messages.filter((m) => m.code === 'impossible-option');
    expect(impossible.map((m) => m.field)).toEqual(['scenes.s0-0.decision.options.1.requires']);
  });

  it('reports a tiny scenario with an unreachable ending as an error in exact mode', () => {
    const scenario = tinyScenario();
    scenario.endings.push({ id: 'extreme', title: 'x', tone: 'concerning', text: 'x', when: { level: 'total', atLeast: 60 } });
    scenario.endings[1]!.when = { level: 'total', atLeast: 15, atMost: 59 };
    const { report } = analyseScenario('tiny.yaml', tinyText(scenario), knownIds);
    expect(report.messages.map((m) => `${m.severity} ${m.code} ${m.field}`)).toEqual(['error unreached-ending endings.2.id']);
  });
});
