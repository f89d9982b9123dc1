import { expect, test, type Locator } from '@playwright/test';
import { builtPages } from './support/site';
import { sweep } from './support/sweep';

/*
 * The generated drawings (src/illustration): decorative, so hidden from assistive technology with
 * nothing to read or focus inside; one of its own for every scenario; small on a phone; never a
 * cause of sideways scrolling; and, as standalone files, images a browser can decode.
 */
const scenarioPages = builtPages('dist').filter((p) => /^scenarios\/[^/]+\/$/.test(p));

/** What matters about each drawing inside `scope`, read in the page. */
function drawings(scope: Locator) {
  return scope.locator('svg[viewBox]').evaluateAll((svgs) =>
    svgs.map((svg) => ({
      hidden: svg.getAttribute('aria-hidden'),
      focusable: svg.getAttribute('focusable'),
      inside: svg.querySelectorAll('text, title, desc, script, a, foreignObject, [tabindex]').length,
      strands: [...svg.querySelectorAll('path')].filter((p) => p.style.fill.startsWith('var(--series-')).length,
      markup: svg.outerHTML,
      width: svg.getBoundingClientRect().width,
      height: svg.getBoundingClientRect().height,
    })),
  );
}

test('each scenario card carries a decorative drawing of its own', async ({ page }) => {
  await page.goto('scenarios/');
  const cards = page.locator('.card-list > li');
  await expect(cards).toHaveCount(scenarioPages.length);
  const found = await drawings(cards);
  expect(found).toHaveLength(scenarioPages.length);
  for (const d of found) {
    expect(d).toMatchObject({ hidden: 'true', focusable: 'false', inside: 0, strands: 5 });
    expect(d.width).toBeGreaterThan(200);
  }
  expect(new Set(found.map((d) => d.markup)).size).toBe(found.length);
});

for (const [path, details] of sweep(scenarioPages)) {
  test(`/${path} shows the child's drawing beside the profile, and its file decodes as an image`, details, async ({ page }) => {
    await page.goto(path);
    const [art, ...more] = await drawings(page.locator('#scenario-intro'));
    expect(more).toHaveLength(0);
    expect(art).toMatchObject({ hidden: 'true', focusable: 'false', inside: 0, strands: 5 });

    const file = await page.request.get(`${path}art.svg`);
    expect(file.headers()['content-type']).toContain('image/svg+xml');
    // Relative to the scenario page: the file sits beside it.
    const size = await page.evaluate(async () => {
      const img = new Image();
      img.src = 'art.svg';
      await img.decode();
      return [img.naturalWidth, img.naturalHeight];
    });
    expect(size).toEqual([1200, 480]);
  });
}

test('on a phone the drawing stays a short band and nothing scrolls sideways at 320 px', async ({ page }) => {
  const path = scenarioPages[0]!;
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(path);
  const [art] = await drawings(page.locator('#scenario-intro'));
  expect(art!.height).toBeLessThanOrEqual(96);
  for (const p of ['scenarios/', path]) {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(p);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, p).toBeLessThanOrEqual(0);
  }
});
