import type { CompiledScenario } from '../scenario/types';
import { renderMarkdown } from '../rendering/markdown';

/**
 * The payload the player receives: the compiled scenario with every Markdown field (profile,
 * stage and scene text, feedback, expert views, critical reasons, costs, endings) rendered to HTML at
 * build time. Ids, numbers and the hash are untouched, so saved plays and the engine still agree.
 */
export async function displayPayload(compiled: CompiledScenario): Promise<CompiledScenario> {
  const s = structuredClone(compiled.scenario);
  s.child.profile = await renderMarkdown(s.child.profile);
  for (const stage of s.stages) if (stage.text) stage.text = await renderMarkdown(stage.text);
  for (const scene of Object.values(s.scenes)) {
    scene.text = await renderMarkdown(scene.text);
    for (const o of scene.decision.options) {
      o.feedback = await renderMarkdown(o.feedback);
      o.expert = { ...o.expert, text: await renderMarkdown(o.expert.text) };
      if (o.critical) o.critical = await renderMarkdown(o.critical);
      if (o.costs) o.costs = await renderMarkdown(o.costs);
    }
  }
  for (const ending of s.endings) ending.text = await renderMarkdown(ending.text);
  return { ...compiled, scenario: s };
}
