import { describe, expect, it } from 'vitest';
import { parseYamlWithPositions } from '../../../src/authoring/yaml';
import { analyseScenario } from '../../../src/scenario/analyse';
import { createEmitter } from '../../../src/scenario/checks';
import { checkLibrary } from '../../../src/scenario/library-rules';
import type { MessageCode, ScenarioMessage } from '../../../src/scenario/report';
import { audiences } from '../../../src/schemas/audiences';
import { fixtureText, knownIds, testFramework } from './helpers';

/*
 * What an author sees for each slip, from the guide's small example (good/minimal.yaml) with one
 * small change each. A draft is checked at drafts/minimal.yaml; the library's rules apply only at
 * scenarios/minimal.yaml. Each row names the exact message, line and column the author is sent to.
 */
const base = fixtureText('good/minimal.yaml');
const DRAFT = 'drafts/minimal.yaml';
const LIBRARY_FILE = 'scenarios/minimal.yaml';

/** Replaces text that occurs exactly once, so a patch that stops applying fails instead of testing nothing. */
const swap =
  (from: string, to: string) =>
  (text: string): string => {
    const count = text.split(from).length - 1;
    if (count !== 1) throw new Error(`"${from}" occurs ${count} times in minimal.yaml`);
    return text.replace(from, to);
  };
const both =
  (...patches: ((text: string) => string)[]) =>
  (text: string): string =>
    patches.reduce((t, p) => p(t), text);

const list = (ids: ReadonlySet<string> | undefined) => [...(ids ?? [])].sort().join(', ');
const roles = list(knownIds.roles);
const modules = list(knownIds.modules);
const concepts = list(knownIds.concepts);
const dimensions = testFramework.dimensions.map((d) => d.id).join(', ');

interface Row {
  name: string;
  file?: string;
  patch: (text: string) => string;
  code: MessageCode;
  line: number;
  column: number;
  message: string;
  severity?: 'error' | 'warning';
}

const yaml = (plain: string, reader: string) => `YAML syntax: ${plain} (The YAML reader says: "${reader}".)`;

