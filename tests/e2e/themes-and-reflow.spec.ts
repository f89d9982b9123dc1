import { expect, test } from '@playwright/test';
import { builtPages } from './support/site';
import { axeViolations } from './support/axe';
import { sweep } from './support/sweep';

// One page of each kind: the shell, an index, a long module with islands, a term and a role.
const samples = ['', 'modules/', 'modules/trajectories/', 'modules/activity-theory/', 'about/'];
const firstOf = (prefix: string) => builtPages('dist').find((p) => p.startsWith(prefix) && p !== prefix);
for (const kind of ['glossary/', 'who-can-help/']) {
  const page = firstOf(kind);
  if (page) samples.push(page);
}

// `npm test` tries the shell and a long module with islands; the sweep tier the rest.
const kept = ['', 'modules/trajectories/'];
for (const [path, details] of sweep(samples, (p) => kept.includes(p))) {
  test(`/${path} has no axe violations in the dark theme`, details, async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(path);
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(19, 23, 28)');
    expect(await axeViolations(page)).toEqual([]);
  });

  test(`/${path} reflows at 320 px without sideways scrolling`, details, async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
}

test('motion is switched off when the device asks for reduced motion', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('');
  const duration = await page.evaluate(() => getComputedStyle(document.querySelector('a')!).transitionDuration);
  expect(parseFloat(duration)).toBeLessThanOrEqual(0.00001);
});
