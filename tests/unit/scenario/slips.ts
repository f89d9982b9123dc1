import { analyseScenario, type AnalysisResult } from '../../../src/scenario/analyse';
import type { MessageCode } from '../../../src/scenario/report';
import { audiences } from '../../../src/schemas/audiences';
import { knownIds, testFramework } from './helpers';
import { both, DRAFT, minimal, swap, type Patch } from './minimal';

/*
 * Slips an author makes, each one change to the guide's small example (good/minimal.yaml), with
 * the finding it earns as a draft: the code, the line and column the author is sent to, and the
 * message. The example is clean, so each slip earns exactly that finding and no other; where a
 * mistake cannot help bringing a second finding with it, `with` lists it and says why.
 */
interface Place {
  code: MessageCode;
  line: number;
  column: number;
}

interface Whole {
  /** The whole message: what the author reads, word for word. */
  message: string;
}

interface Start {
  /** Or its start, where what matters is the finding and its place, not the wording of the advice after it. */
  starts: string;
}

export type Slip = Place &
  (Whole | Start) & {
    /** What the author got wrong, in a few words; other tests ask for a slip's text by it. */
    name: string;
    patch: Patch;
    severity?: 'error' | 'warning';
    /** The findings a mistake cannot help bringing with it, beside its own. */
    with?: Place[];
  };

const list = (ids: ReadonlySet<string> | undefined) => [...(ids ?? [])].sort().join(', ');
const roles = list(knownIds.roles);
const modules = list(knownIds.modules);
const concepts = list(knownIds.concepts);
const dimensions = testFramework.dimensions.map((d) => d.id).join(', ');

const yaml = (plain: string, reader: string) => `YAML syntax: ${plain} (The YAML reader says: "${reader}".)`;

// A safeguarding moment at "dad-explains": the scene marked, a content note, the statutory step
// (telling the designated safeguarding lead) on the referral and on the joint plan, and offering
// breakfast instead as the critical error. The safeguarding slips below are made of these parts,
// most by leaving one out or spoiling it.
const contentNote = swap('concepts: [parallel-support]\n', 'concepts: [parallel-support]\ncontentNote: { topics: [neglect] }\n');
const harm = swap(
  '  dad-explains:\n    stage: autumn\n',
  '  dad-explains:\n    stage: autumn\n    safeguarding: significant-harm\n',
);
const referralStep = swap(
  '          scores: { knowing-who: 1 }\n          feedback: The form is logged',
  '          scores: { knowing-who: 1 }\n          statutoryStep: The DSL told today\n          feedback: The form is logged',
);
const jointStep = swap(
  '          scores: { co-configuration: 2, relational-agency: 1 }\n',
  '          scores: { co-configuration: 2, relational-agency: 1 }\n          statutoryStep: The DSL told today, with the family\n',
);
const critical = 'critical: Offering breakfast instead of passing on a concern is a critical error here.';
const breakfastCritical = swap(
  '          scores: { accountable-rule-bending: 2 }\n',
  `          scores: { safeguarding: -2 }\n          ${critical}\n`,
);
const safeguardingMoment = both(contentNote, harm, referralStep, jointStep, breakfastCritical);

/** Adds lines after the (unique) line `after`. */
const insert = (after: string, lines: string): Patch => swap(after, `${after}${lines}`);

