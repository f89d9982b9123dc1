import { compileFast, type FastModel } from './fast-model';
import { Findings } from './findings';
import { conditionFacts, graphFigures, liveFacts, type LiveFacts, type SceneGraph } from './graph';
import { KeyTable } from './key-table';
import type { ScenarioLookup } from './lookup';
import { finalLayout, pack, reliefSlots, sceneLayout, unpack, type KeyLayout } from './state-key';
import type { ScoreBounds } from './types';
import { RequirementWatch } from './why';

/*
 * Exact analysis: every state of play, explored once. States wait at scenes; two plays that
 * reach a scene in the same state (state-key.ts: what can still change the future) are one state,
 * and so are two final states the endings cannot tell apart, so the work grows with the number
 * of states, not the number of routes.
 *
 * Scenes are taken in topological order (graph.ts). Every route into a scene comes from an earlier
 * one, so when a scene's turn comes its states are complete, and each state already knows, by
 * dynamic programming forwards, how many routes reach it, the fewest and most decisions on them,
 * each dimension's lowest and highest score so far, and the previous state on a shortest route.
 * Everything reported is then a fold over the choices made from each state: play counts, lengths,
 * score bounds, endings with their plays and final totals, stuck states, options never available.
 * A scene's states are dropped once it is done; only the shortest-route links are kept, for the
 * example routes in messages.
 */

/**
 * The most states the analysis holds (about 100 bytes each while their scene is open, 8 after).
 * Well past any scenario written by hand: the shipped ones have 7,000 to 21,000 states, the
 * benchmark's 26-decision scenario 1.8 million.
 */
export const STATE_CEILING = 8_000_000;

export interface OptionReach {
  /** A shortest route that chooses the option, ending with it. */
  witness: string[];
}

export interface Exploration {
  /** Distinct states: waiting at a decision, and at the end of play. */
  states: number;
  plays: bigint;
  shortest: number;
  longest: number;
  bounds: ScoreBounds;
  scenesReached: Set<string>;
  taken: Map<string, OptionReach>;
  /** Options never available in a scene that plays do reach, with the reasons. */
  never: Map<string, string[]>;
  findings: Findings;
}

export type ExploreOutcome = { complete: true; exploration: Exploration } | { complete: false; states: number };

const TWO32 = 4294967296;

/*
 * Route counts are exact at any size: each is held as `limbs` base-2^32 digits in doubles, enough
 * for the number of routes through the scene graph, which no count can exceed (requirements only
 * remove routes). The shipped scenarios need one digit; a 60-decision scenario needs three.
 */

/** Adds the count at `from` in `src` to the count at `to` in `dst`, digit by digit with carry. */
function addCount(dst: Float64Array, to: number, src: Float64Array, from: number, limbs: number): void {
  let carry = 0;
  for (let l = 0; l < limbs; l++) {
    const sum = dst[to + l]! + src[from + l]! + carry;
    carry = sum >= TWO32 ? 1 : 0;
    dst[to + l] = carry ? sum - TWO32 : sum;
  }
}

function copyCount(dst: Float64Array, to: number, src: Float64Array, from: number, limbs: number): void {
  for (let l = 0; l < limbs; l++) dst[to + l] = src[from + l]!;
}

function bigCount(counts: Float64Array, at: number, limbs: number): bigint {
  let value = 0n;
  for (let l = limbs - 1; l >= 0; l--) value = (value << 32n) + BigInt(counts[at + l]!);
  return value;
}

// Per state, in `ints`: fewest and most decisions on a route here, the previous state and the
// option chosen on a shortest route, then each dimension's lowest and then highest score so far.
const MIN = 0;
const MAX = 1;
const PARENT = 2;
const VIA = 3;
const SCORES = 4;

/**
 * The states waiting at one scene, with what is known of the routes to each. One array of counts
 * and one of integers, each state's numbers side by side: thousands of scenes each holding a few
 * arrays cost more in allocation than in arithmetic.
 */
class SceneStates {
  readonly table: KeyTable;
  layout: KeyLayout;
  /** Route counts, `limbs` digits per state. */
  counts: Float64Array;
  ints: Int32Array;
  readonly stride: number;

