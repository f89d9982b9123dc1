import type { Emitter } from './checks';
import { isLibraryFile } from './library-bar';
import { checkLibraryPlays } from './library-figures';
import { checkLibraryShape } from './library-shape';
import { errorCount, type ScenarioReport } from './report';
import type { AnalysisStats, Framework, Scenario, ScoreBounds } from './types';

/*
 * The bar a scenario must clear to join the library (scenarios/*.yaml): enough story to follow a
 * child over time, something for facilitators in every scene, every dimension assessed, and the
 * research's point visible in the numbers. A draft kept anywhere else is checked for soundness
 * only, so an author can play a half-written story; moving it into scenarios/ turns these on.
 * Every finding is an error: a library scenario that fails one is not published.
 */

/** What the analysis produced for a file; figures are absent when it stopped early. */
export interface AnalysedScenario {
  report: ScenarioReport;
  scenario?: Scenario | undefined;
  stats?: AnalysisStats | undefined;
  bounds?: ScoreBounds | undefined;
}

/**
 * The library's rules, for a file in scenarios/. Rules about the file's shape always run; rules
 * about its plays need the analysis' figures, and run only on a file with no other error, where
 * those figures can be trusted.
 */
export function checkLibrary(file: string, analysed: AnalysedScenario, framework: Framework, emit: Emitter): void {
  const { scenario, stats, bounds } = analysed;
  if (!isLibraryFile(file) || !scenario) return;
  const clean = errorCount(analysed.report) === 0;
  checkLibraryShape(scenario, framework, emit);
  if (clean && stats && bounds) checkLibraryPlays(scenario, framework, stats, bounds, emit);
}
