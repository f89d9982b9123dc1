import type { LearnerRecord, ScenarioRun } from '../record/record';
import { latestRun, runsOf } from '../record/scenarios';
import type { Scenario } from '../scenario/types';

/*
 * What the start panel says about earlier plays, read from the learner record alone: the
 * engine (and XState) load only once the learner chooses to play.
 */

export interface ResumePoint {
  decisions: number;
  /** Empty when the saved state cannot be read; resuming then rebuilds it from the decisions. */
  sceneTitle: string;
  stageLabel: string;
}

export interface SavedPlace {
  inProgress: ResumePoint | null;
  lastFinished: ScenarioRun | undefined;
}

const field = (value: unknown, key: string): unknown =>
  typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;

export function savedPlace(record: LearnerRecord, scenario: Scenario): SavedPlace {
  const run = latestRun(record, scenario.id);
  const lastFinished = runsOf(record, scenario.id).find((r) => r.finishedAt !== null);
  if (!run || run.finishedAt !== null) return { inProgress: null, lastFinished };
  // The run keeps persistRun's wrapper: { snapshot: { context: { scene, stage } } }.
  const context = field(field(run.snapshot?.data, 'snapshot'), 'context');
  const scene = field(context, 'scene');
  const stage = field(context, 'stage');
  return {
    inProgress: {
      decisions: run.choices.length,
      sceneTitle: typeof scene === 'string' ? (scenario.scenes[scene]?.title ?? '') : '',
      stageLabel: typeof stage === 'number' ? (scenario.stages[stage]?.label ?? '') : '',
    },
    lastFinished,
  };
}