  constructor(
    layout: KeyLayout,
    readonly dims: number,
    readonly limbs: number,
    capacity = 64,
  ) {
    this.layout = layout;
    this.table = new KeyTable(layout.width, capacity);
    this.stride = SCORES + 2 * dims;
    this.counts = new Float64Array(limbs * capacity);
    this.ints = new Int32Array(this.stride * capacity);
  }

  /** Empties it for another scene whose keys are as wide; each state's numbers are set when it is added. */
  reuse(layout: KeyLayout): this {
    this.layout = layout;
    this.table.clear();
    return this;
  }

  /** Makes room for state `n`. */
  room(n: number): void {
    if (this.limbs * n < this.counts.length) return;
    const counts = new Float64Array(this.counts.length * 2);
    counts.set(this.counts);
    const ints = new Int32Array(this.ints.length * 2);
    ints.set(this.ints);
    this.counts = counts;
    this.ints = ints;
  }
}

/** A growable Int32Array. */
class Ints {
  data = new Int32Array(1024);
  set(i: number, v: number): void {
    if (i >= this.data.length) {
      const next = new Int32Array(Math.max(i + 1, this.data.length * 2));
      next.set(this.data);
      this.data = next;
    }
    this.data[i] = v;
  }
}

/** Told how many of the scenario's scenes are explored so far, every few scenes: the studio shows it. */
export type ExploreProgress = (scenesDone: number, scenes: number) => void;

