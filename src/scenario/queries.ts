import { holds } from './conditions';
import type { ScenarioEngine } from './compile';
import { findDomain } from './framework';
import { isAvailable } from './model';
import type { OptionKind, PlaySnapshot, PlayStatus, Scene, Signal } from './types';

/*
 * What the player UI asks of a state of play. Pure functions of (engine, snapshot):
 * they never touch the actor, so the presenter view, the audience view and the tests agree.
 */

export function playStatus(snapshot: PlaySnapshot): PlayStatus {
  const { context } = snapshot;
  if (context.ending !== null) return 'ended';
  return context.scene === null ? 'stuck' : 'playing';
}

export function currentScene(engine: ScenarioEngine, snapshot: PlaySnapshot): { id: string; scene: Scene } | null {
  const id = snapshot.context.scene;
  const scene = id === null ? undefined : engine.payload.scenario.scenes[id];
  return id !== null && scene ? { id, scene } : null;
}

export interface OptionView {
  id: string;
  kind: OptionKind;
  label: string;
  available: boolean;
  /** Why the option cannot be chosen yet, in the author's words; only when unavailable. */
  reason?: string;
}

/** Every option of the current decision, in the author's order, with whether it can be chosen now. */
export function optionsNow(engine: ScenarioEngine, snapshot: PlaySnapshot): OptionView[] {
  const here = currentScene(engine, snapshot);
  if (!here || playStatus(snapshot) !== 'playing') return [];
  return here.scene.decision.options.map((o) => {
    const view: OptionView = { id: o.id, kind: o.kind, label: o.label, available: isAvailable(o, snapshot.context) };
    if (!view.available) view.reason = o.unavailableReason ?? 'This is not possible yet.';
    return view;
  });
}

export interface SignalsView {
  visible: Signal[];
  /** Domains no visible signal has pointed to so far in this play: the gaps in the picture. */
  unseen: { id: string; name: string }[];
}

export function signalsNow(engine: ScenarioEngine, snapshot: PlaySnapshot): SignalsView {
  const here = currentScene(engine, snapshot);
  const visible = (here?.scene.signals ?? []).filter((s) => !s.visibleIf || holds(s.visibleIf, snapshot.context));
  const seen = new Set(snapshot.context.seenDomains);
  const unseen = engine.lookup.domains
    .filter((d) => !seen.has(d))
    .map((id) => ({ id, name: findDomain(engine.payload.framework, id)?.name ?? id }));
  return { visible, unseen };
}

export interface StageView {
  index: number;
  id: string;
  label: string;
  text?: string | undefined;
  status: 'past' | 'current' | 'future';
}

export function stagesNow(engine: ScenarioEngine, snapshot: PlaySnapshot): StageView[] {
  const now = snapshot.context.stage;
  return engine.payload.scenario.stages.map((s, index) => ({
    index,
    id: s.id,
    label: s.label,
    text: s.text,
    status: index < now ? 'past' : index === now ? 'current' : 'future',
  }));
}

export function currentStage(engine: ScenarioEngine, snapshot: PlaySnapshot): StageView {
  const views = stagesNow(engine, snapshot);
  return views[snapshot.context.stage] ?? views[0] ?? { index: 0, id: '', label: '', status: 'current' };
}

export interface TrajectoryView {
  /** The stages visited so far, in order; each series has one value per stage here. */
  stages: { id: string; label: string }[];
  series: { domain: string; name: string; max: number; values: number[] }[];
  totals: number[];
}

export function trajectoryNow(engine: ScenarioEngine, snapshot: PlaySnapshot): TrajectoryView {
  const { trajectory } = snapshot.context;
  const stages = engine.payload.scenario.stages.slice(0, trajectory.length).map((s) => ({ id: s.id, label: s.label }));
  const series = engine.lookup.domains.map((domain) => ({
    domain,
    name: findDomain(engine.payload.framework, domain)?.name ?? domain,
    max: engine.lookup.maxLevel[domain] ?? 10,
    values: trajectory.map((levels) => levels[domain] ?? 0),
  }));
  const totals = trajectory.map((levels) => Object.values(levels).reduce((a, b) => a + b, 0));
  return { stages, series, totals };
}

/** The option ids chosen so far: `replay(engine, choicesSoFar(s).slice(0, k))` rewinds to decision k. */
export function choicesSoFar(snapshot: PlaySnapshot): string[] {
  return snapshot.context.log.map((d) => d.option);
}
