import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { wcagTags } from './support/axe';
import { payloadOf, startFresh } from './support/scenario-pages';
import { builtPages } from './support/site';
import { sweep } from './support/sweep';

/*
 * The trajectory chart on the debrief, for every scenario the build published, measured as drawn:
 * on a phone a chart scaled down to fit shrank its text to 6 px and ran stage names into each
 * other. Text is measured both ways (font size times the SVG's scale, and the box it takes up).
 */
const scenarioPages = builtPages().filter((p) => /^scenarios\/[^/]+\/$/.test(p));

interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}
interface ChartText extends Box {
  text: string;
  kind: 'stage' | 'label' | 'other';
  fontPx: number;
  height: number;
}

/** Every text and tspan in the chart: what it says, its box, and its font size as drawn on screen. */
async function chartText(page: Page): Promise<{ svg: Box; texts: ChartText[] }> {
  return page
    .locator('figure.trajectory svg')
    .first()
    .evaluate((svg) => {
      const s = svg.getBoundingClientRect();
      const texts = [...svg.querySelectorAll('text, tspan')].map((el) => {
        const r = el.getBoundingClientRect();
        const ctm = (el as SVGGraphicsElement).getScreenCTM()!;
        return {
          left: r.left,
          right: r.right,
          top: r.top,
          bottom: r.bottom,
          // A stage label's lines are tspans; joined with spaces, a failure names it readably.
          text: el.matches('text')
            ? [...el.querySelectorAll('tspan')].map((t) => t.textContent).join(' ') || (el.textContent ?? '')
            : (el.textContent ?? ''),
          kind: (el.matches('text[data-stage]') ? 'stage' : el.matches('text.label') ? 'label' : 'other') as ChartText['kind'],
          fontPx: parseFloat(getComputedStyle(el).fontSize) * Math.hypot(ctm.a, ctm.b),
          height: r.height,
        };
      });
      return { svg: { left: s.left, right: s.right, top: s.top, bottom: s.bottom }, texts };
    });
}

const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
const pageOverflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/** Fails with the texts concerned if any chart text is small, outside the chart, or on top of another. */
async function expectReadableChart(page: Page, where: string) {
  const { svg, texts } = await chartText(page);
  expect(texts.length, where).toBeGreaterThan(0);
  for (const t of texts) {
    expect(t.fontPx, `${where}: “${t.text}” font size`).toBeGreaterThanOrEqual(12);
    expect(t.height, `${where}: “${t.text}” height`).toBeGreaterThanOrEqual(12);
    // Half a pixel of slack for anti-aliased glyph edges.
    expect(t.left, `${where}: “${t.text}” clipped on the left`).toBeGreaterThanOrEqual(svg.left - 0.5);
    expect(t.right, `${where}: “${t.text}” clipped on the right`).toBeLessThanOrEqual(svg.right + 0.5);
    expect(t.top, `${where}: “${t.text}” clipped at the top`).toBeGreaterThanOrEqual(svg.top - 0.5);
    expect(t.bottom, `${where}: “${t.text}” clipped at the bottom`).toBeLessThanOrEqual(svg.bottom + 0.5);
  }
  for (const kind of ['stage', 'label'] as const) {
    const boxes = texts.filter((t) => t.kind === kind);
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++)
        expect(overlaps(boxes[i]!, boxes[j]!), `${where}: “${boxes[i]!.text}” overlaps “${boxes[j]!.text}”`).toBe(false);
  }
  // Every domain is named beside its line or in the key, never told by colour alone.
  const named = texts.filter((t) => t.kind === 'label').length + (await page.locator('figure.trajectory .key li').count());
  expect(named, `${where}: domains named`).toBe(await page.locator('figure.trajectory tbody tr:not(.total)').count());
}

test('there are scenarios whose charts to measure', () => {
  expect(scenarioPages.length).toBeGreaterThan(0);
});

for (const [path, details] of sweep(scenarioPages)) {
  const payload = payloadOf(path);
  const best = payload.scenario.bestPath ?? Object.values(payload.stats.witnesses)[0]!;

  test(`${path}: the debrief chart is readable on a phone and on a wide screen`, details, async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await startFresh(page, path);
    for (const id of best) {
      await page.locator(`button[data-option="${id}"]`).click();
      await page.locator('button.proceed').click();
    }
    await expect(page.locator('#debrief-heading')).toBeFocused();
    const figure = page.locator('figure.trajectory');
    await figure.scrollIntoViewIfNeeded();
    const domains = await figure.locator('tbody tr:not(.total)').count();
    const drawnWidth = () =>
      figure
        .locator('svg')
        .first()
        .evaluate((svg) => Number(svg.getAttribute('width')));

    await expectReadableChart(page, '390 px');
    // On a phone the names are in a key below the plot, each with its line's dash and marker.
    await expect(figure.locator('.key li')).toHaveCount(domains);
    expect(await pageOverflow(page), 'sideways scrolling at 390 px').toBeLessThanOrEqual(0);
    for (const theme of ['light', 'dark']) {
      await page.evaluate((t) => document.documentElement.setAttribute('data-theme', t), theme);
      const axe = await new AxeBuilder({ page }).include('figure.trajectory').withTags(wcagTags).analyze();
      expect(
        axe.violations.map((v) => `${v.id}: ${v.help}`),
        `axe at 390 px, ${theme}`,
      ).toEqual([]);
    }

    await page.setViewportSize({ width: 320, height: 700 });
    await expect.poll(drawnWidth, { message: 'the chart is redrawn for 320 px' }).toBeLessThanOrEqual(320);
    expect(await pageOverflow(page), 'sideways scrolling at 320 px').toBeLessThanOrEqual(0);
    await expectReadableChart(page, '320 px');

    await page.setViewportSize({ width: 1280, height: 900 });
    // Redrawn wider: with names beside the lines' ends if the column leaves room, else still in the key.
    await expect.poll(drawnWidth, { message: 'the chart is redrawn for 1280 px' }).toBeGreaterThan(320);
    await expectReadableChart(page, '1280 px');
  });
}

test('the group debrief’s chart is readable on the presenter’s screen', async ({ page }) => {
  const path = scenarioPages[0]!;
  const best = payloadOf(path).scenario.bestPath ?? Object.values(payloadOf(path).stats.witnesses)[0]!;
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(`${path}facilitate/`);
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await page.getByRole('button', { name: /Begin/ }).click();
  for (let i = 0; i < best.length; i++) {
    if (i) await page.getByRole('button', { name: /Next decision/ }).click();
    await page.locator(`li[data-option="${best[i]}"] button`, { hasText: 'Pick' }).click();
    await page.getByRole('button', { name: /Reveal the consequence/ }).click();
  }
  await page.getByRole('button', { name: /The group’s debrief/ }).click();
  await page.locator('figure.trajectory').scrollIntoViewIfNeeded();
  await expectReadableChart(page, 'group debrief at 1280 px');
  expect(await pageOverflow(page)).toBeLessThanOrEqual(0);
});
