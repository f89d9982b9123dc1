import { describe, expect, it } from 'vitest';
import { act, newRoom, type RoomState } from '../../../src/facilitation/room';
import { loadRoom, notesShown, rememberNotes, saveRoom } from '../../../src/facilitation/room-store';
import { roomKey } from '../../../src/storage/keys';
import type { ScenarioEngine } from '../../../src/scenario/compile';
import { FakeStorage } from '../record/fake-storage';
import { shippedEngines } from './helpers';

const engine: ScenarioEngine = shippedEngines().get('sami')!;
const best = engine.payload.scenario.bestPath ?? [];

/** A room part-way through its first vote, with a room size: more than a fresh room holds. */
function midVote(): RoomState {
  let room = newRoom(engine);
  for (const action of [
    { type: 'next' },
    { type: 'set-votes', option: best[0]!, count: 4 },
    { type: 'room-size', size: 18 },
  ] as const) {
    const r = act(engine, room, action);
    if (!r.ok) throw new Error(r.message);
    room = r.state;
  }
  return room;
}

describe('the room in the presenter’s browser', () => {
  it('comes back after a reload exactly as it was saved', () => {
    const storage = new FakeStorage();
    const room = midVote();
    expect(saveRoom(storage, room)).toBe(true);
    expect(loadRoom(engine, storage)).toEqual({ state: room, notice: null });
  });

  it('starts fresh, saying nothing, when nothing was saved', () => {
    expect(loadRoom(engine, new FakeStorage())).toEqual({ state: newRoom(engine), notice: null });
  });

  it('starts fresh with a notice when the saved text is not a room', () => {
    const storage = new FakeStorage();
    storage.items.set(roomKey('sami'), '{not json');
    const loaded = loadRoom(engine, storage);
    expect(loaded.state).toEqual(newRoom(engine));
    expect(loaded.notice).toMatch(/could not be read/);
  });

  it('says a save failed when storage is full, and keeps the last room that fitted', () => {
    const storage = new FakeStorage();
    const first = midVote();
    saveRoom(storage, first);
    storage.failWith = 'QuotaExceededError';
    const next = act(engine, first, { type: 'reveal' });
    if (!next.ok) throw new Error(next.message);
    expect(saveRoom(storage, next.state)).toBe(false);
    expect(loadRoom(engine, storage).state).toEqual(first);
  });

  it('plays on from a fresh room when the browser blocks storage', () => {
    expect(loadRoom(engine, undefined)).toEqual({ state: newRoom(engine), notice: null });
    const refusing = new FakeStorage();
    refusing.failWith = 'SecurityError';
    expect(saveRoom(refusing, midVote())).toBe(false);
    expect(loadRoom(engine, refusing).notice).toMatch(/could not be read/);
  });
});

describe('the facilitator notes preference', () => {
  it('shows notes until they are hidden, and remembers either choice', () => {
    const storage = new FakeStorage();
    expect(notesShown(storage)).toBe(true);
    rememberNotes(storage, false);
    expect(notesShown(storage)).toBe(false);
    rememberNotes(storage, true);
    expect(notesShown(storage)).toBe(true);
  });

  it('shows notes, without an error, when storage is full or blocked', () => {
    const full = new FakeStorage();
    full.failWith = 'QuotaExceededError';
    expect(() => rememberNotes(full, false)).not.toThrow();
    expect(notesShown(full)).toBe(true);
    expect(() => rememberNotes(undefined, false)).not.toThrow();
    expect(notesShown(undefined)).toBe(true);
  });
});
