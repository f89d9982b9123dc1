import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { authoringTables, END, START } from '../../../scripts/lib/authoring-tables';
import { compile } from '../../../src/scenario/compile';
import { LIBRARY } from '../../../src/scenario/library-bar';
import { restrictedPlays, totalOf } from '../../../src/scenario/library-plays';
import { loadScenario } from '../../../src/scenario/load';
import { matchingEndings } from '../../../src/scenario/model';
import { replay } from '../../../src/scenario/replay';
import { formatReport } from '../../../src/scenario/report';
import { knownIds, root } from './helpers';

/** The guide's example, its worked numbers, its tables and its statement of the library's rules must stay true. */
describe('docs/authoring-scenarios.md', () => {
  const guide = readFileSync(join(root, 'docs', 'authoring-scenarios.md'), 'utf8');
  // Prose is wrapped at any space, so phrases are looked for with the line breaks taken out.
  const prose = guide.replace(/\s+/g, ' ');
  const example = /## A complete small example[\s\S]*?```yaml\n([\s\S]*?)```/.exec(guide)?.[1] ?? '';
  const tunedEndings = /### A worked example of tuning[\s\S]*?```yaml\n([\s\S]*?)```/.exec(guide)?.[1] ?? '';

  /** Plays per ending with their range of final totals (the example has no critical options, so these are all its plays). */
  const endingTotals = (text: string) => {
    const loaded = loadScenario('drafts/minimal.yaml', text, knownIds);
    if (!loaded.ok) throw new Error(loaded.report.messages.map((m) => m.message).join('\n'));
    const { lookup } = compile(loaded.compiled);
    const figures: Record<string, { plays: number; min: number; max: number }> = {};
    for (const play of restrictedPlays(lookup, () => true)?.plays ?? []) {
      const ending = matchingEndings(lookup, play).join('+');
      const f = (figures[ending] ??= { plays: 0, min: Infinity, max: -Infinity });
      Object.assign(f, { plays: f.plays + 1, min: Math.min(f.min, totalOf(play)), max: Math.max(f.max, totalOf(play)) });
    }
    return { figures, plays: loaded.compiled.stats.plays };
  };

  it('contains a complete example that passes the checker as a draft without a word', () => {
    const loaded = loadScenario('drafts/minimal.yaml', example, knownIds);
    expect(loaded.report.messages).toEqual([]);
    expect(loaded.ok).toBe(true);
  });

  it('is right that only the library rules stand between the example and scenarios/', () => {
    const codes = loadScenario('scenarios/minimal.yaml', example, knownIds).report.messages.map((m) => m.code);
    expect(codes.length).toBeGreaterThan(0);
    expect(codes.filter((c) => !c.startsWith('library-'))).toEqual([]);
  });

  it('works the example through correctly', () => {
    const loaded = loadScenario('drafts/minimal.yaml', example, knownIds);
    if (!loaded.ok) throw new Error('example does not load');
    const engine = compile(loaded.compiled);
    const yearTwo = (choices: string[]) => replay(engine, choices).snapshot.context.trajectory[1];
    expect(yearTwo(['ring-dad', 'family-plan'])).toEqual({ learning: 4, health: 1, family: 2, community: 3, wellbeing: 2 });
    expect(Object.values(yearTwo(['refer-nurse']) ?? {}).reduce((a, b) => a + b, 0)).toBe(18);
    expect(guide).toContain('a total of 12');
    expect(guide).toContain('giving a total of 18');
  });

  it('gives the ending totals of the worked example of tuning truly, before and after', () => {
    const before = endingTotals(example);
    expect(before.plays).toBe('15');
    expect(before.figures).toEqual({ settled: { plays: 6, min: 11, max: 14 }, struggling: { plays: 9, min: 16, max: 18 } });
    expect(prose).toContain(
      'The checker finds 15 plays: the 6 that end `settled` have totals from 11 to 14, and the 9 that end `struggling` have totals from 16 to 18.',
    );
    // The report lines the guide quotes are the ones the checker prints.
    const quoted = /Its report shows:\n\n```\n([\s\S]*?)```/.exec(guide)?.[1] ?? '';
    const printed = formatReport(loadScenario('drafts/minimal.yaml', example, knownIds).report);
    expect(quoted.trim().length).toBeGreaterThan(0);
    for (const line of quoted.trimEnd().split('\n')) expect(printed.split('\n')).toContain(line);

    const tuned = example.replace(/^endings:\n[\s\S]*$/m, tunedEndings);
    expect(tuned).not.toBe(example);
    expect(loadScenario('drafts/minimal.yaml', tuned, knownIds).report.messages).toEqual([]);
    expect(endingTotals(tuned).figures).toEqual({
      settled: { plays: 3, min: 11, max: 12 },
      'getting-there': { plays: 3, min: 13, max: 14 },
      struggling: { plays: 9, min: 16, max: 18 },
    });
    expect(prose).toContain(
      'Now `settled` has 3 plays with totals from 11 to 12, `getting-there` has 3 from 13 to 14, and `struggling` keeps its 9 from 16 to 18.',
    );
  });

  it('lists exactly the valid ids the checker reads (run `npx tsx scripts/authoring-tables.ts` if not)', () => {
    const start = guide.indexOf(START);
    const end = guide.indexOf(END);
    expect(start).toBeGreaterThan(0);
    expect(guide.slice(start, end + END.length)).toBe(authoringTables(root));
  });

  it('states the library thresholds the checker applies', () => {
    for (const phrase of [
      `at least ${LIBRARY.stages} stages, ${LIBRARY.scenes.min} to ${LIBRARY.scenes.max} scenes and ${LIBRARY.endings} endings`,
      `signals in at least ${LIBRARY.signalDomains} domains`,
      `at least ${LIBRARY.jointCosts} joint-action options with \`costs\`, at least ${LIBRARY.jointCostsCounted} of which`,
      `at least ${LIBRARY.plays} different plays`,
      `at least ${LIBRARY.endings} endings that plays reach`,
    ])
      expect(prose).toContain(phrase);
  });
});
