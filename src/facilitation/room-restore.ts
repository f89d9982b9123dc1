import { replay, type ScenarioEngine } from '../scenario/runtime';
import { newRoom, ROOM_FORMAT, type RoomDecision, type RoomPhase, type RoomState } from './room';

/*
 * A room read back from outside, from the presenter's storage (room-store.ts) or over the channel
 * in the audience window, is checked against the scenario: a saved room from another version, or
 * a damaged one, starts afresh with a notice rather than breaking the page.
 */

const phases: readonly RoomPhase[] = ['intro', 'voting', 'consequence', 'debrief'];

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function readVotes(v: unknown): Record<string, number> | null {
  if (!isRecord(v)) return null;
  const out: Record<string, number> = {};
  for (const [k, n] of Object.entries(v)) {
    if (typeof n !== 'number' || !Number.isInteger(n) || n < 0) return null;
    out[k] = n;
  }
  return out;
}

function readPath(engine: ScenarioEngine, v: unknown): RoomDecision[] | null {
  if (!Array.isArray(v)) return null;
  const path: RoomDecision[] = [];
  for (const d of v) {
    if (!isRecord(d) || typeof d.option !== 'string' || typeof d.picked !== 'boolean') return null;
    const votes = readVotes(d.votes);
    if (!votes) return null;
    path.push({ option: d.option, votes, picked: d.picked });
  }
  const replayed = replay(
    engine,
    path.map((d) => d.option),
  );
  return replayed.ok ? path : null;
}

export type RestoredRoom = { state: RoomState; notice: string | null };

export function restoreRoom(engine: ScenarioEngine, raw: unknown): RestoredRoom {
  const fresh = newRoom(engine);
  if (raw === null || raw === undefined) return { state: fresh, notice: null };
  if (!isRecord(raw) || raw.format !== ROOM_FORMAT || raw.scenarioId !== fresh.scenarioId)
    return { state: fresh, notice: 'The saved session could not be read, so the scenario starts from the beginning.' };
  if (raw.hash !== fresh.hash)
    return { state: fresh, notice: 'This scenario has changed since the last session, so it starts from the beginning.' };
  const path = readPath(engine, raw.path);
  const votes = readVotes(raw.votes);
  const phase = phases.find((p) => p === raw.phase);
  if (!path || !votes || !phase || !(raw.pick === null || typeof raw.pick === 'string'))
    return { state: fresh, notice: 'The saved session could not be read, so the scenario starts from the beginning.' };
  const branches = Array.isArray(raw.branches)
    ? raw.branches.map((b) => readPath(engine, b)).filter((b): b is RoomDecision[] => b !== null && b.length > 0)
    : [];
  // A phase that no longer fits the path (e.g. a consequence with no decision) falls back to voting.
  const fits = phase === 'intro' || phase === 'voting' || path.length > 0;
  // Rooms saved before screens and room sizes existed simply start on the first screen, size unset.
  const step = Number.isInteger(raw.step) && (raw.step as number) >= 0 ? (raw.step as number) : 0;
  const roomSize = Number.isInteger(raw.roomSize) && (raw.roomSize as number) > 0 ? (raw.roomSize as number) : null;
  return {
    state: { ...fresh, phase: fits ? phase : 'voting', path, votes, pick: raw.pick, branches, step: fits ? step : 0, roomSize },
    notice: null,
  };
}
