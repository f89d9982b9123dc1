import { domainIds, domainMax } from './framework';
import type { Framework, Option, Scenario } from './types';

/**
 * Indexes a validated scenario once, so every transition and query is a map lookup.
 * Assumes the checker has passed: unknown references simply read as absent.
 */
export interface ScenarioLookup {
  scenario: Scenario;
  framework: Framework;
  domains: string[];
  maxLevel: Record<string, number>;
  stageIndex: Map<string, number>;
  /** Stage index of each scene. */
  sceneStage: Map<string, number>;
  options: Map<string, { option: Option; scene: string }>;
  firstScene: string;
}

export function buildLookup(scenario: Scenario, framework: Framework): ScenarioLookup {
  const domains = domainIds(framework);
  const maxLevel = Object.fromEntries(domains.map((d) => [d, domainMax(framework, d)]));
  const stageIndex = new Map(scenario.stages.map((s, i) => [s.id, i]));
  const sceneStage = new Map<string, number>();
  const options = new Map<string, { option: Option; scene: string }>();
  for (const [id, scene] of Object.entries(scenario.scenes)) {
    sceneStage.set(id, stageIndex.get(scene.stage) ?? 0);
    for (const option of scene.decision.options) options.set(option.id, { option, scene: id });
  }
  return {
    scenario,
    framework,
    domains,
    maxLevel,
    stageIndex,
    sceneStage,
    options,
    firstScene: Object.keys(scenario.scenes)[0] ?? '',
  };
}

