import { currentScene, optionsNow, replay, type EngineSnapshot, type OptionView, type ScenarioEngine } from '../scenario/runtime';

/*
 * A room playing one scenario together: the facilitator enters the room's votes, the most-voted
 * option (or the facilitator's own pick) is played, and the room can step back or rewind to try
 * another branch. The state is plain JSON, so it can be saved in the presenter's browser and sent
 * as it is to the audience window; the engine rebuilds the play from the path whenever needed.
 */

export const ROOM_FORMAT = 1;

export type RoomPhase = 'intro' | 'voting' | 'consequence' | 'debrief';

export interface RoomDecision {
  option: string;
  /** The room's tallies at this decision, by option id; kept with the run for the debrief. */
  votes: Record<string, number>;
  /** The facilitator chose the option instead of the vote deciding. */
  picked: boolean;
}

export interface RoomState {
  format: typeof ROOM_FORMAT;
  scenarioId: string;
  hash: string;
  phase: RoomPhase;
  /** The decisions the room has made, in order. */
  path: RoomDecision[];
  /** Tallies for the decision still to be made. */
  votes: Record<string, number>;
  /** The facilitator's own choice for that decision, overriding the vote. */
  pick: string | null;
  /** Earlier paths the room stepped back from, kept so consequences can be compared. */
  branches: RoomDecision[][];
  /** Which of the phase's projector screens is showing (see `audienceSteps`); 0 on every new phase. */
  step: number;
  /** How many people are in the room, when the facilitator says, so a miscount can be flagged. */
  roomSize: number | null;
}

export type RoomAction =
  | { type: 'next' }
  | { type: 'back' }
  | { type: 'reveal' }
  | { type: 'vote'; option: string; delta: number }
  | { type: 'set-votes'; option: string; count: number }
  | { type: 'pick'; option: string | null }
  | { type: 'replace-votes'; votes: Record<string, number> }
  | { type: 'rewind'; keep: number }
  | { type: 'show'; step: number }
  | { type: 'room-size'; size: number | null }
  | { type: 'restart' };

export type Verdict =
  { ok: true; option: string; by: 'pick' | 'votes' } | { ok: false; reason: 'no-votes' | 'tie'; tied: string[] };

export type RoomResult = { ok: true; state: RoomState } | { ok: false; state: RoomState; message: string };

/** At most this many earlier paths are kept; a morning's session rarely needs more. */
const MAX_BRANCHES = 12;
const MAX_VOTES = 999;
const MAX_ROOM = 999;

/** Options are lettered by their place in the scene, the same on every screen: A, B, C… */
export const letter = (index: number): string => String.fromCharCode(65 + index);

export function newRoom(engine: ScenarioEngine): RoomState {
  const { scenario, hash } = engine.payload;
  return {
    format: ROOM_FORMAT,
    scenarioId: scenario.id,
    hash,
    phase: 'intro',
    path: [],
    votes: {},
    pick: null,
    branches: [],
    step: 0,
    roomSize: null,
  };
}

export const roomSnapshot = (engine: ScenarioEngine, path: readonly RoomDecision[]): EngineSnapshot =>
  replay(
    engine,
    path.map((d) => d.option),
  ).snapshot;

/** The options of the decision on screen, lettered, with their tallies. */
export function ballot(engine: ScenarioEngine, state: RoomState): (OptionView & { letter: string; votes: number })[] {
  return optionsNow(engine, roomSnapshot(engine, state.path)).map((o, i) => ({
    ...o,
    letter: letter(i),
    votes: o.available ? (state.votes[o.id] ?? 0) : 0,
  }));
}

/** Which option the room has chosen: the facilitator's pick, else the single most-voted option. */
export function verdict(engine: ScenarioEngine, state: RoomState): Verdict {
  const options = ballot(engine, state).filter((o) => o.available);
  if (state.pick && options.some((o) => o.id === state.pick)) return { ok: true, option: state.pick, by: 'pick' };
  const top = Math.max(0, ...options.map((o) => o.votes));
  if (top === 0) return { ok: false, reason: 'no-votes', tied: [] };
  const leaders = options.filter((o) => o.votes === top);
  if (leaders.length > 1) return { ok: false, reason: 'tie', tied: leaders.map((o) => o.id) };
  return { ok: true, option: leaders[0]!.id, by: 'votes' };
}

const sameRoute = (a: readonly RoomDecision[], b: readonly RoomDecision[], n: number) =>
  a.length >= n && b.length >= n && a.slice(0, n).every((d, i) => d.option === b[i]!.option);

/** Keeps `path` for comparison, unless an earlier path already walked it; drops paths it extends. */
export function keepBranch(branches: readonly RoomDecision[][], path: readonly RoomDecision[]): RoomDecision[][] {
  if (path.length === 0 || branches.some((b) => sameRoute(b, path, path.length))) return [...branches];
  const rest = branches.filter((b) => !sameRoute(path, b, b.length));
  return [...rest, [...path]].slice(-MAX_BRANCHES);
}

