import type { AnalysisResult } from './analyse';
import { scenarioHash } from './hash';
import { errorCount } from './report';
import type { CompiledScenario, Framework } from './types';

/**
 * The payload the player gets from a finished analysis, or null if the scenario has errors. Pure,
 * so the build (load.ts) and the studio's worker make it the same way.
 */
export function payloadOf(analysis: AnalysisResult, framework: Framework): CompiledScenario | null {
  const { report, scenario, stats, bounds } = analysis;
  if (errorCount(report) || !scenario || !stats || !bounds) return null;
  return { scenario, framework, bounds, hash: scenarioHash(scenario, framework), stats };
}
