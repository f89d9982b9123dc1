import { holds } from './conditions';
import type { ScenarioLookup } from './lookup';
import { RELATIONSHIP_LIMIT, type Option, type PlayContext, type Stage, type SupportRecord } from './types';

/*
 * The trajectory arithmetic. Every function is pure and returns a new context, because XState's
 * `assign` and the analysis both keep old snapshots around.
 *
 * On entering stage t, with arrival levels L and the supports active at t (A):
 *   level'[d] = clamp(L[d] + drift[d] + spill[d] - relief[d], 0, max[d])
 *   drift[d]  = the stage's drift for d, or 0 if any support in A covers d
 *   spill[d]  = sum of `amount` over the stage's spill rules into d whose source L[from] >= atLeast
 *   relief[d] = the strength of the strongest support in A that covers d (0 if none)
 * Help in one domain does not pile up: two services on the same worry are not twice as effective,
 * so what pays is covering more domains, sooner. The formula is non-decreasing in L and
 * non-increasing in A, so a support active at more stages (no waiting list) or covering more
 * domains (joint action) can only leave the child better off — true by construction.
 * A support chosen at stage c with delay k acts from stage c + 1 + k; it waited k stages.
 */

const clamp = (value: number, min: number, max: number): number => Math.min(max, Math.max(min, value));

export function initialContext(lookup: ScenarioLookup): PlayContext {
  const { scenario, framework } = lookup;
  const levels = Object.fromEntries(lookup.domains.map((d) => [d, clamp(scenario.start[d] ?? 0, 0, lookup.maxLevel[d] ?? 10)]));
  return {
    scene: null,
    ending: null,
    stage: 0,
    levels,
    trajectory: [levels],
    flags: [],
    supports: [],
    relationships: Object.fromEntries(scenario.relationships.map((r) => [r.id, r.start])),
    scores: Object.fromEntries(framework.dimensions.map((d) => [d.id, 0])),
    log: [],
    seenDomains: [],
  };
}

export function isActive(support: SupportRecord, stage: number): boolean {
  return support.startsAt <= stage && (support.endsAt === null || stage <= support.endsAt);
}

/** Stages the child has waited for a support so far (from the choice to its start). */
export function stagesWaited(support: SupportRecord, stage: number): number {
  return Math.max(0, Math.min(stage, support.startsAt - 1) - support.chosenAt);
}

/** Support points delivered so far: strength × domains × stage entries at which it acted. */
export function helpDelivered(support: SupportRecord, stage: number): number {
  const last = support.endsAt === null ? stage : Math.min(stage, support.endsAt);
  return support.strength * support.domains.length * Math.max(0, last - support.startsAt + 1);
}

/** The stage-entry formula above, on its own so tests can check its monotonicity directly. */
export function stageEntryLevels(
  levels: Record<string, number>,
  stage: Pick<Stage, 'drift' | 'spill'>,
  active: readonly Pick<SupportRecord, 'domains' | 'strength'>[],
  maxLevel: Record<string, number>,
): Record<string, number> {
  const next: Record<string, number> = {};
  for (const [domain, level] of Object.entries(levels)) {
    const covering = active.filter((s) => s.domains.includes(domain));
    const drift = covering.length ? 0 : (stage.drift[domain] ?? 0);
    const spill = stage.spill.reduce((sum, r) => sum + (r.to === domain && (levels[r.from] ?? 0) >= r.atLeast ? r.amount : 0), 0);
    const relief = covering.reduce((strongest, s) => Math.max(strongest, s.strength), 0);
    next[domain] = clamp(level + drift + spill - relief, 0, maxLevel[domain] ?? 10);
  }
  return next;
}

/** Moves time on by one stage. */
export function advanceStage(context: PlayContext, lookup: ScenarioLookup): PlayContext {
  const stageIndex = context.stage + 1;
  const stage = lookup.scenario.stages[stageIndex];
  if (!stage) return context;
  const active = context.supports.filter((s) => isActive(s, stageIndex));
  const levels = stageEntryLevels(context.levels, stage, active, lookup.maxLevel);
  return { ...context, stage: stageIndex, levels, trajectory: [...context.trajectory, levels] };
}

/** Moves time on through every stage up to `target`; time never goes back. */
export function advanceTo(context: PlayContext, lookup: ScenarioLookup, target: number): PlayContext {
  let next = context;
  while (next.stage < target && next.stage < lookup.scenario.stages.length - 1) next = advanceStage(next, lookup);
  return next;
}

export function enterScene(context: PlayContext, lookup: ScenarioLookup, sceneId: string): PlayContext {
  const next = advanceTo(context, lookup, lookup.sceneStage.get(sceneId) ?? context.stage);
  const scene = lookup.scenario.scenes[sceneId];
  const seen = new Set(next.seenDomains);
  for (const signal of scene?.signals ?? []) if (!signal.visibleIf || holds(signal.visibleIf, next)) seen.add(signal.domain);
  return { ...next, scene: sceneId, seenDomains: lookup.domains.filter((d) => seen.has(d)) };
}

export function isAvailable(option: Option, context: PlayContext): boolean {
  return !option.requires || holds(option.requires, context);
}

function addDeltas(
  base: Record<string, number>,
  deltas: Record<string, number>,
  min: (k: string) => number,
  max: (k: string) => number,
): Record<string, number> {
  const next = { ...base };
  for (const [key, delta] of Object.entries(deltas)) next[key] = clamp((next[key] ?? 0) + delta, min(key), max(key));
  return next;
}

/** Applies a chosen option's effects, scores and log entry. */
export function applyOption(context: PlayContext, lookup: ScenarioLookup, optionId: string): PlayContext {
  const found = lookup.options.get(optionId);
  if (!found) return context;
  const { option, scene } = found;
  const { effects } = option;
  const levels = addDeltas(
    context.levels,
    effects.vulnerability,
    () => 0,
    (d) => lookup.maxLevel[d] ?? 10,
  );
  const supports: SupportRecord[] = effects.supports.map((s) => {
    const startsAt = context.stage + 1 + s.delay;
    return {
      option: option.id,
      kind: option.kind,
      label: s.label,
      domains: s.domains,
      strength: s.strength,
      chosenAt: context.stage,
      startsAt,
      endsAt: s.duration === undefined ? null : startsAt + s.duration - 1,
    };
  });
  const flags = effects.flags.length ? [...new Set([...context.flags, ...effects.flags])].sort() : context.flags;
  return {
    ...context,
    levels,
    trajectory: [...context.trajectory.slice(0, -1), levels],
    flags,
    supports: supports.length ? [...context.supports, ...supports] : context.supports,
    relationships: addDeltas(
      context.relationships,
      effects.relationships,
      () => -RELATIONSHIP_LIMIT,
      () => RELATIONSHIP_LIMIT,
    ),
    scores: addDeltas(
      context.scores,
      option.scores,
      () => -Infinity,
      () => Infinity,
    ),
    log: [
      ...context.log,
      { scene, option: option.id, kind: option.kind, stage: context.stage, critical: option.critical !== undefined },
    ],
  };
}

/**
 * Play has ended: the remaining stages still happen to the child, so every play is judged at the
 * same point in time (the last stage) and late supports still count.
 */
export function finishPlay(context: PlayContext, lookup: ScenarioLookup): PlayContext {
  return { ...advanceTo(context, lookup, lookup.scenario.stages.length - 1), scene: null };
}

export function matchingEndings(lookup: ScenarioLookup, context: PlayContext): string[] {
  return lookup.scenario.endings.filter((e) => holds(e.when, context)).map((e) => e.id);
}
