import { describe, expect, it } from 'vitest';
import { isRoomMessage } from '../../../src/facilitation/channel';
import { alternativesHere, earlierTallies, routes } from '../../../src/facilitation/compare';
import {
  act,
  ballot,
  keepBranch,
  newRoom,
  roomSnapshot,
  verdict,
  type RoomAction,
  type RoomState,
} from '../../../src/facilitation/room';
import { restoreRoom } from '../../../src/facilitation/room-restore';
import { clock, newTimer, pauseTimer, remaining, resetTimer, running, spoken, startTimer } from '../../../src/facilitation/timer';
import type { ScenarioEngine } from '../../../src/scenario/compile';
import { optionsNow } from '../../../src/scenario/queries';
import { replay, startSnapshot, step, type EngineSnapshot } from '../../../src/scenario/replay';
import { shippedEngines } from './helpers';

const engine: ScenarioEngine = shippedEngines().get('sami')!;
const best = engine.payload.scenario.bestPath ?? [];

/** Applies actions in order, failing the test on any refusal. */
function run(state: RoomState, ...actions: RoomAction[]): RoomState {
  for (const action of actions) {
    const r = act(engine, state, action);
    if (!r.ok) throw new Error(`${action.type} refused: ${r.message}`);
    state = r.state;
  }
  return state;
}

/** The room votes the given option to a clear majority and reveals it. */
const voteFor = (state: RoomState, option: string): RoomState =>
  run(state, { type: 'set-votes', option, count: 7 }, { type: 'reveal' });

/** A state reached by some play where an option is shown but not yet open. */
function withClosedOption(): { snapshot: EngineSnapshot; closed: string } {
  const queue: EngineSnapshot[] = [startSnapshot(engine)];
  while (queue.length) {
    const s = queue.shift()!;
    const options = optionsNow(engine, s);
    const closed = options.find((o) => !o.available);
    if (closed) return { snapshot: s, closed: closed.id };
    for (const o of options.filter((x) => x.available)) {
      const n = step(engine, s, o.id);
      if (n && n.status === 'active') queue.push(n);
    }
  }
  throw new Error('no closed option anywhere');
}

describe('a room deciding by vote', () => {
  it('starts at the introduction and moves to the first decision', () => {
    const room = newRoom(engine);
    expect(room.phase).toBe('intro');
    expect(run(room, { type: 'next' }).phase).toBe('voting');
  });

  it('letters the options in scene order and counts votes without going below zero', () => {
    let room = run(newRoom(engine), { type: 'next' });
    const [a, b] = ballot(engine, room);
    expect([a!.letter, b!.letter]).toEqual(['A', 'B']);
    room = run(
      room,
      { type: 'vote', option: a!.id, delta: 1 },
      { type: 'vote', option: a!.id, delta: 1 },
      { type: 'vote', option: b!.id, delta: -1 },
    );
    expect(
      ballot(engine, room)
        .map((o) => o.votes)
        .slice(0, 2),
    ).toEqual([2, 0]);
    room = run(room, { type: 'set-votes', option: b!.id, count: 4.6 });
    expect(ballot(engine, room)[1]!.votes).toBe(5);
    room = run(room, { type: 'set-votes', option: b!.id, count: Number.NaN });
    expect(ballot(engine, room)[1]!.votes).toBe(0);
  });

  it('refuses to reveal with no votes, and names the tied options', () => {
    let room = run(newRoom(engine), { type: 'next' });
    const refused = act(engine, room, { type: 'reveal' });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.message).toMatch(/No votes yet/);
    const [a, , c] = ballot(engine, room);
    room = run(room, { type: 'set-votes', option: a!.id, count: 3 }, { type: 'set-votes', option: c!.id, count: 3 });
    const tie = act(engine, room, { type: 'reveal' });
    expect(tie.ok).toBe(false);
    if (!tie.ok) expect(tie.message).toContain('Options A and C');
    expect(verdict(engine, room)).toMatchObject({ ok: false, reason: 'tie' });
  });

  it('plays the most-voted option and keeps the tallies with the decision', () => {
    let room = run(newRoom(engine), { type: 'next' });
    const [a, b] = ballot(engine, room);
    room = run(
      room,
      { type: 'set-votes', option: a!.id, count: 2 },
      { type: 'set-votes', option: b!.id, count: 9 },
      { type: 'reveal' },
    );
    expect(room.phase).toBe('consequence');
    expect(room.path).toEqual([{ option: b!.id, votes: { [a!.id]: 2, [b!.id]: 9 }, picked: false }]);
    expect(room.votes).toEqual({});
    expect(roomSnapshot(engine, room.path).context.log.map((d) => d.option)).toEqual([b!.id]);
  });

  it("plays the facilitator's pick over the vote", () => {
    let room = run(newRoom(engine), { type: 'next' });
    const [a, b] = ballot(engine, room);
    room = run(room, { type: 'set-votes', option: a!.id, count: 9 }, { type: 'pick', option: b!.id }, { type: 'reveal' });
    expect(room.path[0]).toMatchObject({ option: b!.id, picked: true });
  });

  it('will not take votes for an option that is not open yet, and says why', () => {
    const { snapshot, closed } = withClosedOption();
    const room: RoomState = {
      ...newRoom(engine),
      phase: 'voting',
      path: snapshot.context.log.map((d) => ({ option: d.option, votes: {}, picked: true })),
    };
    const r = act(engine, room, { type: 'vote', option: closed, delta: 1 });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/is not open yet/);
    expect(act(engine, room, { type: 'pick', option: closed }).ok).toBe(false);
  });

  it('plays the best path to the debrief through votes alone', () => {
    let room = run(newRoom(engine), { type: 'next' });
    for (const option of best) {
      room = voteFor(room, option);
      room = run(room, { type: 'next' });
    }
    expect(room.phase).toBe('debrief');
    expect(roomSnapshot(engine, room.path).context.ending).toBe(replay(engine, best).snapshot.context.ending);
    expect(act(engine, room, { type: 'next' }).ok).toBe(false);
  });
});

