import type { RoomState } from './room';
import type { TimerState } from './timer';

/*
 * The presenter and audience windows talk over a BroadcastChannel: same browser, no server, and
 * it keeps working offline. The presenter owns the state and sends all of it on every change; the
 * audience only draws what it is sent, and says hello when it opens so it never waits for a change.
 */

export const channelName = (scenarioId: string) => `crossing-boundaries:facilitate:${scenarioId}`;

export type RoomMessage = { type: 'room'; state: RoomState; timer: TimerState } | { type: 'hello' } | { type: 'goodbye' };

export function isRoomMessage(value: unknown): value is RoomMessage {
  if (typeof value !== 'object' || value === null) return false;
  const m = value as { type?: unknown; state?: unknown; timer?: unknown };
  if (m.type === 'hello' || m.type === 'goodbye') return true;
  return m.type === 'room' && typeof m.state === 'object' && m.state !== null && typeof m.timer === 'object' && m.timer !== null;
}
