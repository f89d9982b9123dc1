import type { ScenarioLookup } from './lookup';
import { RELATIONSHIP_LIMIT, type Condition, type PlayContext } from './types';

/*
 * The model's arithmetic (model.ts) over a flat array of small integers, for the analysis: one
 * step copies a few dozen numbers instead of building a new context with its log and trajectory.
 * It keeps only what can change what happens next, so states with the same future compare equal:
 *
 *   levels          one per domain
 *   relationships   one per declared relationship
 *   flags           0 or 1 per flag
 *   relief          per stage and domain, the strength of the strongest support acting there
 *                   (0: none). This is all a support contributes at a stage entry (model.ts:
 *                   drift stops where any support covers a domain, and the strongest is taken
 *                   off), so two different sets of supports with the same relief are one state,
 *                   and a support that has ended leaves nothing behind.
 *
 * The stage is not stored: a state waiting at a scene is in that scene's stage (time never goes
 * back, which the checker enforces before any analysis). Scores are added up by the analysis
 * itself. When play ends, `settle` writes the total and highest level into two more numbers, so a
 * final state can be keyed by what the endings look at rather than by every level. tests/unit/scenario/fast-model.test.ts plays thousands of random plays through the
 * XState machine and through this, and requires the same availability, levels, relationships,
 * flags, relief, scores and ending at every step.
 */

export type FastState = Int32Array;
export type FastCondition = (state: FastState) => boolean;

export interface FastOption {
  id: string;
  /** Index in scene order across the whole scenario. */
  index: number;
  scene: number;
  /** Index of the next scene, or -1 when the option ends play. */
  next: number;
  requires: FastCondition | null;
  scores: Int32Array;
  /** [slot, delta] pairs. */
  vulnerability: Int32Array;
  relationships: Int32Array;
  flags: Int32Array;
  /** Relief raised by the option's supports: [slot, strength] pairs, slots as stage * domains + domain. */
  relief: Int32Array;
}

export interface FastModel {
  lookup: ScenarioLookup;
  domains: string[];
  relationships: string[];
  flags: string[];
  dimensions: string[];
  scenes: string[];
  /** Stage index of each scene. */
  sceneStage: Int32Array;
  /** Options of each scene, in the author's order. */
  sceneOptions: FastOption[][];
  options: FastOption[];
  optionIndex: Map<string, number>;
  stageCount: number;
  /** Offsets into a state. */
  at: { levels: number; relationships: number; flags: number; relief: number; total: number; highest: number; length: number };
  maxLevel: Int32Array;
  /** Judged on a settled final state. */
  endings: { id: string; when: FastCondition }[];
  /** A state waiting at the first scene. */
  start(): FastState;
  /** Applies an option's effects in place (its relief was placed for its own scene's stage). */
  apply(state: FastState, option: FastOption): void;
  /** Plays stages `from + 1 … to` forward in place (stage entry: drift, spill, relief). */
  advance(state: FastState, from: number, to: number): void;
  /** Writes the total and highest level of a final state, which the endings read. */
  settle(state: FastState): void;
}

const clamp = (value: number, min: number, max: number): number => (value < min ? min : value > max ? max : value);

