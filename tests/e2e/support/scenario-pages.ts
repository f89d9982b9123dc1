import { expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import type { CompiledScenario } from '../../../src/scenario/runtime';

/** The scenario a built page carries for its player, read from the page's own JSON. */
export function payloadOf(page: string): CompiledScenario {
  const html = readFileSync(`dist/${page}index.html`, 'utf8');
  const json = /<script type="application\/json" id="scenario-data">([\s\S]*?)<\/script>/.exec(html)?.[1];
  if (!json) throw new Error(`no player data on ${page}`);
  return (JSON.parse(json) as { payload: CompiledScenario }).payload;
}

/** Opens a scenario page with an empty record and starts play. */
export async function startFresh(page: Page, path: string) {
  await page.goto(path);
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await page.getByRole('button', { name: 'Start the scenario' }).click();
  await expect(page.locator('#scene-heading')).toBeFocused();
}
