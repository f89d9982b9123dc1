import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { compile, type CompiledScenario } from '../../../src/scenario/runtime';
import { brokenLinks } from '../support/links';
import { SUBPATH_BASE, SUBPATH_PORT } from '../support/ports';
import { randomCode } from '../support/random-code';

/*
 * The course as an organisation hosts it under a path of its own site (/cpd/): every link, the
 * search index and the files pages fetch must stay below that base. Relative addresses in this
 * file resolve against it (playwright.deploy.config.ts).
 */

test(`every internal link resolves under the sub-path ${SUBPATH_BASE}`, async ({ request }) => {
  expect(await brokenLinks(request, `http://localhost:${SUBPATH_PORT}`, SUBPATH_BASE)).toEqual([]);
});

test('search finds pages under the sub-path, and the menu link still goes to the search page when opened in a new tab', async ({
  page,
}) => {
  await page.goto('search/');
  await page.getByLabel('Search the course').fill('relational agency');
  await expect(page.locator('.results li a').first()).toHaveAttribute('href', `${SUBPATH_BASE}modules/relational-agency/`, {
    timeout: 20_000,
  });
  await expect(page.locator('[data-search-link]')).toHaveAttribute('href', `${SUBPATH_BASE}search/`);
});

test('the mirror data page fetches the scenarios from below the base', async ({ page }) => {
  const payload = JSON.parse(readFileSync('tests/.output/subpath/scenarios/sami/scenario.json', 'utf8')) as CompiledScenario;
  const engine = compile(payload);
  // Two plays may choose alike and make one code, which the page counts once.
  const codes = [...new Set(Array.from({ length: 5 }, (_, i) => randomCode(engine, 40 + i)))];
  await page.goto('facilitate/mirror/');
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await page.getByLabel('Result codes').fill(codes.join('\n'));
  await page.getByRole('button', { name: 'Add codes' }).click();
  await expect(page.locator('section[data-scenario="sami"] [data-plays]')).toHaveText(String(codes.length));
});