export function explore(
  lookup: ScenarioLookup,
  graph: SceneGraph,
  ceiling = STATE_CEILING,
  progress?: ExploreProgress,
): ExploreOutcome {
  const model: FastModel = compileFast(lookup);
  const { scenario } = lookup;
  const K = model.dimensions.length;
  const T = model.stageCount;
  const sceneAt = new Map(model.scenes.map((s, i) => [s, i]));
  const live = liveFacts(graph, scenario);
  const endingFacts: LiveFacts = { flags: new Set(), relationships: new Set(), levels: new Set() };
  for (const e of scenario.endings) conditionFacts(e.when, endingFacts);
  const relief = reliefSlots(model);
  const layouts = model.scenes.map((id, i) => (live.has(id) ? sceneLayout(model, i, live.get(id)!, relief) : null));
  // Final states: route counts, and the state before the last choice on a shortest route.
  const limbs = Math.max(1, Math.ceil(graphFigures(graph, []).plays.toString(2).length / 32));
  const finals = new SceneStates(finalLayout(model, endingFacts), 0, limbs);
  const widest = Math.max(finals.layout.width, ...layouts.map((l) => l?.width ?? 0));
  const key = new Uint32Array(widest);
  const cur = new Int32Array(model.at.length);
  const next = new Int32Array(model.at.length);

  // A scene's states are dropped once it is done, and their arrays reused by the next scene
  // opened with keys as wide: allocating arrays for thousands of scenes costs more than exploring.
  const open: (SceneStates | undefined)[] = [];
  const done = new Map<number, SceneStates[]>();
  const statesAt = (scene: number): SceneStates => {
    const layout = layouts[scene]!;
    return (open[scene] ??= done.get(layout.width)?.pop()?.reuse(layout) ?? new SceneStates(layout, K, limbs));
  };
  let states = 0;

  // Per option: the state it is chosen from on a shortest route to it.
  const O = model.options.length;
  const oDepth = new Int32Array(O).fill(-1);
  const oFrom = new Int32Array(O);
  // Per scene: plays stuck there, and a shortest-route stuck state.
  const stuck = new Map<number, { counts: Float64Array; depth: number; from: number }>();

  // Shortest-route links of every state whose scene is done, by global number.
  const parent = new Ints();
  const via = new Ints();
  let shortest = Infinity;
  let longest = -Infinity;
  const boundMin = new Array<number>(K).fill(Infinity);
  const boundMax = new Array<number>(K).fill(-Infinity);

  const first = sceneAt.get(lookup.firstScene) ?? 0;
  if (!layouts[first]) return { complete: true, exploration: emptyExploration(model) };
  const root = statesAt(first);
  pack(root.layout, model.start(), key);
  root.table.intern(key);
  root.counts[0] = 1;
  root.ints[PARENT] = -1;
  root.ints[VIA] = -1;
  states = 1;

  let base = 0;
  const scenesReached = new Set<string>();
  const never = new Map<string, string[]>();
  for (const [explored, sceneId] of graph.order.entries()) {
    if (progress && explored % 50 === 0) progress(explored, graph.order.length);
    const s = sceneAt.get(sceneId)!;
    const here = open[s];
    if (!here) continue;
    scenesReached.add(sceneId);
    const n = here.table.size;
    const stage = model.sceneStage[s]!;
    const options = model.sceneOptions[s]!;
    const { counts, ints, stride } = here;
    for (let i = 0; i < n; i++) {
      const g = base + i;
      const at = i * stride;
      parent.set(g, ints[at + PARENT]!);
      via.set(g, ints[at + VIA]!);
      unpack(here.layout, here.table.keyAt(i, key), cur);
      const count = i * limbs;
      const dMin = ints[at + MIN]!;
      const dMax = ints[at + MAX]!;
      const scoreAt = at + SCORES;
      let any = false;
      for (const o of options) {
        if (o.requires && !o.requires(cur)) continue;
        any = true;
        if (oDepth[o.index]! < 0 || dMin < oDepth[o.index]!) {
          oDepth[o.index] = dMin;
          oFrom[o.index] = g;
        }
        next.set(cur);
        model.apply(next, o);
        const scores = o.scores;
        if (o.next >= 0) {
          model.advance(next, stage, model.sceneStage[o.next]!);
          const to = statesAt(o.next);
          pack(to.layout, next, key);
          const j = to.table.intern(key);
          if (to.table.added) {
            if (++states > ceiling) return { complete: false, states };
            to.room(j);
            const t = j * to.stride;
            const toInts = to.ints;
            copyCount(to.counts, j * limbs, counts, count, limbs);
            toInts[t + MIN] = dMin + 1;
            toInts[t + MAX] = dMax + 1;
            toInts[t + PARENT] = g;
            toInts[t + VIA] = o.index;
            for (let k = 0; k < K; k++) {
              toInts[t + SCORES + k] = ints[scoreAt + k]! + scores[k]!;
              toInts[t + SCORES + K + k] = ints[scoreAt + K + k]! + scores[k]!;
            }
            continue;
          }
          const t = j * to.stride;
          const toInts = to.ints;
          addCount(to.counts, j * limbs, counts, count, limbs);
          if (dMin + 1 < toInts[t + MIN]!) {
            toInts[t + MIN] = dMin + 1;
            toInts[t + PARENT] = g;
            toInts[t + VIA] = o.index;
          }
          if (dMax + 1 > toInts[t + MAX]!) toInts[t + MAX] = dMax + 1;
          for (let k = 0; k < K; k++) {
            const lowest = ints[scoreAt + k]! + scores[k]!;
            const highest = ints[scoreAt + K + k]! + scores[k]!;
            if (lowest < toInts[t + SCORES + k]!) toInts[t + SCORES + k] = lowest;
            if (highest > toInts[t + SCORES + K + k]!) toInts[t + SCORES + K + k] = highest;
          }
          continue;
        }
        // Play ends: the remaining stages still happen, then the endings judge the final state.
        model.advance(next, stage, T - 1);
        model.settle(next);
        pack(finals.layout, next, key);
        const f = finals.table.intern(key);
        const t = f * finals.stride;
        if (finals.table.added) {
          finals.room(f);
          copyCount(finals.counts, f * limbs, counts, count, limbs);
          finals.ints[t + MIN] = dMin + 1;
          finals.ints[t + PARENT] = g;
          finals.ints[t + VIA] = o.index;
        } else {
          addCount(finals.counts, f * limbs, counts, count, limbs);
          if (dMin + 1 < finals.ints[t + MIN]!) {
            finals.ints[t + MIN] = dMin + 1;
            finals.ints[t + PARENT] = g;
            finals.ints[t + VIA] = o.index;
          }
        }
        if (dMin + 1 < shortest) shortest = dMin + 1;
        if (dMax + 1 > longest) longest = dMax + 1;
        for (let k = 0; k < K; k++) {
          const lowest = ints[scoreAt + k]! + scores[k]!;
          const highest = ints[scoreAt + K + k]! + scores[k]!;
          if (lowest < boundMin[k]!) boundMin[k] = lowest;
          if (highest > boundMax[k]!) boundMax[k] = highest;
        }
      }
      if (!any) {
        // Stuck: a play that ends here counts with the decisions it made.
        const seen = stuck.get(s) ?? { counts: new Float64Array(limbs), depth: Infinity, from: g };
        addCount(seen.counts, 0, counts, count, limbs);
        if (dMin < seen.depth) Object.assign(seen, { depth: dMin, from: g });
        stuck.set(s, seen);
        if (dMin < shortest) shortest = dMin;
        if (dMax > longest) longest = dMax;
        for (let k = 0; k < K; k++) {
          if (ints[scoreAt + k]! < boundMin[k]!) boundMin[k] = ints[scoreAt + k]!;
          if (ints[scoreAt + K + k]! > boundMax[k]!) boundMax[k] = ints[scoreAt + K + k]!;
        }
      }
    }
    // An option never available where plays do arrive: watch its requirement over the states here.
    for (const o of options) {
      if (oDepth[o.index]! >= 0) continue;
      const requires = lookup.options.get(o.id)?.option.requires;
      if (!requires) continue;
      const watch = new RequirementWatch(model, requires);
      for (let i = 0; i < n; i++) {
        unpack(here.layout, here.table.keyAt(i, key), cur);
        watch.observe(cur);
      }
      never.set(o.id, watch.reasons());
    }
    open[s] = undefined;
    if (!done.has(here.layout.width)) done.set(here.layout.width, []);
    done.get(here.layout.width)!.push(here);
    base += n;
  }

  const routeTo = (g: number): string[] => {
    const route: string[] = [];
    for (let at = g; at >= 0 && parent.data[at]! !== -1; at = parent.data[at]!) route.push(model.options[via.data[at]!]!.id);
    return route.reverse();
  };
  const findings = new Findings();
  for (const [s, seen] of stuck)
    findings.deadEnd(model.scenes[s]!, bigCount(seen.counts, 0, limbs), seen.depth, () => routeTo(seen.from));
  let plays = [...stuck.values()].reduce((sum, seen) => sum + bigCount(seen.counts, 0, limbs), 0n);
  const final = new Int32Array(model.at.length);
  for (let f = 0; f < finals.table.size; f++) {
    unpack(finals.layout, finals.table.keyAt(f, key), final);
    const matched = model.endings.filter((e) => e.when(final)).map((e) => e.id);
    const total = final[model.at.total]!;
    const count = bigCount(finals.counts, f * limbs, limbs);
    plays += count;
    const t = f * finals.stride;
    const from = finals.ints[t + PARENT]!;
    const last = model.options[finals.ints[t + VIA]!]!.id;
    findings.final(matched, total, count, finals.ints[t + MIN]!, () => [...routeTo(from), last]);
  }
  const taken = new Map<string, OptionReach>();
  for (const o of model.options) if (oDepth[o.index]! >= 0) taken.set(o.id, { witness: [...routeTo(oFrom[o.index]!), o.id] });
  return {
    complete: true,
    exploration: {
      states: states + finals.table.size,
      plays,
      shortest: Number.isFinite(shortest) ? shortest : 0,
      longest: Number.isFinite(longest) ? longest : 0,
      bounds: Object.fromEntries(
        model.dimensions.map((d, k) => [
          d,
          { min: Number.isFinite(boundMin[k]) ? boundMin[k]! : 0, max: Number.isFinite(boundMax[k]) ? boundMax[k]! : 0 },
        ]),
      ),
      scenesReached,
      taken,
      never,
      findings,
    },
  };
}

function emptyExploration(model: FastModel): Exploration {
  return {
    states: 0,
    plays: 0n,
    shortest: 0,
    longest: 0,
    bounds: Object.fromEntries(model.dimensions.map((d) => [d, { min: 0, max: 0 }])),
    scenesReached: new Set(),
    taken: new Map(),
    never: new Map(),
    findings: new Findings(),
  };
}
