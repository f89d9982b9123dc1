import {
  debrief,
  mixCategory,
  type EngineSnapshot,
  type MixCategory,
  type Option,
  type ScenarioEngine,
} from '../scenario/runtime';
import { letter, roomSnapshot, type RoomDecision, type RoomState } from './room';

/*
 * Side-by-side comparison of the routes a room has tried: what another choice at the same point
 * led to, and how each route ended. Routes that stopped part-way are compared as far as they went.
 */

export interface RouteOutcome {
  decisions: number;
  ending: { title: string; tone: string } | null;
  /** The scene the route stopped at, when the room stepped back before the end. */
  stoppedAt: string | null;
  /** Total vulnerability across the child's domains where the route ended or stopped (lower is better). */
  vulnerability: number;
  stagesWaited: number;
  critical: number;
}

export interface Alternative {
  option: Option;
  letter: string;
  votes: Record<string, number>;
  picked: boolean;
  outcome: RouteOutcome;
}

export interface RouteSummary {
  /** "This route" for the one on screen; "Route 1", "Route 2"… for earlier ones. */
  name: string;
  current: boolean;
  /** The option letters chosen, in order: "B A C". */
  letters: string;
  outcome: RouteOutcome;
  /** Normalised dimension scores (null where not assessed); only for routes that reached an ending. */
  scores: Record<string, number | null> | null;
  /** The room's tallies, decision by decision: "A 2 · B 14 · C 8", or "pick" where the facilitator chose. */
  votes: string[];
}

/** One decision's tally in letter order, e.g. "A 2 · B 14 · C 8"; empty when nobody voted. */
export function tallyLine(options: readonly { id: string }[], votes: Record<string, number>): string {
  if (!Object.values(votes).some((n) => n > 0)) return '';
  return options.map((o, i) => `${letter(i)} ${votes[o.id] ?? 0}`).join(' · ');
}

export interface EarlierTally {
  /** The letter the room went with that time. */
  chose: string;
  votes: Record<string, number>;
  line: string;
}

/**
 * For the decision being voted on again: the tallies the room gave it on the routes it stepped
 * back from, latest first, so the presenter can compare them or use them again.
 */
export function earlierTallies(engine: ScenarioEngine, state: RoomState): EarlierTally[] {
  if (state.phase !== 'voting') return [];
  const n = state.path.length;
  const scene = roomSnapshot(engine, state.path).context.scene;
  const options = scene ? engine.payload.scenario.scenes[scene]!.decision.options : [];
  const found: EarlierTally[] = [];
  for (const branch of [...state.branches].reverse()) {
    const then = branch[n];
    if (!then || !branch.slice(0, n).every((d, i) => d.option === state.path[i]!.option)) continue;
    const line = tallyLine(options, then.votes);
    if (!line) continue;
    found.push({ chose: letter(options.findIndex((o) => o.id === then.option)), votes: then.votes, line });
  }
  return found;
}

function outcome(engine: ScenarioEngine, snapshot: EngineSnapshot): RouteOutcome {
  const result = debrief(engine, snapshot);
  const scene = snapshot.context.scene;
  return {
    decisions: snapshot.context.log.length,
    ending: result.ending ? { title: result.ending.title, tone: result.ending.tone } : null,
    stoppedAt: result.ending || !scene ? null : (engine.payload.scenario.scenes[scene]?.title ?? null),
    vulnerability: result.vulnerability.end,
    stagesWaited: result.stagesWaited,
    critical: result.critical.length,
  };
}

/** The letters of a route's choices, each by its place in its own scene. */
export function routeLetters(engine: ScenarioEngine, snapshot: EngineSnapshot): string {
  const scenes = engine.payload.scenario.scenes;
  return snapshot.context.log.map((d) => letter(scenes[d.scene]!.decision.options.findIndex((o) => o.id === d.option))).join(' ');
}

/**
 * For the consequence on screen: what the room chose at the same point on earlier routes, when it
 * chose differently, and where each of those routes went.
 */
export function alternativesHere(engine: ScenarioEngine, state: RoomState): Alternative[] {
  const n = state.path.length;
  if (n === 0) return [];
  const here = state.path[n - 1]!;
  const sceneId = roomSnapshot(engine, state.path).context.log[n - 1]?.scene;
  const options = sceneId ? engine.payload.scenario.scenes[sceneId]!.decision.options : [];
  const samePrefix = (b: RoomDecision[]) =>
    b.length >= n && b.slice(0, n - 1).every((d, i) => d.option === state.path[i]!.option);
  const seen = new Set([here.option]);
  const found: Alternative[] = [];
  for (const branch of [...state.branches].reverse()) {
    if (!samePrefix(branch)) continue;
    const other = branch[n - 1]!;
    if (seen.has(other.option)) continue;
    seen.add(other.option);
    const index = options.findIndex((o) => o.id === other.option);
    if (index < 0) continue;
    found.push({
      option: options[index]!,
      letter: letter(index),
      votes: other.votes,
      picked: other.picked,
      outcome: outcome(engine, roomSnapshot(engine, branch)),
    });
  }
  return found.sort((a, b) => a.letter.localeCompare(b.letter));
}

/** The route on screen and every earlier route, for the group debrief. */
export function routes(engine: ScenarioEngine, state: RoomState): RouteSummary[] {
  const summarise = (path: readonly RoomDecision[], name: string, current: boolean): RouteSummary => {
    const snapshot = roomSnapshot(engine, path);
    const result = outcome(engine, snapshot);
    const scores = result.ending
      ? Object.fromEntries(debrief(engine, snapshot).dimensions.map((d) => [d.id, d.normalised]))
      : null;
    const votes = snapshot.context.log.map((d, i) => {
      const options = engine.payload.scenario.scenes[d.scene]!.decision.options;
      return tallyLine(options, path[i]!.votes) || (path[i]!.picked ? 'pick' : '—');
    });
    return { name, current, letters: routeLetters(engine, snapshot), outcome: result, scores, votes };
  };
  return [summarise(state.path, 'This route', true), ...state.branches.map((b, i) => summarise(b, `Route ${i + 1}`, false))];
}

export interface TalliedDecision {
  sceneTitle: string;
  letter: string;
  label: string;
  /** The option's kind, or `critical` when it was a critical safeguarding error. */
  kind: MixCategory;
  picked: boolean;
  /** Every option's count, in letter order (zero where nobody voted). */
  tallies: { letter: string; label: string; count: number }[];
  total: number;
}

/** The room's decisions with the votes behind each: the record the group debrief shows. */
export function talliedDecisions(engine: ScenarioEngine, path: readonly RoomDecision[]): TalliedDecision[] {
  const log = roomSnapshot(engine, path).context.log;
  return log.map((d, i) => {
    const scene = engine.payload.scenario.scenes[d.scene]!;
    const options = scene.decision.options;
    const index = options.findIndex((o) => o.id === d.option);
    const votes = path[i]?.votes ?? {};
    const tallies = options.map((o, j) => ({ letter: letter(j), label: o.label, count: votes[o.id] ?? 0 }));
    return {
      sceneTitle: scene.title,
      letter: letter(index),
      label: options[index]!.label,
      kind: mixCategory({ kind: options[index]!.kind, critical: options[index]!.critical !== undefined }),
      picked: path[i]?.picked ?? false,
      tallies,
      total: tallies.reduce((sum, t) => sum + t.count, 0),
    };
  });
}