export function compileFast(lookup: ScenarioLookup): FastModel {
  const { scenario, framework } = lookup;
  const domains = lookup.domains;
  const D = domains.length;
  const T = Math.max(1, scenario.stages.length);
  const domainAt = new Map(domains.map((d, i) => [d, i]));
  const relationships = scenario.relationships.map((r) => r.id);
  const relAt = new Map(relationships.map((r, i) => [r, i]));
  const flagAt = new Map<string, number>();
  const flag = (id: string): number => {
    let i = flagAt.get(id);
    if (i === undefined) flagAt.set(id, (i = flagAt.size));
    return i;
  };
  const scenes = Object.keys(scenario.scenes);
  const sceneAt = new Map(scenes.map((s, i) => [s, i]));
  for (const scene of Object.values(scenario.scenes)) for (const o of scene.decision.options) o.effects.flags.forEach(flag);
  const visitFlags = (c: Condition): void => {
    if ('flag' in c) flag(c.flag);
    else if ('all' in c) c.all.forEach(visitFlags);
    else if ('any' in c) c.any.forEach(visitFlags);
    else if ('not' in c) visitFlags(c.not);
  };
  for (const scene of Object.values(scenario.scenes))
    for (const o of scene.decision.options) if (o.requires) visitFlags(o.requires);
  for (const e of scenario.endings) visitFlags(e.when);
  const flags = [...flagAt.keys()];
  const R = relationships.length;
  const F = flags.length;
  const relief = D + R + F;
  const at = {
    levels: 0,
    relationships: D,
    flags: D + R,
    relief,
    total: relief + T * D,
    highest: relief + T * D + 1,
    length: relief + T * D + 2,
  };
  const maxLevel = Int32Array.from(domains, (d) => lookup.maxLevel[d] ?? 10);

  const within = (c: { atLeast?: number | undefined; atMost?: number | undefined }) => {
    const lo = c.atLeast ?? -Infinity;
    const hi = c.atMost ?? Infinity;
    return (v: number) => v >= lo && v <= hi;
  };
  /** `settled`: total and highest are read from where `settle` put them, as in a final state. */
  const condition = (c: Condition, settled = false): FastCondition => {
    if ('flag' in c) {
      const slot = at.flags + flag(c.flag);
      return (s) => s[slot] === 1;
    }
    if ('level' in c) {
      const ok = within(c);
      if (c.level === 'total' && settled) return (s) => ok(s[at.total]!);
      if (c.level === 'highest' && settled) return (s) => ok(s[at.highest]!);
      if (c.level === 'total')
        return (s) => {
          let sum = 0;
          for (let d = 0; d < D; d++) sum += s[d]!;
          return ok(sum);
        };
      if (c.level === 'highest')
        return (s) => {
          let top = 0;
          for (let d = 0; d < D; d++) if (s[d]! > top) top = s[d]!;
          return ok(top);
        };
      const d = domainAt.get(c.level);
      return d === undefined ? () => ok(0) : (s) => ok(s[d]!);
    }
    if ('relationship' in c) {
      const ok = within(c);
      const r = relAt.get(c.relationship);
      return r === undefined ? () => ok(0) : (s) => ok(s[at.relationships + r]!);
    }
    if ('all' in c) {
      const parts = c.all.map((p) => condition(p, settled));
      return (s) => parts.every((p) => p(s));
    }
    if ('any' in c) {
      const parts = c.any.map((p) => condition(p, settled));
      return (s) => parts.some((p) => p(s));
    }
    const inner = condition(c.not, settled);
    return (s) => !inner(s);
  };

  const dimensions = framework.dimensions.map((d) => d.id);
  const sceneStage = Int32Array.from(scenes, (s) => lookup.sceneStage.get(s) ?? 0);
  const options: FastOption[] = [];
  const sceneOptions = scenes.map((sceneId, sceneIndex) =>
    (scenario.scenes[sceneId]?.decision.options ?? []).map((o) => {
      const pairs = (record: Record<string, number>, index: Map<string, number>, base: number) =>
        Int32Array.from(Object.entries(record).flatMap(([k, v]) => (index.has(k) ? [base + index.get(k)!, v] : [])));
      // Relief per (stage, domain) this option's supports provide: they act from the stage
      // chosen + 1 + delay for `duration` stages, or to the end. The stage chosen is the scene's.
      const stage = sceneStage[sceneIndex]!;
      const relief = new Map<number, number>();
      for (const s of o.effects.supports) {
        const startsAt = stage + 1 + s.delay;
        const endsAt = s.duration === undefined ? T - 1 : Math.min(T - 1, startsAt + s.duration - 1);
        for (let t = startsAt; t <= endsAt; t++)
          for (const d of s.domains) {
            const di = domainAt.get(d);
            if (di === undefined) continue;
            const slot = at.relief + t * D + di;
            relief.set(slot, Math.max(relief.get(slot) ?? 0, s.strength));
          }
      }
      const fast: FastOption = {
        id: o.id,
        index: options.length,
        scene: sceneIndex,
        next: o.next === undefined ? -1 : (sceneAt.get(o.next) ?? -1),
        requires: o.requires ? condition(o.requires) : null,
        scores: Int32Array.from(dimensions, (d) => o.scores[d] ?? 0),
        vulnerability: pairs(o.effects.vulnerability, domainAt, at.levels),
        relationships: pairs(o.effects.relationships, relAt, at.relationships),
        flags: Int32Array.from(o.effects.flags, (f) => at.flags + flag(f)),
        relief: Int32Array.from([...relief].flat()),
      };
      options.push(fast);
      return fast;
    }),
  );

  // Stage entry per stage: drift per domain, and spill rules as [from, to, atLeast, amount].
  const drift = scenario.stages.map((st) => Int32Array.from(domains, (d) => st.drift[d] ?? 0));
  const spill = scenario.stages.map((st) =>
    Int32Array.from(
      st.spill.flatMap((r) =>
        domainAt.has(r.from) && domainAt.has(r.to) ? [domainAt.get(r.from)!, domainAt.get(r.to)!, r.atLeast, r.amount] : [],
      ),
    ),
  );
  const arrival = new Int32Array(D);

  const start = (): FastState => {
    const s = new Int32Array(at.length);
    domains.forEach((d, i) => (s[i] = clamp(scenario.start[d] ?? 0, 0, maxLevel[i]!)));
    scenario.relationships.forEach((r, i) => (s[at.relationships + i] = r.start));
    advance(s, 0, sceneStage[0] ?? 0);
    return s;
  };

  const apply = (s: FastState, o: FastOption): void => {
    const v = o.vulnerability;
    for (let i = 0; i < v.length; i += 2) {
      const slot = v[i]!;
      s[slot] = clamp(s[slot]! + v[i + 1]!, 0, maxLevel[slot - at.levels]!);
    }
    const r = o.relationships;
    for (let i = 0; i < r.length; i += 2) s[r[i]!] = clamp(s[r[i]!]! + r[i + 1]!, -RELATIONSHIP_LIMIT, RELATIONSHIP_LIMIT);
    const f = o.flags;
    for (let i = 0; i < f.length; i++) s[f[i]!] = 1;
    const relief = o.relief;
    for (let i = 0; i < relief.length; i += 2) if (s[relief[i]!]! < relief[i + 1]!) s[relief[i]!] = relief[i + 1]!;
  };

  const advance = (s: FastState, from: number, to: number): void => {
    for (let t = from + 1; t <= to && t < T; t++) {
      for (let d = 0; d < D; d++) arrival[d] = s[d]!;
      const dr = drift[t]!;
      const sp = spill[t]!;
      const base = at.relief + t * D;
      for (let d = 0; d < D; d++) {
        const relief = s[base + d]!;
        let level = arrival[d]! + (relief > 0 ? 0 : dr[d]!) - relief;
        for (let k = 0; k < sp.length; k += 4) if (sp[k + 1] === d && arrival[sp[k]!]! >= sp[k + 2]!) level += sp[k + 3]!;
        s[d] = clamp(level, 0, maxLevel[d]!);
      }
    }
  };

  const settle = (s: FastState): void => {
    let total = 0;
    let highest = 0;
    for (let d = 0; d < D; d++) {
      total += s[d]!;
      if (s[d]! > highest) highest = s[d]!;
    }
    s[at.total] = total;
    s[at.highest] = highest;
  };

  return {
    lookup,
    domains,
    relationships,
    flags,
    dimensions,
    scenes,
    sceneStage,
    sceneOptions,
    options,
    optionIndex: new Map(options.map((o) => [o.id, o.index])),
    stageCount: T,
    at,
    maxLevel,
    endings: scenario.endings.map((e) => ({ id: e.id, when: condition(e.when, true) })),
    start,
    apply,
    advance,
    settle,
  };
}

