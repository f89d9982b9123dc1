import type { CompiledScenario } from '../scenario/types';
import { renderMarkdown } from '../rendering/markdown';
import { mapScenarioTextAsync } from '../scenario/display-text';

/**
 * The payload the player receives: the compiled scenario with every Markdown field (profile,
 * stage and scene text, feedback, expert views, critical reasons, costs, endings) rendered to HTML at
 * build time. Ids, numbers and the hash are untouched, so saved plays and the engine still agree.
 * The list of Markdown fields is src/scenario/display-text.ts, which the studio's play-test shares.
 */
export async function displayPayload(compiled: CompiledScenario): Promise<CompiledScenario> {
  return { ...compiled, scenario: await mapScenarioTextAsync(compiled.scenario, renderMarkdown) };
}
