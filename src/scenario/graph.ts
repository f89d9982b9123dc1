import type { Condition, Option, Scenario, ScoreBounds } from './types';

/*
 * Dynamic programming over the scene graph (scenes as nodes, options as edges), ignoring
 * requirements. Linear in scenes + options, so it copes with any size; where the real state
 * space is too big to explore, these figures are the honest outer bounds.
 */

export interface SceneEdge {
  option: Option;
  index: number;
  /** Next scene, or null when the option ends play. */
  next: string | null;
}

export interface SceneGraph {
  first: string;
  edges: Map<string, SceneEdge[]>;
  /** Scenes reachable from the first, in topological order; empty if there is a cycle. */
  order: string[];
  reachable: Set<string>;
  /** An option that closes a loop, with the loop's scenes. */
  cycle: { scene: string; index: number; loop: string[] } | null;
}

export function buildSceneGraph(scenario: Scenario): SceneGraph {
  const ids = Object.keys(scenario.scenes);
  const first = ids[0] ?? '';
  const edges = new Map<string, SceneEdge[]>();
  for (const id of ids) {
    const options = scenario.scenes[id]?.decision.options ?? [];
    edges.set(
      id,
      options.map((option, index) => ({ option, index, next: option.next ?? null })),
    );
  }
  // Iterative depth-first search: post-order gives a topological order, a grey target a loop.
  const colour = new Map<string, 'grey' | 'black'>();
  const post: string[] = [];
  let cycle: SceneGraph['cycle'] = null;
  const stack: { id: string; at: number }[] = [];
  const visit = (start: string) => {
    stack.push({ id: start, at: 0 });
    colour.set(start, 'grey');
    while (stack.length) {
      const top = stack[stack.length - 1]!;
      const out = edges.get(top.id) ?? [];
      if (top.at < out.length) {
        const edge = out[top.at++]!;
        if (edge.next === null || !edges.has(edge.next)) continue;
        const c = colour.get(edge.next);
        if (c === 'grey' && !cycle) {
          const from = stack.findIndex((f) => f.id === edge.next);
          cycle = { scene: top.id, index: edge.index, loop: [...stack.slice(from).map((f) => f.id), edge.next] };
        } else if (c === undefined) {
          colour.set(edge.next, 'grey');
          stack.push({ id: edge.next, at: 0 });
        }
      } else {
        colour.set(top.id, 'black');
        post.push(top.id);
        stack.pop();
      }
    }
  };
  if (edges.has(first)) visit(first);
  const reachable = new Set(post);
  return { first, edges, order: cycle ? [] : post.reverse(), reachable, cycle };
}

/** Plays, lengths and per-dimension score ranges of every route onward from one point. */
export interface RouteFigures<P> {
  plays: P;
  shortest: number;
  longest: number;
  min: number[];
  max: number[];
}

/**
 * Folds one more choice into the figures of the routes from a point: `rest` is what follows the
 * choice, `scores` what the choice itself scores. Play counts are generic (`add`) so a caller can
 * choose their type; over the scene graph they are bigint, as route counts overflow numbers.
 */
export function addRoute<P>(acc: RouteFigures<P> | null, rest: RouteFigures<P>, scores: readonly number[], add: (a: P, b: P) => P): RouteFigures<P> {
  const min = rest.min.map((v, i) => v + scores[i]!);
  const max = rest.max.map((v, i) => v + scores[i]!);
  if (!acc) return { plays: rest.plays, shortest: rest.shortest + 1, longest: rest.longest + 1, min, max };
  return {
    plays: add(acc.plays, rest.plays),
    shortest: Math.min(acc.shortest, rest.shortest + 1),
    longest: Math.max(acc.longest, rest.longest + 1),
    min: acc.min.map((v, i) => Math.min(v, min[i]!)),
    max: acc.max.map((v, i) => Math.max(v, max[i]!)),
  };
}

export interface GraphFigures {
  plays: bigint;
  shortest: number;
  longest: number;
  bounds: ScoreBounds;
}

