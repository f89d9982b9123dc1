/*
 * Which texts of a scenario are author Markdown, named once: the build renders them with Astro's
 * pipeline (src/collections/scenario-display.ts) and the studio's play-test with the browser
 * renderer (src/studio/preview-markdown.ts), so both show the same fields as HTML. Everything else
 * (ids, labels, numbers, conditions) is left as it is, so saved plays and the engine still agree.
 */
import type { Scenario } from './types';

/** One Markdown text and where its HTML goes, in the copy being rendered. */
interface Slot {
  text: string;
  set: (html: string) => void;
}

/** Profile, stage and scene text, feedback, expert views, critical reasons, costs and endings, in that order. */
function markdownSlots(s: Scenario): Slot[] {
  const slots: Slot[] = [{ text: s.child.profile, set: (html) => (s.child.profile = html) }];
  for (const stage of s.stages) if (stage.text) slots.push({ text: stage.text, set: (html) => (stage.text = html) });
  for (const scene of Object.values(s.scenes)) {
    slots.push({ text: scene.text, set: (html) => (scene.text = html) });
    for (const o of scene.decision.options) {
      slots.push({ text: o.feedback, set: (html) => (o.feedback = html) });
      slots.push({ text: o.expert.text, set: (html) => (o.expert = { ...o.expert, text: html }) });
      if (o.critical) slots.push({ text: o.critical, set: (html) => (o.critical = html) });
      if (o.costs) slots.push({ text: o.costs, set: (html) => (o.costs = html) });
    }
  }
  for (const ending of s.endings) slots.push({ text: ending.text, set: (html) => (ending.text = html) });
  return slots;
}

/** A copy of the scenario with every Markdown text replaced by `render`'s HTML. */
export function mapScenarioText(scenario: Scenario, render: (markdown: string) => string): Scenario {
  const s = structuredClone(scenario);
  for (const slot of markdownSlots(s)) slot.set(render(slot.text));
  return s;
}

/** The same for a renderer that answers later (the build's), one text at a time. */
export async function mapScenarioTextAsync(scenario: Scenario, render: (markdown: string) => Promise<string>): Promise<Scenario> {
  const s = structuredClone(scenario);
  for (const slot of markdownSlots(s)) slot.set(await render(slot.text));
  return s;
}
