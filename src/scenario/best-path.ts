import type { Emitter } from './checks';
import { compile } from './compile';
import { currentScene } from './queries';
import { replay } from './replay';
import type { AnalysisStats, Framework, Scenario, ScoreBounds } from './types';

/**
 * The documented best-practice route must be a real, complete play that ends well: facilitators
 * show it and tests rely on it, so a scenario edit that breaks it is caught by the checker.
 */
export function checkBestPath(
  scenario: Scenario,
  framework: Framework,
  bounds: ScoreBounds,
  stats: AnalysisStats,
  emit: Emitter,
): void {
  const path = scenario.bestPath;
  if (!path) return;
  const engine = compile({ scenario, framework, bounds, hash: '', stats });
  const result = replay(engine, path);
  if (!result.ok) {
    const here = currentScene(engine, result.snapshot);
    const offered = here?.scene.decision.options.some((o) => o.id === result.option);
    const why = !here
      ? 'play has already ended'
      : offered
        ? `its requirement does not hold when the route reaches "${here.id}"`
        : `the route is at scene "${here.id}", which does not offer it`;
    emit('error', 'best-path', ['bestPath', result.failedAt], `"${result.option}" cannot be chosen here: ${why}`);
    return;
  }
  if (result.snapshot.status !== 'done') {
    emit('error', 'best-path', ['bestPath'], 'the route stops before play ends: continue it to an option with `end: true`');
    return;
  }
  const ending = scenario.endings.find((e) => e.id === result.snapshot.context.ending);
  if (ending && ending.tone !== 'positive')
    emit(
      'warning',
      'best-path',
      ['bestPath'],
      `the route ends in "${ending.id}" (${ending.tone}); a best-practice route should reach a positive ending`,
    );
}
