import type { ScenarioEngine } from '../scenario/runtime';
import { PRESENTER_NOTES_KEY, roomKey } from '../storage/keys';
import type { StorageLike } from '../storage/local';
import type { RoomState } from './room';
import { restoreRoom, type RestoredRoom } from './room-restore';

/*
 * The room is saved in the presenter's browser after every change, so a laptop that sleeps or a
 * tab closed by mistake mid-session comes back to the same decision with the same tallies. What
 * is read back is checked against the scenario (room-restore.ts). The audience window never
 * imports this: it keeps nothing.
 */

/** The room saved for this scenario in `storage`, checked; with no storage, a fresh room. */
export function loadRoom(engine: ScenarioEngine, storage: StorageLike | undefined): RestoredRoom {
  let saved: unknown = null;
  try {
    const text = storage?.getItem(roomKey(engine.payload.scenario.id));
    saved = text ? JSON.parse(text) : null;
  } catch {
    saved = 'unreadable';
  }
  return restoreRoom(engine, saved);
}

/** Saves the room; false when the write failed (full storage, or storage that refuses it). */
export function saveRoom(storage: StorageLike, state: RoomState): boolean {
  try {
    storage.setItem(roomKey(state.scenarioId), JSON.stringify(state));
    return true;
  } catch {
    return false;
  }
}

/** Notes show unless the facilitator hid them in this browser. */
export const notesShown = (storage: StorageLike | undefined): boolean => storage?.getItem(PRESENTER_NOTES_KEY) !== 'off';

export function rememberNotes(storage: StorageLike | undefined, shown: boolean): void {
  try {
    storage?.setItem(PRESENTER_NOTES_KEY, shown ? 'on' : 'off');
  } catch {
    // Only a preference; it simply will not be remembered.
  }
}
