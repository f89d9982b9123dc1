import type { ScenarioEngine } from './compile';
import { findDimension } from './framework';
import { helpDelivered, stagesWaited } from './model';
import { playStatus, trajectoryNow, type TrajectoryView } from './queries';
import { dimensionResults, type DimensionResult } from './scores';
import {
  mixCategories,
  mixCategory,
  type Ending,
  type ExpertView,
  type MixCategory,
  type OptionKind,
  type PlaySnapshot,
  type PlayStatus,
  type SupportRecord,
} from './types';

/** The learner's mix: critical safeguarding errors are a category of their own, never a kind's. */
export interface KindSummary {
  kind: MixCategory;
  count: number;
  /** Supports these choices arranged, whether or not they began. */
  supportsArranged: number;
  /** Supports that had begun to help by the end (or by now, mid-play). */
  supportsStarted: number;
  /** Supports not begun: still on a waiting list, or arranged too late in the story to begin. */
  supportsNotStarted: number;
  stagesWaited: number;
  /** Support points delivered: strength × domains × stages in which the support acted. */
  helpDelivered: number;
  /** Sum of the immediate vulnerability changes these choices made (negative is better). */
  immediateChange: number;
}

/**
 * What became of one support. `waiting`: the child had already waited at least a stage and it had
 * still not begun. `too-late`: arranged in the final stage, so the story ended before it could
 * begin; the child neither waited for it nor got it. `pending`: arranged in the current stage of
 * a play still going on.
 */
export type SupportOutcome = 'started' | 'waiting' | 'too-late' | 'pending';

export interface SupportWait {
  option: string;
  kind: MixCategory;
  label: string;
  waited: number;
  /** The waiting list it was put on when arranged, in stages. */
  delay: number;
  outcome: SupportOutcome;
}

export interface DecisionView {
  index: number;
  scene: string;
  sceneTitle: string;
  stage: string;
  option: string;
  label: string;
  kind: OptionKind;
  feedback: string;
  expert: ExpertView;
  critical?: string;
  statutoryStep?: string;
  costs?: string;
}

export interface Debrief {
  status: PlayStatus;
  ending: Ending | null;
  dimensions: DimensionResult[];
  /** The two lowest-scoring assessed dimensions, with the module that teaches each. */
  weakest: DimensionResult[];
  /** One entry per mix category: referral, rule-bending, joint action, then critical errors. */
  kinds: KindSummary[];
  /** Total stages the child waited for support, over every support arranged, begun or not. */
  stagesWaited: number;
  supports: SupportWait[];
  /** Critical safeguarding errors, kept apart from the scores on purpose. */
  critical: { scene: string; option: string; label: string; reason: string }[];
  decisions: DecisionView[];
  trajectory: TrajectoryView;
  vulnerability: { start: number; end: number };
}

export function debrief(engine: ScenarioEngine, snapshot: PlaySnapshot): Debrief {
  const { payload, lookup } = engine;
  const { context } = snapshot;
  const stage = context.stage;

  const dimensions = dimensionResults(engine, snapshot);
  // Ties keep the framework's order, so the same play always names the same modules.
  const weakest = dimensions
    .filter((d) => d.normalised !== null)
    .sort((a, b) => (a.normalised ?? 0) - (b.normalised ?? 0))
    .slice(0, 2);

  const status = playStatus(snapshot);
  const critical = new Set(context.log.filter((d) => d.critical).map((d) => d.option));
  const categoryOf = (s: SupportRecord): MixCategory => mixCategory({ kind: s.kind, critical: critical.has(s.option) });
  const outcome = (s: SupportRecord): SupportOutcome => {
    if (stage >= s.startsAt) return 'started';
    if (stagesWaited(s, stage) > 0) return 'waiting';
    return status === 'playing' ? 'pending' : 'too-late';
  };
  const supports = context.supports.map((s): SupportWait => ({
    option: s.option,
    kind: categoryOf(s),
    label: s.label,
    waited: stagesWaited(s, stage),
    delay: s.startsAt - s.chosenAt - 1,
    outcome: outcome(s),
  }));
  const kinds = mixCategories.map((kind): KindSummary => {
    const mine = context.supports.filter((s) => categoryOf(s) === kind);
    const chosen = context.log.filter((d) => mixCategory(d) === kind);
    const started = mine.filter((s) => outcome(s) === 'started').length;
    return {
      kind,
      count: chosen.length,
      supportsArranged: mine.length,
      supportsStarted: started,
      supportsNotStarted: mine.length - started,
      stagesWaited: mine.reduce((sum, s) => sum + stagesWaited(s, stage), 0),
      helpDelivered: mine.reduce((sum, s) => sum + helpDelivered(s, stage), 0),
      immediateChange: chosen.reduce(
        (sum, d) =>
          sum + Object.values(lookup.options.get(d.option)?.option.effects.vulnerability ?? {}).reduce((a, b) => a + b, 0),
        0,
      ),
    };
  });

  const decisions = context.log.map((d, index): DecisionView => {
    const option = lookup.options.get(d.option)?.option;
    const view: DecisionView = {
      index,
      scene: d.scene,
      sceneTitle: payload.scenario.scenes[d.scene]?.title ?? d.scene,
      stage: payload.scenario.stages[d.stage]?.label ?? '',
      option: d.option,
      label: option?.label ?? d.option,
      kind: d.kind,
      feedback: option?.feedback ?? '',
      expert: option?.expert ?? { text: '', module: '' },
    };
    if (option?.critical !== undefined) view.critical = option.critical;
    if (option?.statutoryStep !== undefined) view.statutoryStep = option.statutoryStep;
    if (option?.costs !== undefined) view.costs = option.costs;
    return view;
  });

  const trajectory = trajectoryNow(engine, snapshot);
  return {
    status,
    ending: payload.scenario.endings.find((e) => e.id === context.ending) ?? null,
    dimensions,
    weakest,
    kinds,
    stagesWaited: supports.reduce((sum, s) => sum + s.waited, 0),
    supports,
    critical: decisions.flatMap((d) =>
      d.critical === undefined ? [] : [{ scene: d.scene, option: d.option, label: d.label, reason: d.critical }],
    ),
    decisions,
    trajectory,
    vulnerability: { start: trajectory.totals[0] ?? 0, end: trajectory.totals[trajectory.totals.length - 1] ?? 0 },
  };
}

/** The module that teaches a dimension, for "what to read next" links. */
export function moduleFor(engine: ScenarioEngine, dimension: string): string | undefined {
  return findDimension(engine.payload.framework, dimension)?.module;
}
