import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import type { CompiledScenario } from '../../src/scenario/types';

/*
 * A training venue loses its wifi: the course was opened once with a connection, and everything
 * after that happens with the network switched off — modules, search, a scenario to its debrief,
 * the presenter and audience windows.
 */
test.use({ serviceWorkers: 'allow' });

const best = (() => {
  const html = readFileSync('dist/scenarios/sami/index.html', 'utf8');
  const json = /<script type="application\/json" id="scenario-data">([\s\S]*?)<\/script>/.exec(html)![1]!;
  return (JSON.parse(json) as { payload: CompiledScenario }).payload.scenario.bestPath ?? [];
})();

test('after one visit online, the course works with no network', async ({ context, page }) => {
  test.setTimeout(120_000);
  await page.goto('');
  // The worker has stored every file once it controls the page.
  await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, undefined, { timeout: 60_000 });
  await context.setOffline(true);

  await page.goto('modules/relational-agency/');
  await expect(page.locator('h1')).toHaveText('Relational agency');
  await page.locator('[data-search-link]').click();
  await expect(page.getByLabel('Search the course')).toBeFocused();
  await page.keyboard.type('co-configuration');
  await expect(page.locator('#search-dialog .results li a').first()).toHaveAttribute('href', '/modules/co-configuration/', {
    timeout: 20_000,
  });

  await page.goto('scenarios/sami/');
  await page.getByRole('button', { name: 'Start the scenario' }).click();
  for (const option of best) {
    await page.locator(`button[data-option="${option}"]`).click();
    await page.locator('button.proceed').click();
  }
  await expect(page.locator('#debrief-heading')).toBeFocused();
  await expect(page.locator('figure.trajectory')).toBeVisible();

  await page.goto('scenarios/sami/facilitate/');
  await expect(page.locator('#room-heading')).toHaveText('Before the room begins');
  const [audience] = await Promise.all([
    context.waitForEvent('page'),
    page.getByRole('link', { name: /Open the audience window/ }).click(),
  ]);
  await expect(audience.locator('#room-heading')).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(audience.locator('[data-phase="voting"]')).toBeVisible();

  // A page that was never part of the course says so, instead of the browser's error page.
  await page.goto('modules/no-such-module/');
  await expect(page.locator('h1')).toHaveText('You are offline');
});

test('after one visit online, the scenario studio writes, checks and copies a scenario with no network', async ({
  context,
  page,
}) => {
  test.setTimeout(120_000);
  await page.goto('');
  await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, undefined, { timeout: 60_000 });
  await context.setOffline(true);
  await page.goto('studio/');
  // The editor, the checking worker and a published scenario's file all come from the offline copy.
  await expect(page.locator('.cm-content')).toBeVisible();
  await expect(page.locator('.status')).toContainText('Checked:', { timeout: 60_000 });
  await page.getByLabel('New draft from').selectOption('sami');
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await expect(page.locator('.notice')).toContainText('A copy of “Sami');
  await expect(page.locator('.status')).toContainText('Checked: 0 errors', { timeout: 60_000 });
});
