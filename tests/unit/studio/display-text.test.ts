import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { displayPayload } from '../../../src/collections/scenario-display';
import { mapScenarioText, mapScenarioTextAsync } from '../../../src/scenario/display-text';
import { listScenarioFiles } from '../../../src/scenario/load';
import { validateScenario } from '../../../src/scenario/schema';
import type { Scenario } from '../../../src/scenario/types';
import { previewMarkdown } from '../../../src/studio/preview-markdown';
import { compiledShipped } from '../scenario/helpers';

/*
 * Which scenario texts are rendered as Markdown is named once (src/scenario/display-text.ts), for
 * the build's payload and for the studio's play-test alike.
 */

const root = join(import.meta.dirname, '..', '..', '..');
const read = (file = 'scenarios/amira.yaml'): Scenario => {
  const result = validateScenario(parse(readFileSync(join(root, file), 'utf8')));
  if (!result.ok) throw new Error(`${file} is not a valid scenario`);
  return result.scenario;
};

/** Paths of the leaves where two values differ, ids and indexes replaced by `*`. */
function changedPaths(a: unknown, b: unknown, path: string[] = []): string[] {
  if (typeof a !== 'object' || a === null || typeof b !== 'object' || b === null)
    return a === b ? [] : [path.map((p, i) => (/^\d+$/.test(p) || path[i - 1] === 'scenes' ? '*' : p)).join('.')];
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].flatMap((k) =>
    changedPaths((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], [...path, k]),
  );
}

describe('the Markdown texts of a scenario', () => {
  it('are the profile, stage and scene texts, feedback, expert views, critical reasons, costs and endings, and nothing else', () => {
    const changed = listScenarioFiles(root).flatMap((file) => {
      const scenario = read(file);
      return changedPaths(
        scenario,
        mapScenarioText(scenario, (markdown) => `[${markdown}]`),
      );
    });
    expect([...new Set(changed)].sort()).toEqual([
      'child.profile',
      'endings.*.text',
      'scenes.*.decision.options.*.costs',
      'scenes.*.decision.options.*.critical',
      'scenes.*.decision.options.*.expert.text',
      'scenes.*.decision.options.*.feedback',
      'scenes.*.text',
      'stages.*.text',
    ]);
    const scenario = read();
    const mapped = mapScenarioText(scenario, (markdown) => `[${markdown}]`);
    expect(mapped.child.profile).toBe(`[${scenario.child.profile}]`);
    // A stage without text keeps none, and the scenario given is left as it was.
    expect(scenario.stages[0]!.text).toBeUndefined();
    expect(mapped.stages[0]).not.toHaveProperty('text');
    expect(scenario).toEqual(read());
  });

  it('are mapped alike by the renderer that answers at once and the one that answers later', async () => {
    const scenario = read();
    const render = (markdown: string) => `<p>${markdown.length}</p>`;
    expect(await mapScenarioTextAsync(scenario, async (markdown) => render(markdown))).toEqual(mapScenarioText(scenario, render));
  });

  it('reach the player as the build renders them, and as the studio’s play-test shows them', async () => {
    const compiled = compiledShipped('scenarios/amira.yaml');
    const payload = await displayPayload(compiled);
    expect(payload).toEqual({ ...compiled, scenario: mapScenarioText(compiled.scenario, previewMarkdown) });
    expect(payload.scenario.child.profile).toMatch(/^<p>Amira Mansour is eighteen months old\. .*<strong>Nadia<\/strong>/s);
    expect(payload.hash).toBe(compiled.hash);
  });
});
