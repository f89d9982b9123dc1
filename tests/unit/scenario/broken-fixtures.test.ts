import { describe, expect, it } from 'vitest';
import type { MessageCode } from '../../../src/scenario/report';
import { analyseFixture, brokenFixtures } from './helpers';

/*
 * Every file in tests/fixtures/scenarios/broken has one deliberate mistake. The expected finding
 * lives here, not in the fixture: the code, the line and column an author is sent to, and the
 * start of the message. Smaller mistakes, each a one-line change to the guide's example, are in
 * authoring-findings.test.ts.
 */
type Row = [
  file: string,
  code: MessageCode,
  line: number,
  column: number,
  message: string,
  severity?: 'error' | 'warning',
];

const table: Row[] = [
  // YAML itself
  // A plain sentence first, at the line to fix; the YAML reader's own words follow it.
  ['yaml-bad-indent', 'yaml-syntax', 32, 4, 'YAML syntax: line 32 starts in column 4, but line 31 above it starts in column 5.'],
  ['yaml-unclosed-flow', 'yaml-syntax', 15, 8, 'YAML syntax: the "{" on line 15 is never closed'],
  [
    'yaml-duplicate-scene',
    'yaml-syntax',
    124,
    3,
    'YAML syntax: "dad-explains" appears twice at the same level: it is first used on line 77.',
  ],
  ['empty-file', 'schema', 1, 1, 'the file is empty'],
  // the schema
  ['top-level-list', 'schema', 2, 1, 'expected a set of named fields, found a list'],
  ['wrong-type-minutes', 'schema', 11, 10, 'expected a number, found text'],
  ['negative-minutes', 'schema', 11, 10, 'must be more than 0'],
  ['summary-too-short', 'schema', 4, 10, 'must be at least 20 characters long'],
  ['bad-audience', 'schema', 10, 23, '"parents" is not one of: teachers, school-leaders'],
  ['unknown-kind', 'schema', 53, 17, '"escalation" is not one of: referral, rule-bending, joint-action'],
  ['missing-next', 'schema', 52, 11, 'an option needs "next" (the scene that follows) or "end: true"'],
  ['next-and-end', 'schema', 141, 16, 'an option cannot have both "next" and "end"'],
  ['unknown-field', 'schema', 47, 11, 'unknown field "feedbak"'],
  ['missing-title', 'schema', 78, 5, 'this field is required'],
  ['bad-option-id', 'schema', 99, 15, 'must be kebab-case'],
  ['empty-options', 'schema', 131, 16, 'needs at least 1 item(s)'],
  ['support-strength-zero', 'schema', 45, 83, 'must be at least 1'],
  ['condition-not-object', 'schema', 113, 21, 'not a valid condition: use one of flag, level, relationship, all, any or not'],
  ['condition-unknown-key', 'schema', 113, 23, 'unknown field "relation" in a condition'],
  // references and static rules
  ['id-mismatch', 'id-mismatch', 2, 5, 'the id "maya" must match the file name "id-mismatch.yaml"'],
  ['duplicate-option-id', 'duplicate-id', 141, 15, 'duplicate option id "pass-on": it is first used on line 132.'],
  ['duplicate-stage-id', 'duplicate-id', 23, 9, 'duplicate stage id "autumn": it is first used on line 21.'],
  ['duplicate-ending-id', 'duplicate-id', 170, 9, 'duplicate ending id "settled": it is first used on line 165.'],
  [
    'unknown-domain-signal',
    'unknown-domain',
    36,
    19,
    'unknown domain "school". The domains are: learning, health, family, community, wellbeing.',
  ],
  ['unknown-domain-support', 'unknown-domain', 68, 74, 'unknown domain "home"'],
  ['missing-start-domain', 'missing-domain', 15, 8, 'no starting level for domain "wellbeing"'],
  ['start-above-scale', 'level-out-of-scale', 15, 20, '12 is above the top of the scale (10)'],
  ['unknown-dimension', 'unknown-dimension', 70, 21, 'unknown dimension "teamwork"'],
  ['unknown-role', 'unknown-role', 9, 7, 'unknown role "head-of-year"'],
  ['unknown-module', 'unknown-module', 139, 21, 'unknown module "safeguarding-basics"'],
  ['best-path-impossible', 'best-path', 176, 25, '"family-plan" cannot be chosen here: the route is at scene "next-year"'],
  ['best-path-incomplete', 'best-path', 177, 3, 'the route stops before play ends'],
  ['unknown-concept', 'unknown-concept', 13, 30, 'unknown glossary concept "resilience"'],
  ['unknown-stage', 'unknown-stage', 125, 12, 'unknown stage "year3". Did you mean "year2"? The stages are: autumn, year2.'],
  ['unknown-scene', 'unknown-scene', 63, 17, 'unknown scene "dad-explain"'],
  ['unknown-flag', 'unknown-flag', 85, 28, 'the flag "met-grandma" is never set by any option'],
  ['unknown-relationship', 'unknown-relationship', 57, 30, 'unknown relationship "mum". The relationships declared are: dad.'],
  ['missing-reason', 'missing-reason', 113, 21, 'an option with "requires" needs an "unavailableReason"'],
  ['empty-range', 'empty-range', 113, 21, 'give atLeast, atMost or both'],
  ['inverted-range', 'empty-range', 174, 11, 'atLeast 15 is above atMost 9, so this test can never pass'],
  [
    'first-scene-stage',
    'first-scene-stage',
    31,
    12,
    'play begins at this scene (the first listed), so it must belong to the first stage "autumn"',
  ],
  ['time-backwards', 'time-backwards', 140, 17, '"tired" is in an earlier stage ("autumn") than this scene ("year2")'],
  // the scene graph
  ['cycle', 'cycle', 98, 17, 'this leads back to an earlier scene, making a loop (tired → dad-explains → tired)'],
  ['unreachable-scene', 'unreachable-scene', 164, 3, 'no route from the first scene leads here'],
  // exploring the plays
  ['blocked-scene', 'blocked-scene', 79, 3, 'options lead here, but their requirements fail in every play'],
  [
    'impossible-guard',
    'impossible-option',
    113,
    21,
    'the requirement of "family-plan" fails in every play that reaches this scene, so the option is never available: the relationship "dad" is 1 on every route here, and this needs at least 3',
  ],
  ['dead-end', 'dead-end', 131, 7, 'dead end: in 1 play none of the options is available here'],
  ['ending-overlap', 'several-endings', 169, 11, 'endings "settled" and "struggling" both match the final state of 4 plays'],
  // One finding at the endings, whatever the number of options that end play.
  ['no-ending-matches', 'no-ending', 164, 1, 'no ending matches the final state of 6 plays, with final totals of 11–14'],
  ['unreached-ending', 'unreached-ending', 175, 9, 'no play ends here'],
  [
    'unsafe-link',
    'unsafe-link',
    107,
    21,
    'unsafe link "javascript:alert(document.cookie)": links may only be http(s), mailto or a page of the course',
  ],
  // safeguarding: no middle way at a safeguarding moment
  ['safeguarding-step', 'safeguarding-step', 116, 11, '"family-plan" takes no statutory step in a significant-harm scene'],
  ['no-statutory-route', 'no-statutory-route', 92, 9, 'this significant-harm scene offers no option that takes the statutory step'],
  [
    'critical-outside-safeguarding',
    'critical-outside-safeguarding',
    107,
    21,
    '"breakfast-place" is marked critical, but its scene is not marked as a safeguarding moment',
  ],
  ['critical-scored', 'critical-scored', 109, 47, '"breakfast-place" is a critical safeguarding error but earns points on accountable-rule-bending'],
  ['best-path-critical', 'best-path', 171, 22, '"breakfast-place" is a critical safeguarding error, so it cannot be part of the best-practice route'],
  // warnings
  ['best-path-not-positive', 'best-path', 176, 11, 'the route ends in "struggling" (concerning)', 'warning'],
  ['missing-kinds', 'missing-kinds', 132, 9, 'this decision offers no rule-bending option', 'warning'],
  ['not-reviewed', 'not-reviewed', 2, 1, 'add "lastReviewed" (the date, YYYY-MM-DD) and "checkedAgainst"', 'warning'],
  ['no-content-note', 'no-content-note', 2, 1, 'scene "dad-explains" is a safeguarding moment (significant-harm)', 'warning'],
  [
    'no-schema-comment',
    'schema-comment',
    1,
    1,
    'start the file with "# yaml-language-server: $schema=./scenario.schema.json"',
    'warning',
  ],
];

