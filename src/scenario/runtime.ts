/**
 * Everything the browser needs to play a scenario, and nothing more: no YAML parser, no zod and
 * no analysis code may be reachable from here (a unit test walks the imports to make sure).
 *
 * How play runs: `compile` builds the XState machine from the payload the build made; each
 * choice is one call of XState's pure `transition()` (`step` in replay.ts), with no actor, so a
 * play is a list of option ids that replays to the same snapshot anywhere. The player's
 * `src/player/session.ts` wraps these functions with the learner record; the projector and the
 * checker's random plays use them directly.
 */
export { compile, sceneState, endingState, RESOLVING } from './compile';
export type { ChooseEvent, ScenarioEngine, ScenarioMachine } from './compile';
export { replay, replayPositions, step, startSnapshot } from './replay';
export type { EngineSnapshot, PositionsResult, ReplayResult } from './replay';
export {
  playStatus,
  currentScene,
  optionsNow,
  signalsNow,
  stagesNow,
  currentStage,
  trajectoryNow,
  choicesSoFar,
} from './queries';
export type { OptionView, SignalsView, StageView, TrajectoryView } from './queries';
export { debrief, moduleFor } from './debrief';
export type { Debrief, KindSummary, DecisionView, SupportOutcome, SupportWait } from './debrief';
export { dimensionResults } from './scores';
export type { DimensionResult } from './scores';
export { persistRun, restoreRun, RUN_FORMAT } from './persist';
export type { PersistedRun, RestoreResult } from './persist';
export { stagesWaited, helpDelivered } from './model';
export { optionKinds, mixCategories, mixCategory, mixNames } from './types';
export type * from './types';
