import { expect, test } from '@playwright/test';
import { builtPages } from './support/site';

/*
 * The design system's promises, checked on the built site: the self-hosted typeface is the one
 * in use and stays small, every disclosure shows that it opens, the focus ring is the accent
 * (not an error red), and headings a script focuses for screen readers get no ring.
 */
const pages = builtPages();
const one = (prefix: string) => pages.find((p) => p.startsWith(prefix) && p !== prefix) ?? prefix;
const samples = ['', 'modules/', one('modules/'), 'scenarios/', one('scenarios/'), 'record/', one('glossary/'), 'facilitate/', one('facilitate/sessions/')];

test('the body text is set in the self-hosted typeface, and a page fetches at most 60 KB of fonts', async ({ page }) => {
  for (const path of samples) {
    const fonts: number[] = [];
    const listener = async (response: import('@playwright/test').Response) => {
      if (/\.woff2($|\?)/.test(response.url())) fonts.push((await response.body()).byteLength);
    };
    page.on('response', listener);
    await page.goto(path);
    await page.evaluate(() => document.fonts.ready);
    expect(await page.evaluate(() => document.fonts.check('1em "Atkinson Hyperlegible Next Variable"')), path).toBe(true);
    page.off('response', listener);
    const total = fonts.reduce((a, b) => a + b, 0);
    expect(total, `${path}: ${fonts.length} font files, ${total} bytes`).toBeLessThanOrEqual(60 * 1024);
  }
});

test('every disclosure on the sample pages shows a marker that it opens', async ({ page }) => {
  let seen = 0;
  for (const path of samples) {
    await page.goto(path);
    const markers = await page.$$eval('summary', (all) =>
      all
        .filter((s) => s.getClientRects().length > 0)
        .map((s) => {
          const before = getComputedStyle(s, '::before');
          const own = getComputedStyle(s).listStyleType !== 'none' && getComputedStyle(s).display === 'list-item';
          return { text: s.textContent?.trim().slice(0, 40), marked: own || (before.content !== 'none' && parseFloat(before.width) > 0) };
        }),
    );
    seen += markers.length;
    for (const m of markers) expect(m.marked, `${path}: "${m.text}"`).toBe(true);
  }
  expect(seen).toBeGreaterThan(3);
});

test('the focus ring is the accent colour, and a heading focused by script has none', async ({ page }) => {
  await page.goto('');
  await page.keyboard.press('Tab');
  const ring = await page.evaluate(() => {
    const el = document.activeElement!;
    const style = getComputedStyle(el);
    return { outline: style.outlineStyle, colour: style.outlineColor, focus: getComputedStyle(document.documentElement).getPropertyValue('--focus').trim() };
  });
  expect(ring.outline).toBe('solid');
  expect(ring.colour).toBe('rgb(10, 95, 90)');
  expect(ring.focus).toBe('#0a5f5a');

  await page.goto(one('scenarios/'));
  await page.getByRole('button', { name: 'Start the scenario' }).click();
  await expect(page.locator('#scene-heading')).toBeFocused();
  expect(await page.locator('#scene-heading').evaluate((h) => getComputedStyle(h).outlineStyle)).toBe('none');
});