/**
 * The fast state a machine context stands for: what the equivalence test compares. Relief is
 * rebuilt from the context's support records for the stages still to come.
 */
export function projectContext(model: FastModel, context: PlayContext): FastState {
  const { at, domains, relationships, flags, stageCount } = model;
  const s = new Int32Array(at.length);
  domains.forEach((d, i) => (s[at.levels + i] = context.levels[d] ?? 0));
  relationships.forEach((r, i) => (s[at.relationships + i] = context.relationships[r] ?? 0));
  flags.forEach((f, i) => (s[at.flags + i] = context.flags.includes(f) ? 1 : 0));
  for (let t = context.stage + 1; t < stageCount; t++)
    for (const support of context.supports) {
      if (support.startsAt > t || (support.endsAt !== null && t > support.endsAt)) continue;
      for (const d of support.domains) {
        const slot = at.relief + t * domains.length + domains.indexOf(d);
        if (s[slot]! < support.strength) s[slot] = support.strength;
      }
    }
  return s;
}

/** The same state with relief for stages already past cleared, as the analysis keys it, and not settled. */
export function withoutPast(model: FastModel, state: FastState, stage: number): FastState {
  const s = Int32Array.from(state);
  s.fill(0, model.at.relief, model.at.relief + (stage + 1) * model.domains.length);
  s.fill(0, model.at.total);
  return s;
}
