import { analyseScenario, type AnalysisLimits } from '../scenario/analyse';
import type { KnownIds } from '../scenario/checks';
import type { ExploreProgress } from '../scenario/explore';
import { STATE_CEILING } from '../scenario/explore';
import { payloadOf } from '../scenario/payload';
import { errorCount, formatReport, type OptionStatus } from '../scenario/report';
import type { Scenario } from '../scenario/types';
import { draftFile, isLibraryFinding, type DraftCheck } from './draft';
import { sceneLines } from './scene-lines';

/*
 * One check of a draft in the studio: the very analysis `npm run scenarios:check` runs, on the
 * text in the editor, named as the file it will be once published (scenarios/<id>.yaml), so the
 * library's rules for files in scenarios/ apply as they will then. Runs in the studio's worker.
 */

export function checkDraft(
  text: string,
  known: KnownIds,
  progress?: ExploreProgress,
): { check: DraftCheck; scenario: Scenario | undefined } {
  const file = draftFile(text);
  const limits: AnalysisLimits = { states: STATE_CEILING };
  if (progress) limits.progress = progress;
  const analysis = analyseScenario(file, text, known, limits);
  const { report } = analysis;
  // The library's bar (library-rules.ts) decides what may be published, not what can be played:
  // a half-written story can be play-tested as soon as it is sound, as a draft outside scenarios/ can.
  const sound = report.messages.filter((m) => !isLibraryFinding(m));
  const payload = payloadOf({ ...analysis, report: { ...report, messages: sound } }, known.framework);
  const check: DraftCheck = {
    file,
    printed: formatReport(report),
    messages: report.messages,
    notes: report.notes,
    errors: errorCount(report),
    libraryErrors: report.messages.filter((m) => m.severity === 'error' && isLibraryFinding(m)).length,
    payloadJson: payload ? JSON.stringify(payload) : null,
    routes: routesToScenes(analysis.scenario, analysis.options),
    lines: sceneLines(text),
  };
  if (report.stats) check.stats = report.stats;
  if (report.bounds) check.bounds = report.bounds;
  if (report.endings) check.endings = report.endings;
  return { check, scenario: analysis.scenario };
}

/**
 * A shortest route to each scene, from the analysis's shortest route to each option: the route
 * to an option, less the option itself, reaches its scene. Exact analysis only; after the
 * fallback (too many states) there are no routes and the play-test says why it cannot jump.
 */
function routesToScenes(
  scenario: Scenario | undefined,
  options: Map<string, OptionStatus> | undefined,
): Record<string, string[]> {
  const routes: Record<string, string[]> = {};
  if (!scenario || !options) return routes;
  for (const status of options.values()) {
    if (!status.reachable) continue;
    const route = status.witness.slice(0, -1);
    const known = routes[status.scene];
    if (!known || route.length < known.length) routes[status.scene] = route;
  }
  return routes;
}
