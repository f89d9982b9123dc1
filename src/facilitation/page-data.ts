import { readJsonElement } from '../security/json-element';
import type { CompiledScenario } from '../scenario/types';
import type { ModuleLinks } from '../player/data';

/*
 * What the presenter and audience pages hand their islands, as JSON in the page (like the
 * player's data). Only the presenter's copy carries facilitator notes: the audience window is
 * projected, so notes never reach it at all rather than being hidden there.
 */
export interface RoomPageData {
  payload: CompiledScenario;
  modules: ModuleLinks;
  /** Scene id → facilitator notes as HTML (empty on the audience page). */
  notes: Record<string, string>;
  /** The learner's role in the scenario, as a name. */
  roleName: string;
  /** Where the other window lives. */
  presenterHref: string;
  audienceHref: string;
}

export const readRoomPageData = (elementId: string): RoomPageData | null => readJsonElement<RoomPageData>(elementId);
