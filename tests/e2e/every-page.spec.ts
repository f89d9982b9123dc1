import { expect, test } from '@playwright/test';
import { builtPages, onePageOfEachKind } from './support/site';
import { sweep } from './support/sweep';
import { axeViolations } from './support/axe';
import { watchForeignRequests } from './support/network';
import { islandsReady } from './support/islands';

// One test per built page, so a failure names the page; `npm test` tries one page of each kind.
const pages = builtPages('dist');
const sample = new Set(onePageOfEachKind(pages));
for (const [path, details] of sweep(pages, (p) => sample.has(p))) {
  test(`page /${path}: no axe violations, no outside requests`, details, async ({ page }) => {
    const foreign = watchForeignRequests(page);
    await page.goto(path);
    await islandsReady(page);
    expect(await axeViolations(page)).toEqual([]);
    expect(foreign).toEqual([]);
  });
}