const rows: Row[] = [
  // Unknown ids: the likely id, then every valid one, then what to do.
  {
    name: 'a role with a letter too many',
    patch: swap('role: class-teacher', 'role: class-teachers'),
    code: 'unknown-role',
    line: 9,
    column: 7,
    message: `unknown role "class-teachers". Did you mean "class-teacher"? The roles (files in content/roles) are: ${roles}. Use one of them, or ask for "class-teachers" to be added to content/roles first.`,
  },
  {
    name: 'a role given by its initials',
    patch: swap('role: class-teacher', 'role: ewo'),
    code: 'unknown-role',
    line: 9,
    column: 7,
    message: `unknown role "ewo". Did you mean "education-welfare-officer"? The roles (files in content/roles) are: ${roles}. Use one of them, or ask for "ewo" to be added to content/roles first.`,
  },
  {
    name: 'a module nothing like any other',
    patch: swap('modules: [knowing-who]', 'modules: [safeguarding-basics]'),
    code: 'unknown-module',
    line: 12,
    column: 11,
    message: `unknown module "safeguarding-basics". The modules (files in content/modules) are: ${modules}. Use one of them, or ask for "safeguarding-basics" to be added to content/modules first.`,
  },
  {
    name: "a misspelt module in an expert's view",
    patch: swap('module: relational-agency', 'module: relational-agence'),
    code: 'unknown-module',
    line: 76,
    column: 21,
    message: `unknown module "relational-agence". Did you mean "relational-agency"? The modules (files in content/modules) are: ${modules}. Use one of them, or ask for "relational-agence" to be added to content/modules first.`,
  },
  {
    name: 'a glossary term given by part of its id',
    patch: swap('concepts: [parallel-support]', 'concepts: [parallel]'),
    code: 'unknown-concept',
    line: 13,
    column: 12,
    message: `unknown glossary concept "parallel". Did you mean "parallel-support"? The glossary concepts (files in content/glossary) are: ${concepts}. Use one of them, or ask for "parallel" to be added to content/glossary first.`,
  },
  {
    name: 'an audience in the singular',
    patch: swap('audiences: [teachers, trainee-teachers]', 'audiences: [teacher, trainee-teachers]'),
    code: 'schema',
    line: 10,
    column: 13,
    message: `"teacher" is not one of: ${audiences.join(', ')}. Did you mean "teachers"?`,
  },
  {
    name: 'a dimension with a letter missing',
    patch: swap('scores: { whole-child: 2', 'scores: { whole-chid: 2'),
    code: 'unknown-dimension',
    line: 60,
    column: 21,
    message: `unknown dimension "whole-chid". Did you mean "whole-child"? The dimensions (content/framework.yaml) are: ${dimensions}. Score on one of them; the framework is shared by every scenario.`,
  },
  {
    name: 'a domain with a letter missing',
    patch: swap('{ domain: health, text: She looks pale and tired. }', '{ domain: heath, text: She looks pale and tired. }'),
    code: 'unknown-domain',
    line: 37,
    column: 19,
    message:
      'unknown domain "heath". Did you mean "health"? The domains are: learning, health, family, community, wellbeing. Use one of them; they are the same in every scenario.',
  },
  {
    name: 'a scene id with a letter missing',
    patch: swap('next: dad-explains', 'next: dad-explain'),
    code: 'unknown-scene',
    line: 65,
    column: 17,
    message:
      'unknown scene "dad-explain". Did you mean "dad-explains"? The scenes are: tired, dad-explains, next-year. Point "next" at one of them, or write the scene.',
  },
  {
    name: 'a flag no option sets',
    patch: swap('visibleIf: { flag: spoke-to-dad }', 'visibleIf: { flag: spoke-to-mum }'),
    code: 'unknown-flag',
    line: 87,
    column: 28,
    message:
      'the flag "spoke-to-mum" is never set by any option, so this test can never pass. Did you mean "spoke-to-dad"? The flags options set are: spoke-to-dad. Correct the name, or set the flag in some option\'s effects.flags.',
  },
  {
    name: 'a stage id with a hyphen',
    patch: swap('stage: year2', 'stage: year-2'),
    code: 'unknown-stage',
    line: 127,
    column: 12,
    message:
      'unknown stage "year-2". Did you mean "year2"? The stages are: autumn, year2. Use one of them, or add the stage under "stages" in its place in time.',
  },
  {
    name: 'a relationship in the plural',
    patch: swap('requires: { relationship: dad,', 'requires: { relationship: dads,'),
    code: 'unknown-relationship',
    line: 115,
    column: 37,
    message:
      'unknown relationship "dads". Did you mean "dad"? The relationships declared are: dad. Declare it under "relationships" (id and label), or use a declared one.',
  },
  // Duplicates send the author to the first use.
  {
    name: 'an option id used twice',
    patch: swap('id: check-in', 'id: pass-on'),
    code: 'duplicate-id',
    line: 143,
    column: 15,
    message: 'duplicate option id "pass-on": it is first used on line 134. Give each option an id of its own.',
  },
  {
    name: 'an ending id used twice',
    patch: swap('id: struggling', 'id: settled'),
    code: 'duplicate-id',
    line: 172,
    column: 9,
    message: 'duplicate ending id "settled": it is first used on line 167. Give each ending an id of its own.',
  },
  // YAML slips, in plain words first.
  {
    name: 'a colon inside unquoted text',
    patch: swap('title: Always tired', 'title: Always tired: or bored'),
    code: 'yaml-syntax',
    line: 34,
    column: 24,
    message: yaml(
      'line 34 has a colon followed by a space inside its text ("Always tired: or bored"), which YAML reads as the start of another field. Put the whole text in double quotes, or leave out that colon.',
      'Nested mappings are not allowed in compact mappings',
    ),
  },
  {
    name: 'no space after a colon',
    patch: swap('minutes: 10', 'minutes:10'),
    code: 'yaml-syntax',
    line: 11,
    column: 1,
    message: yaml(
      'line 11 has no space after the colon in "minutes:10"; a field is its name, a colon, a space and its value. Write "minutes: 10".',
      'Implicit keys need to be on a single line',
    ),
  },
  {
    name: 'no space after a list hyphen',
    patch: swap('        - id: pass-on', '        -id: pass-on'),
    code: 'yaml-syntax',
    line: 134,
    column: 9,
    message: yaml(
      'line 134 starts a list item with a hyphen but no space after it; YAML needs "- " (a hyphen and a space) before the item. Write "- id: pass-on".',
      'Nested mappings are not allowed in compact mappings',
    ),
  },
  {
    name: 'a tab for indentation',
    patch: swap('    title: A year on', '\ttitle: A year on'),
    code: 'yaml-syntax',
    line: 128,
    column: 1,
    message: yaml(
      'line 128 is indented with a tab, and YAML only accepts spaces. Replace the tab with spaces (most editors can be set to type spaces when you press Tab).',
      'Tabs are not allowed as indentation',
    ),
  },
  {
    name: 'a line indented one space too far',
    patch: swap('    title: A year on', '     title: A year on'),
    code: 'yaml-syntax',
    line: 128,
    column: 6,
    message: yaml(
      "line 128 is indented further than line 127 above it, so YAML reads it as part of that line's value. Line it up with the field it belongs beside: fields in the same group start in the same column.",
      'Nested mappings are not allowed in compact mappings',
    ),
  },
  {
    name: 'a line indented one space too little',
    patch: swap('    title: A year on', '   title: A year on'),
    code: 'yaml-syntax',
    line: 128,
    column: 4,
    message: yaml(
      'line 128 starts in column 4, but line 127 above it starts in column 5. Fields that belong together start in the same column: move this line into line with the fields of its group.',
      'All mapping items must start at the same column',
    ),
  },
  {
    name: 'a list left open',
    patch: swap('prompts: [What else would you like to know?]', 'prompts: [What else would you like to know?'),
    code: 'yaml-syntax',
    line: 39,
    column: 14,
    message: yaml(
      'the "[" on line 39 is never closed: a list or set of fields written on one line needs its closing "]" on that line too. Add the missing "]".',
      'Flow sequence in block collection must be sufficiently indented and end with a ]',
    ),
  },
  {
    name: 'a quotation mark left open',
    patch: swap('title: "Maya: a first worry"', 'title: "Maya: a first worry'),
    code: 'yaml-syntax',
    line: 3,
    column: 8,
    message: yaml(
      'the quotation mark (") opened on line 3 is never closed. Add the closing " at the end of the text.',
      'Missing closing "quote',
    ),
  },
  {
    name: 'two scenes with one name',
    patch: swap('  next-year:\n', '  dad-explains:\n'),
    code: 'yaml-syntax',
    line: 126,
    column: 3,
    message: yaml(
      '"dad-explains" appears twice at the same level: it is first used on line 79. Two fields, or two scenes, side by side cannot share a name; rename one, or merge them.',
      'Map keys must be unique',
    ),
  },
  // Time that passes unseen, and help that never starts.
  {
    name: 'a stage with no scenes',
    patch: swap('  - id: year2\n', '  - id: spring\n    label: Year 1, spring term\n    drift: { family: 1 }\n  - id: year2\n'),
    code: 'empty-stage',
    line: 25,
    column: 9,
    message:
      'stage "spring" has no scenes, yet its drift and spill still change every play that passes through it, at a point where the learner makes no decision. Add a scene to this stage, or remove it and move its drift and spill into the next stage.',
  },
  {
    name: 'help chosen in the final stage',
    patch: swap(
      '            vulnerability: { learning: -1 }\n          scores: { co-configuration: 1 }',
      '            supports: [{ label: Reading catch-up, domains: [learning], strength: 1 }]\n          scores: { co-configuration: 1 }',
    ),
    code: 'late-support',
    line: 158,
    column: 24,
    severity: 'warning',
    message:
      '"review" starts "Reading catch-up" in the final stage, so it never acts: help begins at the stage after the one it is chosen in, and the story ends first. To show a difference now, use "vulnerability" instead; if the point is that help comes too late, give it a "delay" as a waiting list would.',
  },
  {
    name: 'a decision without rule-bending, in a draft',
    patch: swap(
      '          kind: rule-bending\n          label: Keep a weekly check-in',
      '          kind: referral\n          label: Keep a weekly check-in',
    ),
    code: 'missing-kinds',
    line: 134,
    column: 9,
    severity: 'warning',
    message:
      'this decision offers no rule-bending option; each decision should offer all three kinds. Add one, so the learner can compare the three responses here.',
  },
  // The library's rules, at scenarios/minimal.yaml.
  {
    name: 'a decision without rule-bending, in the library',
    file: LIBRARY_FILE,
    patch: swap(
      '          kind: rule-bending\n          label: Keep a weekly check-in',
      '          kind: referral\n          label: Keep a weekly check-in',
    ),
    code: 'missing-kinds',
    line: 134,
    column: 9,
    message:
      'this decision offers no rule-bending option; each decision should offer all three kinds (the library requires it; a draft outside scenarios/ only gets a warning). Add one, so the learner can compare the three responses here.',
  },
  {
    name: 'too few stages',
    file: LIBRARY_FILE,
    patch: (t) => t,
    code: 'library-size',
    line: 22,
    column: 1,
    message:
      'there are 2 stages; a library scenario has at least 4, so the learner follows the child across several points in time. Add stages, each with its scenes.',
  },
  {
    name: 'too few scenes',
    file: LIBRARY_FILE,
    patch: (t) => t,
    code: 'library-size',
    line: 31,
    column: 1,
    message: 'there are 3 scenes; a library scenario has 14 to 30, enough to branch without becoming a maze. Add scenes.',
  },
  {
    name: 'too few endings',
    file: LIBRARY_FILE,
    patch: (t) => t,
    code: 'library-size',
    line: 166,
    column: 1,
    message:
      "there are 2 endings; a library scenario has at least 3 (say a positive, a mixed and a concerning one), so the learner's choices visibly lead somewhere different. Add endings and share out the range of totals between them.",
  },
  {
    name: 'a scene without prompts',
    file: LIBRARY_FILE,
    patch: (t) => t,
    code: 'library-prompts',
    line: 79,
    column: 3,
    message:
      'scene "dad-explains" has no discussion prompts; every library scene gives facilitators at least one. Add "prompts", e.g. prompts: [Who else might already know something about this?]',
  },
  {
    name: 'a scene without notes',
    file: LIBRARY_FILE,
    patch: (t) => t,
    code: 'library-notes',
    line: 32,
    column: 3,
    message:
      'scene "tired" has no notes for facilitators; every library scene has them. Add "notes" saying what the scene is for and what groups tend to miss.',
  },
  {
    name: 'a dimension nobody scores on',
    file: LIBRARY_FILE,
    patch: (t) => t,
    code: 'library-dimensions',
    line: 31,
    column: 1,
    message:
      'no option earns points on "professional-identity" (Professional identity), so the debrief would show it as not assessed; a library scenario assesses every dimension. Give the options that show it some points in "scores", e.g. scores: { professional-identity: 1 }.',
  },
  {
    name: 'no hidden signal',
    file: LIBRARY_FILE,
    patch: swap('        visibleIf: { flag: spoke-to-dad }\n', ''),
    code: 'library-signals',
    line: 31,
    column: 1,
    message:
      'no signal is hidden; a library scenario hides at least one until the learner has worked with someone, so joint work is seen to widen the picture. Give a signal "visibleIf", e.g. visibleIf: { flag: spoke-to-dad }.',
  },
  {
    name: 'signals in too few domains',
    file: LIBRARY_FILE,
    patch: both(
      swap('{ domain: learning, text: Her reading', '{ domain: health, text: Her reading'),
      swap('      - domain: community\n', '      - domain: family\n'),
    ),
    code: 'library-signals',
    line: 31,
    column: 1,
    message:
      "the signals point to 3 domain(s) (health, wellbeing, family); a library scenario's signals cover at least 4, so the learner can see the whole child. Add signals in learning or community.",
  },
  {
    name: 'no best-practice route',
    file: LIBRARY_FILE,
    patch: (t) => t,
    code: 'library-best-path',
    line: 2,
    column: 1,
    message:
      'there is no "bestPath"; every library scenario names its best-practice route so facilitators can show it. Add bestPath: the option ids of one complete play, in order, ending in the first ending.',
  },
  {
    name: 'a first ending that is not positive',
    file: LIBRARY_FILE,
    patch: swap('    tone: positive', '    tone: mixed'),
    code: 'library-best-path',
    line: 169,
    column: 11,
    message:
      'the first ending listed, "settled", is mixed; in the library the first ending is the positive one that the best-practice route reaches. List the positive ending first.',
  },
  {
    name: 'a best-practice route that never refers',
    file: LIBRARY_FILE,
    patch: (t) => `${t}bestPath: [ring-dad, family-plan, review]\n`,
    code: 'library-best-path',
    line: 177,
    column: 1,
    message:
      'the best-practice route takes no referral option; in the library it uses all three kinds, because good practice mixes them. Route it through a decision where the referral option is the best answer.',
  },
  {
    name: 'a best-practice route that misses the first ending',
    file: LIBRARY_FILE,
    patch: (t) => `${t}bestPath: [refer-nurse, review]\n`,
    code: 'library-best-path',
    line: 177,
    column: 1,
    message:
      'the best-practice route ends in "struggling", but the first ending listed is "settled"; in the library the route reaches the first, best ending. Change the route, or list its ending first.',
  },
  {
    name: 'joint action that costs nothing',
    file: LIBRARY_FILE,
    patch: (t) => t,
    code: 'library-costs',
    line: 66,
    column: 11,
    message:
      '0 joint-action option(s) say what they cost; a library scenario has at least 3, because joint work takes time, meetings and goodwill. Add "costs" here, e.g. costs: Two extra meetings for Mr Okafor, who works shifts.',
  },
  {
    name: 'costs that never show in the numbers',
    file: LIBRARY_FILE,
    patch: both(
      swap(
        '          label: Ask the school nurse',
        "          costs: Half an hour of the nurse's day.\n          label: Ask the school nurse",
      ),
      swap(
        '          label: With Mr Okafor, the school nurse',
        '          costs: A meeting to arrange.\n          label: With Mr Okafor, the school nurse',
      ),
      swap(
        '          label: Review the plan',
        '          costs: Another meeting for Mr Okafor.\n          label: Review the plan',
      ),
    ),
    code: 'library-costs',
    line: 66,
    column: 11,
    message:
      '0 joint-action option(s) with costs let the numbers show them; a library scenario has at least 2. Make the cost count here: a level up for the extra demands (vulnerability: { family: 1 }), a relationship strained by a disagreement, or help that waits for a meeting (a support with delay: 1).',
  },
  {
    name: 'no referral acted on at once',
    file: LIBRARY_FILE,
    patch: (t) => t,
    code: 'library-prompt-referral',
    line: 43,
    column: 11,
    message:
      'no referral is acted on at once; a library scenario has at least one, because referral is not always a waiting list. Give a referral that would be answered promptly a support with delay: 0 and strength: 2 or more.',
  },
  {
    name: 'no related modules',
    file: LIBRARY_FILE,
    patch: swap('modules: [knowing-who]', 'modules: []'),
    code: 'library-modules',
    line: 12,
    column: 10,
    message:
      'no related modules are listed; a library scenario names the modules it puts into practice, so learners can go on to them. Add modules: [ … ] with the modules its expert views link to.',
  },
  {
    name: 'too few plays',
    file: LIBRARY_FILE,
    patch: (t) => t,
    code: 'library-plays',
    line: 31,
    column: 1,
    message:
      'there are 15 different plays; a library scenario offers at least 50, so learners in a group make genuinely different journeys. Let more options lead to different scenes.',
  },
  {
    name: 'too few endings reached',
    file: LIBRARY_FILE,
    patch: (t) => t,
    code: 'library-endings',
    line: 166,
    column: 1,
    message:
      'plays reach 2 ending(s); a library scenario has at least 3 that plays reach. Add an ending, or widen the conditions so each ending has final states of its own.',
  },
  {
    name: 'a referral that does as well as joint work',
    file: LIBRARY_FILE,
    patch: swap(
      'supports: [{ label: School nurse review, domains: [health], strength: 1, delay: 1 }]',
      'supports: [{ label: School nurse review, domains: [health, family, wellbeing, learning, community], strength: 2 }]',
    ),
    code: 'library-referral-alone',
    line: 31,
    column: 1,
    message:
      "referral alone does as well as joint work: referring at every decision (refer-nurse → pass-on) ends at a total of 3, and the best joint route (ask-nurse-in → review) at 13. A library scenario shows the research's finding that a child passed from referral to referral ends worse off; give referrals realistic delays or narrower help, or let joint work cover more domains sooner.",
  },
  {
    name: 'referrals that never keep the child waiting',
    file: LIBRARY_FILE,
    patch: swap(
      'supports: [{ label: School nurse review, domains: [health], strength: 1, delay: 1 }]',
      'supports: [{ label: School nurse review, domains: [health], strength: 1 }]',
    ),
    code: 'library-referral-alone',
    line: 31,
    column: 1,
    message:
      'no referral ever makes the child wait; a library scenario shows a waiting list somewhere on the referral route. Give some referral\'s support a "delay" of 1 or more.',
  },
  {
    name: 'a decision where a learner who only refers is stuck',
    file: LIBRARY_FILE,
    patch: swap(
      '          label: Pass your notes to her new teacher.\n',
      '          label: Pass your notes to her new teacher.\n          requires: { flag: spoke-to-dad }\n          unavailableReason: You have not spoken to Mr Okafor yet.\n',
    ),
    code: 'library-referral-alone',
    line: 134,
    column: 9,
    message:
      'a learner who only refers cannot go on from here: no referral is open. A library scenario lets a learner refer at every decision, so the debrief can compare referral alone with joint work. Offer a referral here without a requirement.',
  },
];

