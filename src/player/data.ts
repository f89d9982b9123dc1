import { readJsonElement } from '../security/json-element';
import type { CompiledScenario } from '../scenario/runtime';

/*
 * What the scenario page hands the player island, as JSON in a <script type="application/json">
 * (not as island props, which Astro would serialise into a much larger attribute). Text that
 * authors write in Markdown arrives as HTML rendered at build time, so no Markdown parser ships.
 */

export type ModuleLinks = Record<string, { title: string; href: string }>;

export interface PlayerData {
  payload: CompiledScenario;
  modules: ModuleLinks;
  /** Learner-record key of the debrief reflection. */
  reflectionKey: string;
}

/** What the learner asked for on the start panel; the play screens carry it out once loaded. */
export type PlayAction =
  | { kind: 'start' }
  | { kind: 'resume' }
  | { kind: 'review'; runId: string }
  /** The studio's "jump to scene": play starts after these choices. */
  | { kind: 'from'; choices: string[] };

/** Reads the page's player data; null when the element is missing or broken (the page then says so). */
export const readPlayerData = (elementId: string): PlayerData | null => readJsonElement<PlayerData>(elementId);