/** Counts, lengths and score bounds over every route from the first scene (requirements ignored). */
export function graphFigures(graph: SceneGraph, dimensions: readonly string[]): GraphFigures {
  type Suffix = RouteFigures<bigint>;
  const memo = new Map<string, Suffix>();
  const zero = (): Suffix => ({ plays: 1n, shortest: 0, longest: 0, min: dimensions.map(() => 0), max: dimensions.map(() => 0) });
  for (const id of [...graph.order].reverse()) {
    let acc: Suffix | null = null;
    for (const edge of graph.edges.get(id) ?? []) {
      const rest = edge.next === null ? zero() : memo.get(edge.next);
      if (!rest) continue;
      const scores = dimensions.map((d) => edge.option.scores[d] ?? 0);
      acc = addRoute(acc, rest, scores, (a, b) => a + b);
    }
    memo.set(id, acc ?? zero());
  }
  const top = memo.get(graph.first) ?? zero();
  return {
    plays: top.plays,
    shortest: top.shortest,
    longest: top.longest,
    bounds: Object.fromEntries(dimensions.map((d, i) => [d, { min: top.min[i] ?? 0, max: top.max[i] ?? 0 }])),
  };
}

/**
 * Flags that may have been set (some route) and must have been set (every route) on arrival at
 * each scene. Sound whatever the requirements do: used to prove a guard can never pass.
 */
export function flagFacts(graph: SceneGraph): { may: Map<string, Set<string>>; must: Map<string, Set<string>> } {
  const may = new Map<string, Set<string>>([[graph.first, new Set()]]);
  const must = new Map<string, Set<string>>([[graph.first, new Set()]]);
  for (const id of graph.order) {
    const inMay = may.get(id) ?? new Set<string>();
    const inMust = must.get(id) ?? new Set<string>();
    for (const edge of graph.edges.get(id) ?? []) {
      if (edge.next === null) continue;
      const set = edge.option.effects.flags;
      const outMay = new Set([...inMay, ...set]);
      const outMust = new Set([...inMust, ...set]);
      const prevMay = may.get(edge.next);
      const prevMust = must.get(edge.next);
      may.set(edge.next, prevMay ? new Set([...prevMay, ...outMay]) : outMay);
      must.set(edge.next, prevMust ? new Set([...prevMust].filter((f) => outMust.has(f))) : outMust);
    }
  }
  return { may, must };
}

/** Three-valued evaluation from flag facts alone: levels and relationships count as unknown. */
export function mayHold(condition: Condition, may: ReadonlySet<string>, must: ReadonlySet<string>): boolean | 'unknown' {
  if ('flag' in condition) return !may.has(condition.flag) ? false : must.has(condition.flag) ? true : 'unknown';
  if ('all' in condition) {
    const parts = condition.all.map((c) => mayHold(c, may, must));
    return parts.includes(false) ? false : parts.every((p) => p === true) ? true : 'unknown';
  }
  if ('any' in condition) {
    const parts = condition.any.map((c) => mayHold(c, may, must));
    return parts.includes(true) ? true : parts.every((p) => p === false) ? false : 'unknown';
  }
  if ('not' in condition) {
    const inner = mayHold(condition.not, may, must);
    return inner === 'unknown' ? inner : !inner;
  }
  return 'unknown';
}

/** Flags, relationships and levels (domains, `total`, `highest`) a condition looks at. */
export function conditionFacts(condition: Condition, into: LiveFacts): void {
  if ('flag' in condition) into.flags.add(condition.flag);
  else if ('relationship' in condition) into.relationships.add(condition.relationship);
  else if ('level' in condition) into.levels?.add(condition.level);
  else if ('all' in condition) condition.all.forEach((c) => conditionFacts(c, into));
  else if ('any' in condition) condition.any.forEach((c) => conditionFacts(c, into));
  else if ('not' in condition) conditionFacts(condition.not, into);
}

export interface LiveFacts {
  flags: Set<string>;
  relationships: Set<string>;
  /** Collected only where wanted (the endings'). */
  levels?: Set<string>;
}

/**
 * For each reachable scene, the flags and relationships that a requirement at or after it, or an
 * ending, still tests. Whatever else a play has set cannot change what happens from there on,
 * so the analysis forgets it there and plays that differ only in it become one state.
 */
export function liveFacts(graph: SceneGraph, scenario: Scenario): Map<string, LiveFacts> {
  const endings: LiveFacts = { flags: new Set(), relationships: new Set() };
  for (const e of scenario.endings) conditionFacts(e.when, endings);
  const live = new Map<string, LiveFacts>();
  for (const id of [...graph.order].reverse()) {
    const here: LiveFacts = { flags: new Set(endings.flags), relationships: new Set(endings.relationships) };
    for (const edge of graph.edges.get(id) ?? []) {
      if (edge.option.requires) conditionFacts(edge.option.requires, here);
      const later = edge.next === null ? undefined : live.get(edge.next);
      later?.flags.forEach((f) => here.flags.add(f));
      later?.relationships.forEach((r) => here.relationships.add(r));
    }
    live.set(id, here);
  }
  return live;
}
