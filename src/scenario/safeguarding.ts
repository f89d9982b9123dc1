import type { Path } from '../authoring/yaml';
import type { Emitter } from './checks';
import type { SafeguardingConcern, Scenario } from './types';

/*
 * The rules that keep a scenario from ever modelling an unsafe delay as good practice.
 *
 * A scene marked `safeguarding` (significant harm, exploitation, a missing child) is one where the
 * law leaves no room for a middle way: every option either takes the statutory step now (says so
 * in `statutoryStep`) or is a critical error (says why in `critical`). An option with neither is
 * exactly the quiet delay a practitioner's read found in the first library ("keep the case open
 * with drop-ins"), so it is an error, not a warning. A critical error earns no points anywhere,
 * sits only in a marked scene, and is never part of the documented best route.
 */

const whatTheStepIs: Record<SafeguardingConcern, string> = {
  'significant-harm':
    "tell the designated safeguarding lead or your manager now so that children's social care is contacted today",
  exploitation:
    "complete the local exploitation screening, talk to your safeguarding lead and refer to children's social care now",
  'missing-child': "report the child missing to the police and tell children's social care the same day",
};

export function checkSafeguarding(scenario: Scenario, emit: Emitter): void {
  const criticalIds = new Set<string>();
  for (const [sceneId, scene] of Object.entries(scenario.scenes)) {
    const options = scene.decision.options;
    const at = (i: number): Path => ['scenes', sceneId, 'decision', 'options', i];
    options.forEach((o, i) => {
      if (o.critical === undefined) return;
      criticalIds.add(o.id);
      const earned = Object.entries(o.scores).filter(([, points]) => points > 0);
      if (earned.length)
        emit(
          'error',
          'critical-scored',
          [...at(i), 'scores', earned[0]![0]],
          `"${o.id}" is a critical safeguarding error but earns points on ${earned.map(([d]) => d).join(', ')}; a choice that puts a child at risk must never score as good practice`,
        );
      if (scene.safeguarding === undefined)
        emit(
          'error',
          'critical-outside-safeguarding',
          [...at(i), 'critical'],
          `"${o.id}" is marked critical, but its scene is not marked as a safeguarding moment; add "safeguarding: significant-harm" (or exploitation, or missing-child) to the scene`,
        );
    });
    if (scene.safeguarding === undefined) continue;
    const concern = scene.safeguarding;
    options.forEach((o, i) => {
      if (o.critical === undefined && o.statutoryStep === undefined)
        emit(
          'error',
          'safeguarding-step',
          at(i),
          `"${o.id}" takes no statutory step in a ${concern} scene; the step here is to ${whatTheStepIs[concern]}. Add "statutoryStep" saying how this option takes it, or mark the option "critical" with the reason`,
        );
    });
    if (!options.some((o) => o.critical === undefined && o.statutoryStep !== undefined))
      emit(
        'error',
        'no-statutory-route',
        ['scenes', sceneId, 'decision', 'options'],
        `this ${concern} scene offers no option that takes the statutory step (${whatTheStepIs[concern]})`,
      );
  }
  scenario.bestPath?.forEach((id, i) => {
    if (criticalIds.has(id))
      emit(
        'error',
        'best-path',
        ['bestPath', i],
        `"${id}" is a critical safeguarding error, so it cannot be part of the best-practice route`,
      );
  });
}