/**
 * Goes back to decision `index` with an empty tally: a vote taken again is the room's view now,
 * not the old count with new hands added on top. The path left behind keeps its tallies, so the
 * presenter can still see them (and reuse them), and the route comparison shows them.
 */
function reopen(state: RoomState, index: number): RoomState {
  return {
    ...state,
    phase: 'voting',
    step: 0,
    branches: keepBranch(state.branches, state.path),
    path: state.path.slice(0, index),
    votes: {},
    pick: null,
  };
}

const count = (wanted: number, max: number) => Math.max(0, Math.min(max, Math.round(Number.isFinite(wanted) ? wanted : 0)));

const fail = (state: RoomState, message: string): RoomResult => ({ ok: false, state, message });

export function act(engine: ScenarioEngine, state: RoomState, action: RoomAction): RoomResult {
  const ok = (next: RoomState): RoomResult => ({ ok: true, state: next });
  const ended = () => roomSnapshot(engine, state.path).status === 'done';

  switch (action.type) {
    case 'next':
      if (state.phase === 'intro') return ok({ ...state, step: 0, phase: state.path.length && ended() ? 'debrief' : 'voting' });
      if (state.phase === 'consequence') return ok({ ...state, step: 0, phase: ended() ? 'debrief' : 'voting' });
      return fail(state, state.phase === 'voting' ? 'Reveal a choice first.' : 'Play has ended.');

    case 'back':
      if (state.phase === 'debrief') return ok({ ...state, step: 0, phase: 'consequence' });
      if (state.phase === 'consequence') return ok(reopen(state, state.path.length - 1));
      if (state.phase === 'voting') return ok({ ...state, step: 0, phase: state.path.length ? 'consequence' : 'intro' });
      return fail(state, 'This is the beginning.');

    case 'rewind': {
      if (state.phase === 'intro' || action.keep < 0 || action.keep >= state.path.length)
        return fail(state, 'There is no such decision to go back to.');
      return ok(reopen(state, action.keep));
    }

    case 'vote':
    case 'set-votes': {
      if (state.phase !== 'voting') return fail(state, 'Votes can only be entered while the room is deciding.');
      const option = ballot(engine, state).find((o) => o.id === action.option);
      if (!option) return fail(state, 'That option is not part of this decision.');
      if (!option.available)
        return fail(state, `Option ${option.letter} is not open yet: ${option.reason ?? 'its conditions are not met'}.`);
      const wanted = action.type === 'vote' ? option.votes + action.delta : action.count;
      return ok({ ...state, votes: { ...state.votes, [action.option]: count(wanted, MAX_VOTES) } });
    }

    case 'replace-votes': {
      if (state.phase !== 'voting') return fail(state, 'Votes can only be entered while the room is deciding.');
      const open = new Set(
        ballot(engine, state)
          .filter((o) => o.available)
          .map((o) => o.id),
      );
      const votes: Record<string, number> = {};
      for (const [id, n] of Object.entries(action.votes)) if (open.has(id) && n > 0) votes[id] = count(n, MAX_VOTES);
      return ok({ ...state, votes });
    }

    case 'show':
      if (!Number.isInteger(action.step) || action.step < 0) return fail(state, 'There is no such screen.');
      return ok({ ...state, step: action.step });

    case 'room-size':
      return ok({ ...state, roomSize: action.size === null || action.size < 1 ? null : count(action.size, MAX_ROOM) });

    case 'pick': {
      if (state.phase !== 'voting') return fail(state, 'An option can only be picked while the room is deciding.');
      if (action.option === null) return ok({ ...state, pick: null });
      const option = ballot(engine, state).find((o) => o.id === action.option);
      if (!option?.available) return fail(state, 'That option cannot be chosen now.');
      return ok({ ...state, pick: action.option });
    }

    case 'reveal': {
      if (state.phase !== 'voting') return fail(state, 'There is no decision waiting to be revealed.');
      const chosen = verdict(engine, state);
      if (!chosen.ok) {
        const letters = ballot(engine, state)
          .filter((o) => chosen.tied.includes(o.id))
          .map((o) => o.letter);
        return fail(
          state,
          chosen.reason === 'tie'
            ? `Options ${letters.join(' and ')} have the same number of votes: pick one, or take another vote.`
            : 'No votes yet: enter the room’s votes or pick an option.',
        );
      }
      const votes = Object.fromEntries(Object.entries(state.votes).filter(([, n]) => n > 0));
      const path = [...state.path, { option: chosen.option, votes, picked: chosen.by === 'pick' }];
      return ok({ ...state, phase: 'consequence', step: 0, path, votes: {}, pick: null });
    }

    case 'restart':
      return ok({
        ...state,
        phase: 'intro',
        step: 0,
        branches: keepBranch(state.branches, state.path),
        path: [],
        votes: {},
        pick: null,
      });
  }
}

/** The scene the room is deciding on, or the one whose consequence is showing. */
export function sceneOnShow(engine: ScenarioEngine, state: RoomState) {
  const path = state.phase === 'consequence' || state.phase === 'debrief' ? state.path.slice(0, -1) : state.path;
  return currentScene(engine, roomSnapshot(engine, path));
}