describe('broken scenario fixtures', () => {
  it('has a row for every fixture file and a fixture for every row', () => {
    expect(table.map((r) => `${r[0]}.yaml`).sort()).toEqual(brokenFixtures());
    expect(table.length).toBeGreaterThanOrEqual(30);
  });

  it.each(table)('%s reports %s at line %i', (file, code, line, column, message, severity = 'error') => {
    const { report } = analyseFixture(`broken/${file}.yaml`);
    const found = report.messages.find((m) => m.code === code && m.message.startsWith(message));
    expect(found, report.messages.map((m) => `${m.code} ${m.line}:${m.column} ${m.message}`).join('\n')).toBeDefined();
    expect(found?.severity).toBe(severity);
    expect(found?.line).toBe(line);
    expect(found?.column).toBe(column);
    expect(found?.file).toBe(`tests/fixtures/scenarios/broken/${file}.yaml`);
  });

  it('names the scene in every message about a scene', () => {
    const { report } = analyseFixture('broken/cycle.yaml');
    expect(report.messages[0]?.scene).toBe('dad-explains');
    expect(report.messages[0]?.field).toBe('scenes.dad-explains.decision.options.0.next');
  });

  it('only warns (no errors) for files whose only problem is a warning', () => {
    for (const file of ['missing-kinds', 'not-reviewed', 'no-content-note', 'no-schema-comment']) {
      expect(analyseFixture(`broken/${file}.yaml`).report.messages.filter((m) => m.severity === 'error')).toEqual([]);
    }
  });
});
