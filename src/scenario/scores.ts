import type { ScenarioEngine } from './compile';
import type { PlaySnapshot } from './types';

/*
 * A play's scores against what any play of the scenario can reach: what a finished run records,
 * and what the debrief opens with. Apart from the rest of the debrief (debrief.ts), so recording
 * a finished run does not need the debrief's code.
 */

export interface DimensionResult {
  id: string;
  name: string;
  module: string;
  score: number;
  min: number;
  max: number;
  /** 0–100 against this scenario's proven bounds; null when no choice here scores on it. */
  normalised: number | null;
}

function normalise(score: number, min: number, max: number): number | null {
  if (max <= min) return null;
  return Math.round((100 * (Math.min(max, Math.max(min, score)) - min)) / (max - min));
}

/** Each of the framework's dimensions, in its order: the score so far and where it sits in the scenario's bounds. */
export function dimensionResults(engine: ScenarioEngine, snapshot: PlaySnapshot): DimensionResult[] {
  const { payload } = engine;
  return payload.framework.dimensions.map((d) => {
    const bounds = payload.bounds[d.id] ?? { min: 0, max: 0 };
    const score = snapshot.context.scores[d.id] ?? 0;
    return {
      id: d.id,
      name: d.name,
      module: d.module,
      score,
      min: bounds.min,
      max: bounds.max,
      normalised: normalise(score, bounds.min, bounds.max),
    };
  });
}