export const slips: Slip[] = [
  // YAML itself, in plain words first, at the line to fix; the YAML reader's own words follow.
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
    // One finding, not one for each line the parser then misreads.
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
    name: 'a set of fields left open',
    patch: swap('wellbeing: 3 }', 'wellbeing: 3'),
    code: 'yaml-syntax',
    line: 17,
    column: 8,
    starts: 'YAML syntax: the "{" on line 17 is never closed',
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
  // The schema.
  {
    name: 'a file with nothing but its schema comment',
    patch: (t) => t.slice(0, t.indexOf('\n') + 1),
    code: 'schema',
    line: 1,
    column: 1,
    starts: 'the file is empty',
  },
  {
    name: 'a list where the scenario should be',
    patch: (t) => `${t.slice(0, t.indexOf('\n') + 1)}- id: minimal\n- title: A list, not a scenario\n`,
    code: 'schema',
    line: 2,
    column: 1,
    starts: 'expected a set of named fields, found a list',
  },
  {
    name: 'minutes in words',
    patch: swap('minutes: 10', 'minutes: ten'),
    code: 'schema',
    line: 11,
    column: 10,
    starts: 'expected a number, found text',
  },
  {
    name: 'negative minutes',
    patch: swap('minutes: 10', 'minutes: -5'),
    code: 'schema',
    line: 11,
    column: 10,
    starts: 'must be more than 0',
  },
  {
    name: 'a summary too short',
    patch: swap(
      'summary: A short example in which a Year 1 teacher notices that Maya is struggling and decides how to respond.',
      'summary: Too short.',
    ),
    code: 'schema',
    line: 4,
    column: 10,
    starts: 'must be at least 20 characters long',
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
    name: 'a kind of option that does not exist',
    patch: swap(
      '          kind: rule-bending\n          label: Ring Mr Okafor',
      '          kind: escalation\n          label: Ring Mr Okafor',
    ),
    code: 'schema',
    line: 55,
    column: 17,
    starts: '"escalation" is not one of: referral, rule-bending, joint-action',
  },
  {
    name: 'an option that neither goes on nor ends',
    patch: swap('          next: dad-explains\n', ''),
    code: 'schema',
    line: 54,
    column: 11,
    starts: 'an option needs "next" (the scene that follows) or "end: true"',
  },
  {
    name: 'an option that both goes on and ends',
    patch: swap(
      '            module: knowing-who\n          end: true',
      '            module: knowing-who\n          next: dad-explains\n          end: true',
    ),
    code: 'schema',
    line: 143,
    column: 16,
    starts: 'an option cannot have both "next" and "end"',
  },
  {
    name: 'a field name cut short',
    patch: swap('    prompts: [', '    prompt: ['),
    code: 'schema',
    line: 39,
    column: 5,
    starts: 'unknown field "prompt"',
  },
  {
    name: 'a scene without a title',
    patch: swap('    title: What Mr Okafor says\n', ''),
    code: 'schema',
    line: 80,
    column: 5,
    starts: 'this field is required',
  },
  {
    name: 'an option id not in kebab-case',
    patch: swap('- id: breakfast-place', '- id: Breakfast_Place'),
    code: 'schema',
    line: 101,
    column: 15,
    starts: 'must be kebab-case',
  },
  {
    name: 'a decision with no options',
    // Everything from next-year's options to the endings, so the options are the empty list.
    patch: (t) =>
      swap(t.slice(t.indexOf('      options:\n        - id: pass-on'), t.indexOf('\nendings:')), '      options: []\n')(t),
    code: 'schema',
    line: 133,
    column: 16,
    starts: 'needs at least 1 item(s)',
  },
  {
    name: 'help of no strength',
    patch: swap('domains: [health], strength: 1, delay: 1', 'domains: [health], strength: 0, delay: 1'),
    code: 'schema',
    line: 47,
    column: 83,
    starts: 'must be at least 1',
  },
  {
    name: 'a requirement given as a bare flag',
    patch: swap('requires: { relationship: dad, atLeast: 1 }', 'requires: spoke-to-dad'),
    code: 'schema',
    line: 115,
    column: 21,
    starts: 'not a valid condition: use one of flag, level, relationship, all, any or not',
  },
  {
    name: 'a condition with a field of its own',
    patch: swap('requires: { relationship: dad,', 'requires: { relation: dad,'),
    code: 'schema',
    line: 115,
    column: 23,
    starts: 'unknown field "relation" in a condition',
  },
  // Ids: the likely id, then every valid one, then what to do.
  {
    name: 'an id that is not the file name',
    patch: swap('id: minimal', 'id: maya'),
    code: 'id-mismatch',
    line: 2,
    column: 5,
    starts: 'the id "maya" must match the file name "minimal.yaml"',
  },
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
    name: 'help in a domain that does not exist',
    patch: swap('domains: [health, family], strength: 1', 'domains: [health, home], strength: 1'),
    code: 'unknown-domain',
    line: 70,
    column: 74,
    starts: 'unknown domain "home"',
  },
  {
    name: 'a domain with no starting level',
    patch: swap('community: 2, wellbeing: 3 }', 'community: 2 }'),
    code: 'missing-domain',
    line: 17,
    column: 8,
    starts: 'no starting level for domain "wellbeing"',
  },
  {
    name: 'a starting level above the scale',
    patch: swap('start: { learning: 3,', 'start: { learning: 12,'),
    code: 'level-out-of-scale',
    line: 17,
    column: 20,
    starts: '12 is above the top of the scale (10)',
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
  {
    name: 'a relationship changed that was never declared',
    patch: swap(
      'flags: [spoke-to-dad]\n            relationships: { dad: 1 }',
      'flags: [spoke-to-dad]\n            relationships: { mum: 1 }',
    ),
    code: 'unknown-relationship',
    line: 59,
    column: 30,
    starts: 'unknown relationship "mum". The relationships declared are: dad.',
  },
  // Duplicates send the author to the first use.
  {
    name: 'a stage id used twice',
    patch: insert('      - { from: family, to: wellbeing, atLeast: 4 }\n', '  - id: autumn\n    label: Autumn again\n'),
    code: 'duplicate-id',
    line: 30,
    column: 9,
    starts: 'duplicate stage id "autumn": it is first used on line 23.',
  },
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
  // Requirements and endings that can never pass.
  {
    name: 'a requirement without a reason for the learner',
    patch: swap('          unavailableReason: Mr Okafor does not know you well enough yet.\n', ''),
    code: 'missing-reason',
    line: 115,
    column: 21,
    starts: 'an option with "requires" needs an "unavailableReason"',
  },
  {
    name: 'a relationship test with no bounds',
    patch: swap('requires: { relationship: dad, atLeast: 1 }', 'requires: { relationship: dad }'),
    code: 'empty-range',
    line: 115,
    column: 21,
    starts: 'give atLeast, atMost or both',
  },
  {
    name: 'an ending whose bounds are the wrong way round',
    patch: swap('when: { level: total, atLeast: 15 }', 'when: { level: total, atLeast: 15, atMost: 9 }'),
    code: 'empty-range',
    line: 176,
    column: 11,
    starts: 'atLeast 15 is above atMost 9, so this test can never pass',
  },
  // Time only moves forward.
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
    name: 'a first stage before the first scene',
    patch: insert('stages:\n', '  - id: summer\n    label: Reception, summer term\n'),
    code: 'first-scene-stage',
    line: 35,
    column: 12,
    starts: 'play begins at this scene (the first listed), so it must belong to the first stage "summer"',
    // A first stage that the first scene is not in has no scenes at all, or its scenes come after
    // the first (time going backwards) or out of reach: this patch takes the first.
    with: [{ code: 'empty-stage', line: 23, column: 9 }],
  },
  {
    name: 'an option that goes back in time',
    patch: swap('            module: knowing-who\n          end: true', '            module: knowing-who\n          next: tired'),
    code: 'time-backwards',
    line: 142,
    column: 17,
    starts: '"tired" is in an earlier stage ("autumn") than this scene ("year2")',
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
  // The scene graph.
  {
    name: 'a loop back to the first scene',
    patch: swap(
      '          next: next-year\n        - id: breakfast-place',
      '          next: tired\n        - id: breakfast-place',
    ),
    code: 'cycle',
    line: 100,
    column: 17,
    starts: 'this leads back to an earlier scene, making a loop (tired → dad-explains → tired)',
  },
  {
    name: 'a scene no option leads to',
    patch: swap('          next: dad-explains\n', '          next: next-year\n'),
    code: 'unreachable-scene',
    line: 79,
    column: 3,
    starts: 'no route from the first scene leads here',
  },
  // Exploring the plays.
  {
    name: 'a scene whose way in is never open',
    patch: swap(
      '          next: dad-explains\n',
      '          requires: { relationship: dad, atLeast: 2 }\n          unavailableReason: Not yet.\n          next: dad-explains\n',
    ),
    code: 'blocked-scene',
    line: 81,
    column: 3,
    starts: 'options lead here, but their requirements fail in every play',
    // The only option leading here is itself never available, which is a finding of its own.
    with: [{ code: 'impossible-option', line: 65, column: 21 }],
  },
  {
    name: 'a requirement that never holds',
    patch: swap('requires: { relationship: dad, atLeast: 1 }', 'requires: { relationship: dad, atLeast: 3 }'),
    code: 'impossible-option',
    line: 115,
    column: 21,
    starts:
      'the requirement of "family-plan" fails in every play that reaches this scene, so the option is never available: the relationship "dad" is 1 on every route here, and this needs at least 3',
  },
  {
    name: 'a decision where no option is ever available',
    patch: both(
      ...[
        '          label: Pass your notes to her new teacher.\n',
        '          label: Keep a weekly check-in with Maya although she has moved class.\n',
        '          label: Review the plan with Mr Okafor, the new teacher and the school nurse.\n',
      ].map((label) =>
        insert(
          label,
          '          requires: { relationship: dad, atLeast: 1 }\n          unavailableReason: Needs a relationship.\n',
        ),
      ),
    ),
    code: 'dead-end',
    line: 133,
    column: 7,
    starts: 'dead end: in 1 play none of the options is available here',
  },
  {
    name: 'endings that overlap',
    patch: swap('when: { level: total, atLeast: 15 }', 'when: { level: total, atLeast: 12 }'),
    code: 'several-endings',
    line: 171,
    column: 11,
    starts: 'endings "settled" and "struggling" both match the final state of 4 plays',
  },
  {
    // One finding at the endings, whatever the number of options that end play.
    name: 'a gap between the endings',
    patch: swap('when: { level: total, atMost: 14 }', 'when: { level: total, atMost: 12 }'),
    code: 'no-ending',
    line: 166,
    column: 1,
    starts: 'no ending matches the final state of 3 plays, with final totals of 13–14',
  },
  {
    name: 'an ending no play reaches',
    patch: (t) =>
      `${t}  - id: crisis\n    title: Crisis\n    tone: concerning\n    text: Never reached.\n    when: { level: total, atLeast: 40 }\n`,
    code: 'unreached-ending',
    line: 177,
    column: 9,
    starts: 'no play ends here',
  },
  {
    name: 'a best-practice route through an option its scene does not offer',
    patch: (t) => `${t}bestPath: [refer-nurse, family-plan]\n`,
    code: 'best-path',
    line: 177,
    column: 25,
    starts: '"family-plan" cannot be chosen here: the route is at scene "next-year"',
  },
  {
    name: 'a best-practice route that stops before play ends',
    patch: (t) => `${t}bestPath:\n  - ring-dad\n`,
    code: 'best-path',
    line: 178,
    column: 3,
    starts: 'the route stops before play ends',
  },
  {
    name: 'a best-practice route to a concerning ending',
    patch: (t) => `${t}bestPath: [refer-nurse, pass-on]\n`,
    code: 'best-path',
    line: 177,
    column: 11,
    severity: 'warning',
    starts: 'the route ends in "struggling" (concerning)',
  },
  // Links in the text.
  {
    name: 'a script in a link',
    patch: swap('fed and calm.', 'fed and calm. [Read the policy](javascript:alert(document.cookie))'),
    code: 'unsafe-link',
    line: 107,
    column: 21,
    starts: 'unsafe link "javascript:alert(document.cookie)": links may only be http(s), mailto or a page of the course',
  },
  // Safeguarding: no middle way at a safeguarding moment.
  {
    name: 'a safeguarding option that takes no statutory step',
    patch: both(contentNote, harm, referralStep, breakfastCritical),
    code: 'safeguarding-step',
    line: 116,
    column: 11,
    starts: '"family-plan" takes no statutory step in a significant-harm scene',
  },
  {
    name: 'a safeguarding moment with no statutory route',
    patch: both(
      contentNote,
      harm,
      swap(
        '          scores: { knowing-who: 1 }\n          feedback: The form is logged',
        '          critical: A form that waits in a queue is not enough here.\n          feedback: The form is logged',
      ),
      breakfastCritical,
      swap(
        '          scores: { co-configuration: 2, relational-agency: 1 }\n',
        '          critical: A family plan is not a referral.\n',
      ),
    ),
    code: 'no-statutory-route',
    line: 92,
    column: 9,
    starts: 'this significant-harm scene offers no option that takes the statutory step',
  },
  {
    name: 'a critical error outside a safeguarding moment',
    patch: breakfastCritical,
    code: 'critical-outside-safeguarding',
    line: 107,
    column: 21,
    starts: '"breakfast-place" is marked critical, but its scene is not marked as a safeguarding moment',
  },
  {
    name: 'a critical error that earns points',
    patch: both(
      contentNote,
      harm,
      referralStep,
      jointStep,
      insert('          scores: { accountable-rule-bending: 2 }\n', `          ${critical}\n`),
    ),
    code: 'critical-scored',
    line: 109,
    column: 47,
    starts: '"breakfast-place" is a critical safeguarding error but earns points on accountable-rule-bending',
  },
  {
    name: 'a best-practice route through a critical error',
    patch: (t) => `${safeguardingMoment(t)}bestPath: [ring-dad, breakfast-place, review]\n`,
    code: 'best-path',
    line: 182,
    column: 22,
    starts: '"breakfast-place" is a critical safeguarding error, so it cannot be part of the best-practice route',
  },
  {
    name: 'a safeguarding moment without a content note',
    patch: both(harm, referralStep, jointStep, breakfastCritical),
    code: 'no-content-note',
    line: 2,
    column: 1,
    severity: 'warning',
    starts: 'scene "dad-explains" is a safeguarding moment (significant-harm)',
  },
  // Warnings: the draft works, but is not yet what the course needs.
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
  {
    name: 'no date of review',
    patch: swap('lastReviewed: 2026-12-06\ncheckedAgainst: [working-together-2023, kcsie-2025]\n', ''),
    code: 'not-reviewed',
    line: 2,
    column: 1,
    severity: 'warning',
    starts: 'add "lastReviewed" (the date, YYYY-MM-DD) and "checkedAgainst"',
  },
  {
    name: 'no schema comment',
    patch: (t) => t.slice(t.indexOf('\n') + 1),
    code: 'schema-comment',
    line: 1,
    column: 1,
    severity: 'warning',
    starts: 'start the file with "# yaml-language-server: $schema=./scenario.schema.json"',
  },
];

export function slip(name: string): Slip {
  const found = slips.find((s) => s.name === name);
  if (!found) throw new Error(`no slip is called "${name}"`);
  return found;
}

/** The example with one slip, by the slip's name. */
export const slipText = (name: string): string => slip(name).patch(minimal);

const analyses = new Map<string, AnalysisResult>();
/** A slip checked as a draft, once per test file: exploring the plays is the slow part. */
export function analyseSlip(name: string): AnalysisResult {
  let result = analyses.get(name);
  if (!result) {
    result = analyseScenario(DRAFT, slipText(name), knownIds);
    analyses.set(name, result);
  }
  return result;
}
