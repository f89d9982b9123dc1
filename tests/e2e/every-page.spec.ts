import { expect, test } from '@playwright/test';
import { builtPages } from './support/site';
import { axeViolations } from './support/axe';
import { watchForeignRequests } from './support/network';
import { islandsReady } from './support/islands';

// One test per built page, so a failure names the page.
for (const path of builtPages('dist')) {
  test(`page /${path}: no axe violations, no outside requests`, async ({ page }) => {
    const foreign = watchForeignRequests(page);
    await page.goto(path);
    await islandsReady(page);
    expect(await axeViolations(page)).toEqual([]);
    expect(foreign).toEqual([]);
  });
}