const describeAll = (messages: ScenarioMessage[]) =>
  messages.map((m) => `${m.code} ${m.line}:${m.column} ${m.message}`).join('\n');

describe('what an author is told, from the small example with one change', () => {
  it('starts from an example with nothing to report as a draft', () => {
    expect(analyseScenario(DRAFT, base, knownIds).report.messages).toEqual([]);
  });

  it.each(rows)('$name: $code at $line:$column', ({ file = DRAFT, patch, code, line, column, message, severity = 'error' }) => {
    const { report } = analyseScenario(file, patch(base), knownIds);
    const found = report.messages.find((m) => m.code === code && m.message === message);
    expect(found, describeAll(report.messages)).toBeDefined();
    expect(found).toMatchObject({ file, line, column, severity });
  });

  it('holds a draft outside scenarios/ to none of the library rules', () => {
    for (const { file, patch } of rows) {
      if (file !== LIBRARY_FILE) continue;
      const { report } = analyseScenario(DRAFT, patch(base), knownIds);
      expect(report.messages.filter((m) => m.code.startsWith('library-') || m.severity === 'error')).toEqual([]);
    }
  });

  it('accepts an epilogue: a last stage with no scenes, where play is judged and late help has time to act', () => {
    const epilogue = both(
      swap(
        '            vulnerability: { learning: -1 }\n          scores: { co-configuration: 1 }',
        '            supports: [{ label: Reading catch-up, domains: [learning], strength: 1 }]\n          scores: { co-configuration: 1 }',
      ),
      swap('\nscenes:\n', '  - id: year3\n    label: Year 3\n    drift: { learning: 1 }\n\nscenes:\n'),
    )(base);
    expect(analyseScenario(DRAFT, epilogue, knownIds).report.messages).toEqual([]);
  });

  it('stays quiet about help in the final stage that is meant to come too late', () => {
    const patched = swap(
      '            vulnerability: { learning: -1 }\n          scores: { co-configuration: 1 }',
      '            supports: [{ label: Reading catch-up, domains: [learning], strength: 1, delay: 1 }]\n          scores: { co-configuration: 1 }',
    )(base);
    expect(analyseScenario(DRAFT, patched, knownIds).report.messages).toEqual([]);
  });

  it('reports only the first YAML slip, not the lines the parser then misreads', () => {
    const { report } = analyseScenario(DRAFT, swap('    title: A year on', '   title: A year on')(base), knownIds);
    expect(report.messages.filter((m) => m.code === 'yaml-syntax')).toHaveLength(1);
  });

  it('refuses a library scenario whose plays could not all be explored', () => {
    const messages: ScenarioMessage[] = [];
    const parsed = parseYamlWithPositions(base);
    const emit = createEmitter(LIBRARY_FILE, messages, parsed.locate, parsed.locateKey);
    const analysed = analyseScenario(DRAFT, base, knownIds);
    const stats = { ...analysed.stats!, mode: 'bounds' as const };
    checkLibrary(
      LIBRARY_FILE,
      { report: { file: LIBRARY_FILE, messages: [], notes: [] }, scenario: analysed.scenario, stats, bounds: analysed.bounds },
      testFramework,
      emit,
    );
    expect(messages.find((m) => m.code === 'library-exact')).toMatchObject({
      line: 2,
      column: 1,
      message:
        'the plays could not all be explored, so the score bounds and endings are estimates; a library scenario is analysed exactly. Make it smaller: fewer options at some decisions, or fewer scenes.',
    });
  });
});