describe('stepping back and trying another branch', () => {
  it('back from a consequence reopens the vote with a fresh tally, and the first try is kept to compare', () => {
    let room = run(newRoom(engine), { type: 'next' });
    const [a, b] = ballot(engine, room);
    room = voteFor(room, a!.id);
    room = run(room, { type: 'back' });
    expect(room.phase).toBe('voting');
    expect(room.path).toEqual([]);
    expect(room.votes).toEqual({});
    expect(room.branches).toHaveLength(1);
    expect(earlierTallies(engine, room)).toEqual([{ chose: 'A', votes: { [a!.id]: 7 }, line: 'A 7 · B 0 · C 0' }]);

    room = run(room, { type: 'set-votes', option: b!.id, count: 5 }, { type: 'reveal' });
    expect(room.path[0]!.votes).toEqual({ [b!.id]: 5 });
    const alternatives = alternativesHere(engine, room);
    expect(alternatives.map((x) => x.letter)).toEqual(['A']);
    expect(alternatives[0]!.votes).toEqual({ [a!.id]: 7 });
    expect(alternatives[0]!.outcome.stoppedAt).toBeTruthy();
  });

  it('back walks through the screens in reverse: debrief, consequence, vote, previous consequence, introduction', () => {
    let room = run(newRoom(engine), { type: 'next' });
    room = run(voteFor(room, best[0]!), { type: 'next' });
    expect(room.phase).toBe('voting');
    room = run(room, { type: 'back' });
    expect(room.phase).toBe('consequence');
    expect(room.path).toHaveLength(1);
    room = run(room, { type: 'back' }, { type: 'back' });
    expect(room.phase).toBe('intro');
    expect(act(engine, room, { type: 'back' }).ok).toBe(false);
  });

  it('rewinds to an earlier decision, keeping the abandoned route and comparing finished routes', () => {
    let room = run(newRoom(engine), { type: 'next' });
    for (const option of best) room = run(voteFor(room, option), { type: 'next' });
    room = run(room, { type: 'rewind', keep: 1 });
    expect(room.phase).toBe('voting');
    expect(room.path.map((d) => d.option)).toEqual(best.slice(0, 1));
    // A fresh tally: the room's earlier count is shown to the presenter, not carried into this vote.
    expect(room.votes).toEqual({});
    expect(earlierTallies(engine, room).map((e) => e.votes)).toEqual([{ [best[1]!]: 7 }]);

    // Finish differently: the facilitator picks an open option off the best path wherever there is one.
    while (room.phase !== 'debrief') {
      if (room.phase === 'consequence') {
        room = run(room, { type: 'next' });
        continue;
      }
      const open = ballot(engine, room).filter((o) => o.available);
      const other = open.find((o) => o.id !== best[room.path.length]) ?? open[0]!;
      room = run(room, { type: 'pick', option: other.id }, { type: 'reveal' });
    }
    const all = routes(engine, room);
    expect(all).toHaveLength(2);
    expect(all[0]).toMatchObject({ name: 'This route', current: true });
    expect(all[1]!.outcome.ending?.tone).toBe('positive');
    expect(all[1]!.letters.split(' ')).toHaveLength(best.length);
    expect(all[1]!.scores).not.toBeNull();
    expect(all[0]!.letters).not.toBe(all[1]!.letters);
  });

  it('does not keep a route twice, nor a route that an earlier one already walked', () => {
    const d = (option: string) => ({ option, votes: {}, picked: false });
    let branches = keepBranch([], [d('a'), d('b')]);
    branches = keepBranch(branches, [d('a')]);
    expect(branches).toHaveLength(1);
    branches = keepBranch(branches, [d('a'), d('b'), d('c')]);
    expect(branches).toEqual([[d('a'), d('b'), d('c')]]);
    branches = keepBranch(branches, [d('a'), d('x')]);
    expect(branches).toHaveLength(2);
  });
});

