import { compile, replay } from '../scenario/runtime';
import type { CompiledScenario } from '../scenario/types';

/** What a scenario drawing is made from: each domain's level at each stage, on its own scale. */
export interface StrandData {
  /** A key for the drawing's small variations (the scenario id). */
  seed: string;
  stages: number;
  strands: { domain: string; max: number; levels: number[] }[];
}

/**
 * The levels along the scenario's documented best path: the child's worries as good practice
 * meets them, stage by stage. Without a best path (or if it no longer plays through), the levels
 * reached so far are carried forward, so the drawing still has one point per stage.
 */
export function scenarioLevels(compiled: CompiledScenario): StrandData {
  const { scenario, framework } = compiled;
  const { snapshot } = replay(compile(compiled), scenario.bestPath ?? []);
  const trajectory = snapshot.context.trajectory;
  const stages = scenario.stages.length;
  const at = (k: number) => trajectory[k] ?? trajectory.at(-1) ?? scenario.start;
  return {
    seed: scenario.id,
    stages,
    strands: framework.domains.map((d) => ({
      domain: d.id,
      max: d.scale.max,
      levels: Array.from({ length: stages }, (_, k) => at(k)[d.id] ?? 0),
    })),
  };
}
