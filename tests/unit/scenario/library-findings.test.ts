import { describe, expect, it } from 'vitest';
import { parseYamlWithPositions } from '../../../src/authoring/yaml';
import { analyseScenario } from '../../../src/scenario/analyse';
import { createEmitter } from '../../../src/scenario/checks';
import { checkLibrary } from '../../../src/scenario/library-rules';
import type { MessageCode, ScenarioMessage } from '../../../src/scenario/report';
import { knownIds, testFramework } from './helpers';
import { both, DRAFT, minimal, swap, type Patch } from './minimal';
import { slip } from './slips';

/*
 * The library's rules, each shown firing on the guide's small example (good/minimal.yaml), as it is
 * or with one change, checked where the library keeps its scenarios (scenarios/minimal.yaml). The
 * example is far too small for the library, so each rule's finding comes among the others; each row
 * names the exact message, line and column the author is sent to. What a draft is told, one finding
 * a slip, is in slips.ts.
 */
const LIBRARY_FILE = 'scenarios/minimal.yaml';

interface Row {
  name: string;
  patch: Patch;
  code: MessageCode;
  line: number;
  column: number;
  message: string;
}

const rows: Row[] = [
  {
    name: 'a decision without rule-bending, in the library',
    patch: slip('a decision without rule-bending, in a draft').patch,
    code: 'missing-kinds',
    line: 134,
    column: 9,
    message:
      'this decision offers no rule-bending option; each decision should offer all three kinds (the library requires it; a draft outside scenarios/ only gets a warning). Add one, so the learner can compare the three responses here.',
  },
  {
    name: 'too few stages',
    patch: (t) => t,
    code: 'library-size',
    line: 22,
    column: 1,
    message:
      'there are 2 stages; a library scenario has at least 4, so the learner follows the child across several points in time. Add stages, each with its scenes.',
  },
  {
    name: 'too few scenes',
    patch: (t) => t,
    code: 'library-size',
    line: 31,
    column: 1,
    message: 'there are 3 scenes; a library scenario has 14 to 30, enough to branch without becoming a maze. Add scenes.',
  },
  {
    name: 'too few endings',
    patch: (t) => t,
    code: 'library-size',
    line: 166,
    column: 1,
    message:
      "there are 2 endings; a library scenario has at least 3 (say a positive, a mixed and a concerning one), so the learner's choices visibly lead somewhere different. Add endings and share out the range of totals between them.",
  },
  {
    name: 'a scene without prompts',
    patch: (t) => t,
    code: 'library-prompts',
    line: 79,
    column: 3,
    message:
      'scene "dad-explains" has no discussion prompts; every library scene gives facilitators at least one. Add "prompts", e.g. prompts: [Who else might already know something about this?]',
  },
  {
    name: 'a scene without notes',
    patch: (t) => t,
    code: 'library-notes',
    line: 32,
    column: 3,
    message:
      'scene "tired" has no notes for facilitators; every library scene has them. Add "notes" saying what the scene is for and what groups tend to miss.',
  },
  {
    name: 'a dimension nobody scores on',
    patch: (t) => t,
    code: 'library-dimensions',
    line: 31,
    column: 1,
    message:
      'no option earns points on "professional-identity" (Professional identity), so the debrief would show it as not assessed; a library scenario assesses every dimension. Give the options that show it some points in "scores", e.g. scores: { professional-identity: 1 }.',
  },
  {
    name: 'no hidden signal',
    patch: swap('        visibleIf: { flag: spoke-to-dad }\n', ''),
    code: 'library-signals',
    line: 31,
    column: 1,
    message:
      'no signal is hidden; a library scenario hides at least one until the learner has worked with someone, so joint work is seen to widen the picture. Give a signal "visibleIf", e.g. visibleIf: { flag: spoke-to-dad }.',
  },
  {
    name: 'signals in too few domains',
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
    patch: (t) => t,
    code: 'library-best-path',
    line: 2,
    column: 1,
    message:
      'there is no "bestPath"; every library scenario names its best-practice route so facilitators can show it. Add bestPath: the option ids of one complete play, in order, ending in the first ending.',
  },
  {
    name: 'a first ending that is not positive',
    patch: swap('    tone: positive', '    tone: mixed'),
    code: 'library-best-path',
    line: 169,
    column: 11,
    message:
      'the first ending listed, "settled", is mixed; in the library the first ending is the positive one that the best-practice route reaches. List the positive ending first.',
  },
  {
    name: 'a best-practice route that never refers',
    patch: (t) => `${t}bestPath: [ring-dad, family-plan, review]\n`,
    code: 'library-best-path',
    line: 177,
    column: 1,
    message:
      'the best-practice route takes no referral option; in the library it uses all three kinds, because good practice mixes them. Route it through a decision where the referral option is the best answer.',
  },
  {
    name: 'a best-practice route that misses the first ending',
    patch: (t) => `${t}bestPath: [refer-nurse, review]\n`,
    code: 'library-best-path',
    line: 177,
    column: 1,
    message:
      'the best-practice route ends in "struggling", but the first ending listed is "settled"; in the library the route reaches the first, best ending. Change the route, or list its ending first.',
  },
  {
    name: 'joint action that costs nothing',
    patch: (t) => t,
    code: 'library-costs',
    line: 66,
    column: 11,
    message:
      '0 joint-action option(s) say what they cost; a library scenario has at least 3, because joint work takes time, meetings and goodwill. Add "costs" here, e.g. costs: Two extra meetings for Mr Okafor, who works shifts.',
  },
  {
    name: 'costs that never show in the numbers',
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
    patch: (t) => t,
    code: 'library-prompt-referral',
    line: 43,
    column: 11,
    message:
      'no referral is acted on at once; a library scenario has at least one, because referral is not always a waiting list. Give a referral that would be answered promptly a support with delay: 0 and strength: 2 or more.',
  },
  {
    name: 'no related modules',
    patch: swap('modules: [knowing-who]', 'modules: []'),
    code: 'library-modules',
    line: 12,
    column: 10,
    message:
      'no related modules are listed; a library scenario names the modules it puts into practice, so learners can go on to them. Add modules: [ … ] with the modules its expert views link to.',
  },
  {
    name: 'too few plays',
    patch: (t) => t,
    code: 'library-plays',
    line: 31,
    column: 1,
    message:
      'there are 15 different plays; a library scenario offers at least 50, so learners in a group make genuinely different journeys. Let more options lead to different scenes.',
  },
  {
    name: 'too few endings reached',
    patch: (t) => t,
    code: 'library-endings',
    line: 166,
    column: 1,
    message:
      'plays reach 2 ending(s); a library scenario has at least 3 that plays reach. Add an ending, or widen the conditions so each ending has final states of its own.',
  },
  {
    name: 'a referral that does as well as joint work',
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

describe("what the library's rules tell an author, from the small example", () => {
  it.each(rows)('$name: $code at $line:$column', ({ patch, code, line, column, message }) => {
    const { report } = analyseScenario(LIBRARY_FILE, patch(minimal), knownIds);
    const found = report.messages.find((m) => m.code === code && m.message === message);
    expect(found, describeAll(report.messages)).toBeDefined();
    expect(found).toMatchObject({ file: LIBRARY_FILE, line, column, severity: 'error' });
  });

  it('holds a draft outside scenarios/ to none of the library rules', () => {
    for (const { patch } of rows) {
      const { report } = analyseScenario(DRAFT, patch(minimal), knownIds);
      expect(report.messages.filter((m) => m.code.startsWith('library-') || m.severity === 'error')).toEqual([]);
    }
  });

  it('refuses a library scenario whose plays could not all be explored', () => {
    const messages: ScenarioMessage[] = [];
    const parsed = parseYamlWithPositions(minimal);
    const emit = createEmitter(LIBRARY_FILE, messages, parsed.locate, parsed.locateKey);
    const analysed = analyseScenario(DRAFT, minimal, knownIds);
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