describe('one room’s view', () => {
  it('clears the tally, or puts an earlier tally back, counting only open options', () => {
    let room = run(newRoom(engine), { type: 'next' });
    const [a, b] = ballot(engine, room);
    room = run(room, { type: 'set-votes', option: a!.id, count: 4 }, { type: 'set-votes', option: b!.id, count: 2 });
    room = run(room, { type: 'replace-votes', votes: {} });
    expect(room.votes).toEqual({});
    room = run(room, { type: 'replace-votes', votes: { [a!.id]: 6, 'no-such-option': 9, [b!.id]: 0 } });
    expect(room.votes).toEqual({ [a!.id]: 6 });
    expect(act(engine, run(room, { type: 'reveal' }), { type: 'replace-votes', votes: {} }).ok).toBe(false);
  });

  it('remembers the room size the facilitator gives, and forgets a blank or nonsense one', () => {
    let room = run(newRoom(engine), { type: 'room-size', size: 25 });
    expect(room.roomSize).toBe(25);
    room = run(room, { type: 'room-size', size: 0 });
    expect(room.roomSize).toBeNull();
    expect(run(room, { type: 'room-size', size: 24.6 }).roomSize).toBe(25);
  });
});

describe('the saved room', () => {
  it('reads a room saved before screens and room sizes existed', () => {
    const old: Record<string, unknown> = { ...run(newRoom(engine), { type: 'next' }) };
    delete old.step;
    delete old.roomSize;
    expect(restoreRoom(engine, old)).toEqual({ state: run(newRoom(engine), { type: 'next' }), notice: null });
  });

  it('comes back exactly as it was', () => {
    let room = run(newRoom(engine), { type: 'next' });
    room = run(
      voteFor(room, best[0]!),
      { type: 'back' },
      { type: 'set-votes', option: best[0]!, count: 3 },
      { type: 'room-size', size: 20 },
      { type: 'show', step: 1 },
    );
    const restored = restoreRoom(engine, JSON.parse(JSON.stringify(room)));
    expect(restored).toEqual({ state: room, notice: null });
  });

  it('starts afresh, saying so, when the scenario changed or the save is damaged', () => {
    const room = run(newRoom(engine), { type: 'next' });
    expect(restoreRoom(engine, { ...room, hash: 'other' }).notice).toMatch(/changed/);
    expect(restoreRoom(engine, { ...room, path: [{ option: 'no-such-option', votes: {}, picked: false }] }).notice).toMatch(
      /could not be read/,
    );
    expect(restoreRoom(engine, { ...room, votes: { x: -1 } }).state.phase).toBe('intro');
    expect(restoreRoom(engine, 'garbage').notice).toMatch(/could not be read/);
    expect(restoreRoom(engine, null)).toEqual({ state: newRoom(engine), notice: null });
  });

  it('drops a damaged earlier route but keeps the rest', () => {
    const room = {
      ...run(newRoom(engine), { type: 'next' }),
      branches: [[{ option: best[0]!, votes: {}, picked: false }], [{ option: 'nope', votes: {}, picked: false }]],
    };
    expect(restoreRoom(engine, room).state.branches).toHaveLength(1);
  });
});

describe('the discussion timer', () => {
  it('counts down from when it started, pauses and resumes without drift', () => {
    let t = newTimer(2);
    expect(remaining(t, 0)).toBe(120_000);
    t = startTimer(t, 1_000);
    expect(remaining(t, 31_000)).toBe(90_000);
    t = pauseTimer(t, 31_000);
    expect(remaining(t, 500_000)).toBe(90_000);
    t = startTimer(t, 600_000);
    expect(running(t, 650_000)).toBe(true);
    expect(remaining(t, 700_000)).toBe(0);
    expect(running(t, 700_000)).toBe(false);
    expect(remaining(startTimer(pauseTimer(t, 700_000), 800_000), 800_000)).toBe(120_000);
    expect(resetTimer(t, 5).durationMs).toBe(300_000);
  });

  it('reads the time for the screen and for a screen reader', () => {
    expect(clock(125_000)).toBe('2:05');
    expect(clock(400)).toBe('0:01');
    expect(spoken(61_000)).toBe('1 minute 1 second');
    expect(spoken(0)).toBe('0 seconds');
  });
});

it('accepts only well-formed messages between the windows', () => {
  expect(isRoomMessage({ type: 'hello' })).toBe(true);
  expect(isRoomMessage({ type: 'room', state: newRoom(engine), timer: newTimer() })).toBe(true);
  expect(isRoomMessage({ type: 'room' })).toBe(false);
  expect(isRoomMessage('hello')).toBe(false);
  expect(isRoomMessage(null)).toBe(false);
});
