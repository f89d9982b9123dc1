import type { Path } from '../authoring/yaml';
import type { Emitter } from './checks';
import { LIBRARY } from './library-bar';
import { optionKinds, type Framework, type Option, type Scenario } from './types';

/*
 * The library rules that read the file alone: its size, facilitators' prompts and notes on every
 * scene, every dimension scored, hidden signals across the child's life, a best-practice route
 * that mixes the three kinds, joint work with costs, a prompt referral, and related modules.
 */

type Located = { option: Option; path: Path };
const allOptions = (scenario: Scenario): Located[] =>
  Object.entries(scenario.scenes).flatMap(([id, scene]) =>
    scene.decision.options.map((option, i) => ({ option, path: ['scenes', id, 'decision', 'options', i] as Path })),
  );

/** Cost that shows in the numbers: worse levels, a relationship strained, help that waits, or no help at all. */
const costCounted = (o: Option): boolean =>
  Object.values(o.effects.vulnerability).some((v) => v > 0) ||
  Object.values(o.effects.relationships).some((v) => v < 0) ||
  (o.effects.supports.length > 0 && o.effects.supports.every((s) => s.delay > 0)) ||
  (o.effects.supports.length === 0 && !Object.values(o.effects.vulnerability).some((v) => v < 0));

export function checkLibraryShape(scenario: Scenario, framework: Framework, emit: Emitter): void {
  const scenes = Object.entries(scenario.scenes);
  const options = allOptions(scenario);
  const atKey = { atKey: true };

  if (scenario.stages.length < LIBRARY.stages)
    emit(
      'error',
      'library-size',
      ['stages'],
      `there are ${scenario.stages.length} stages; a library scenario has at least ${LIBRARY.stages}, so the learner follows the child across several points in time. Add stages, each with its scenes.`,
      atKey,
    );
  if (scenes.length < LIBRARY.scenes.min || scenes.length > LIBRARY.scenes.max)
    emit(
      'error',
      'library-size',
      ['scenes'],
      `there are ${scenes.length} scenes; a library scenario has ${LIBRARY.scenes.min} to ${LIBRARY.scenes.max}, enough to branch without becoming a maze. ${
        scenes.length < LIBRARY.scenes.min ? 'Add scenes.' : 'Merge or cut scenes, or split the story into two scenarios.'
      }`,
      atKey,
    );
  if (scenario.endings.length < LIBRARY.endings)
    emit(
      'error',
      'library-size',
      ['endings'],
      `there are ${scenario.endings.length} endings; a library scenario has at least ${LIBRARY.endings} (say a positive, a mixed and a concerning one), so the learner's choices visibly lead somewhere different. Add endings and share out the range of totals between them.`,
      atKey,
    );

  for (const [id, scene] of scenes) {
    if (!scene.prompts.length)
      emit(
        'error',
        'library-prompts',
        ['scenes', id],
        `scene "${id}" has no discussion prompts; every library scene gives facilitators at least one. Add "prompts", e.g. prompts: [Who else might already know something about this?]`,
        atKey,
      );
    if (!scene.notes?.trim())
      emit(
        'error',
        'library-notes',
        ['scenes', id],
        `scene "${id}" has no notes for facilitators; every library scene has them. Add "notes" saying what the scene is for and what groups tend to miss.`,
        atKey,
      );
  }

  for (const d of framework.dimensions) {
    if (options.some(({ option }) => (option.scores[d.id] ?? 0) > 0)) continue;
    emit(
      'error',
      'library-dimensions',
      ['scenes'],
      `no option earns points on "${d.id}" (${d.name}), so the debrief would show it as not assessed; a library scenario assesses every dimension. Give the options that show it some points in "scores", e.g. scores: { ${d.id}: 1 }.`,
      atKey,
    );
  }

  const signals = scenes.flatMap(([, scene]) => scene.signals);
  if (!signals.some((s) => s.visibleIf))
    emit(
      'error',
      'library-signals',
      ['scenes'],
      'no signal is hidden; a library scenario hides at least one until the learner has worked with someone, so joint work is seen to widen the picture. Give a signal "visibleIf", e.g. visibleIf: { flag: spoke-to-dad }.',
      atKey,
    );
  const seen = new Set(signals.map((s) => s.domain));
  if (seen.size < LIBRARY.signalDomains) {
    const unseen = framework.domains.map((d) => d.id).filter((d) => !seen.has(d));
    emit(
      'error',
      'library-signals',
      ['scenes'],
      `the signals point to ${seen.size} domain(s) (${[...seen].join(', ') || 'none'}); a library scenario's signals cover at least ${LIBRARY.signalDomains}, so the learner can see the whole child. Add signals in ${unseen.join(' or ')}.`,
      atKey,
    );
  }

  const first = scenario.endings[0];
  if (first && first.tone !== 'positive')
    emit(
      'error',
      'library-best-path',
      ['endings', 0, 'tone'],
      `the first ending listed, "${first.id}", is ${first.tone}; in the library the first ending is the positive one that the best-practice route reaches. List the positive ending first.`,
    );
  if (!scenario.bestPath)
    emit(
      'error',
      'library-best-path',
      [],
      'there is no "bestPath"; every library scenario names its best-practice route so facilitators can show it. Add bestPath: the option ids of one complete play, in order, ending in the first ending.',
    );
  else {
    const kindOf = new Map(options.map(({ option }) => [option.id, option.kind]));
    const used = new Set(scenario.bestPath.map((id) => kindOf.get(id)));
    const unused = optionKinds.filter((k) => !used.has(k));
    if (unused.length)
      emit(
        'error',
        'library-best-path',
        ['bestPath'],
        `the best-practice route takes no ${unused.join(' or ')} option; in the library it uses all three kinds, because good practice mixes them. Route it through a decision where the ${unused.join(' or ')} option is the best answer.`,
        atKey,
      );
  }

  const joint = options.filter(({ option }) => option.kind === 'joint-action' && option.critical === undefined);
  const said = joint.filter(({ option }) => option.costs?.trim());
  if (said.length < LIBRARY.jointCosts) {
    const silent = joint.find(({ option }) => !option.costs?.trim());
    emit(
      'error',
      'library-costs',
      silent?.path ?? ['scenes'],
      `${said.length} joint-action option(s) say what they cost; a library scenario has at least ${LIBRARY.jointCosts}, because joint work takes time, meetings and goodwill. Add "costs" here, e.g. costs: Two extra meetings for Mr Okafor, who works shifts.`,
      silent ? {} : atKey,
    );
  }
  const counted = said.filter(({ option }) => costCounted(option));
  if (said.length >= LIBRARY.jointCosts && counted.length < LIBRARY.jointCostsCounted) {
    const uncounted = said.find(({ option }) => !costCounted(option));
    emit(
      'error',
      'library-costs',
      uncounted?.path ?? ['scenes'],
      `${counted.length} joint-action option(s) with costs let the numbers show them; a library scenario has at least ${LIBRARY.jointCostsCounted}. Make the cost count here: a level up for the extra demands (vulnerability: { family: 1 }), a relationship strained by a disagreement, or help that waits for a meeting (a support with delay: 1).`,
    );
  }

  const referrals = options.filter(({ option }) => option.kind === 'referral' && option.critical === undefined);
  if (!referrals.some(({ option }) => option.effects.supports.some((s) => s.delay === 0 && s.strength >= 2)))
    emit(
      'error',
      'library-prompt-referral',
      referrals[0]?.path ?? ['scenes'],
      'no referral is acted on at once; a library scenario has at least one, because referral is not always a waiting list. Give a referral that would be answered promptly a support with delay: 0 and strength: 2 or more.',
    );

  if (!scenario.modules.length)
    emit(
      'error',
      'library-modules',
      ['modules'],
      'no related modules are listed; a library scenario names the modules it puts into practice, so learners can go on to them. Add modules: [ … ] with the modules its expert views link to.',
    );
}
