import { expect, test, type Page } from '@playwright/test';
import { compile, debrief, replay, type ScenarioEngine } from '../../src/scenario/runtime';
import { decodeResult } from '../../src/facilitation/result-code';
import { axeViolations } from './support/axe';
import { holdRequests } from './support/hold';
import { payloadOf, startFresh } from './support/scenario-pages';
import { builtPages } from './support/site';
import { sweep } from './support/sweep';

/*
 * The scenario player in a real browser, for every scenario the build published. Engines are
 * compiled here from the same payload the page carries, so "the debrief shows the engine's numbers"
 * is checked against the engine itself, not against figures copied into the test.
 */
const scenarioPages = builtPages().filter((p) => /^scenarios\/[^/]+\/$/.test(p));

const enabledOption = (page: Page) => page.locator('button.option:not([aria-disabled])');

/** Chooses the given options by mouse, moving past each consequence; ends on the debrief. */
async function playByMouse(page: Page, choices: readonly string[]) {
  for (const id of choices) {
    await page.locator(`button[data-option="${id}"]`).click();
    await expect(page.locator('#consequence-heading')).toBeFocused();
    await page.locator('button.proceed').click();
  }
  await expect(page.locator('#debrief-heading')).toBeFocused();
}

/** Tabs forward from wherever focus is until `match` holds for the focused element. */
async function tabTo(page: Page, match: (el: { option: string | null; disabled: boolean; proceed: boolean }) => boolean) {
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press('Tab');
    const el = await page.evaluate(() => {
      const a = document.activeElement as HTMLElement | null;
      return {
        option: a?.getAttribute('data-option') ?? null,
        disabled: a?.getAttribute('aria-disabled') === 'true',
        proceed: a?.classList.contains('proceed') ?? false,
      };
    });
    if (match(el)) return el;
  }
  throw new Error('could not reach the control by keyboard');
}

async function expectDebriefMatches(page: Page, engine: ScenarioEngine, choices: readonly string[]) {
  const expected = debrief(engine, replay(engine, choices).snapshot);
  await expect(page.locator('[data-ending]')).toHaveAttribute('data-ending', expected.ending!.id);
  for (const d of expected.dimensions) {
    const row = page.locator(`[data-dimension="${d.id}"]`);
    if (d.normalised === null) await expect(row).toContainText('not assessed');
    else await expect(row.locator('[data-score]')).toHaveText(String(d.normalised));
  }
  await expect(page.locator('[data-waited]')).toHaveAttribute('data-waited', String(expected.stagesWaited));
  const totals = page.locator('figure.trajectory tr.total td');
  await expect(totals).toHaveText(expected.trajectory.totals.map(String));
  for (const k of expected.kinds) await expect(page.locator(`tr[data-kind="${k.kind}"] td`).first()).toHaveText(String(k.count));
  await expect(page.locator('[data-critical]')).toHaveCount(expected.critical.length);
}

test('there are scenarios to play', () => {
  expect(scenarioPages.length).toBeGreaterThan(0);
});

for (const [path, details] of sweep(scenarioPages)) {
  test.describe(path, details, () => {
    const payload = payloadOf(path);
    const engine = compile(payload);
    const best = payload.scenario.bestPath ?? Object.values(payload.stats.witnesses)[0]!;

    test('plays to its best ending by mouse, and the debrief shows the engine’s numbers', async ({ page }) => {
      await startFresh(page, path);
      await playByMouse(page, best);
      await expectDebriefMatches(page, engine, best);
      // The result code a facilitator collects decodes to exactly these choices.
      const code = (await page.locator('[data-result-code]').textContent()) ?? '';
      const decoded = decodeResult(code, new Map([[payload.scenario.id, engine]]));
      expect(decoded.ok && decoded.choices).toEqual(best);
      expect(await axeViolations(page)).toEqual([]);
    });

    test('plays to an ending by keyboard alone', async ({ page }) => {
      await startFresh(page, path);
      const chosen: string[] = [];
      for (let i = 0; i < 40; i++) {
        const el = await tabTo(page, (e) => (e.option !== null && !e.disabled) || e.proceed);
        if (el.option) {
          chosen.push(el.option);
          await page.keyboard.press('Enter');
          await expect(page.locator('#consequence-heading')).toBeFocused();
          continue;
        }
        const label = await page.evaluate(() => document.activeElement?.textContent ?? '');
        await page.keyboard.press('Enter');
        if (label.includes('debrief')) break;
        await expect(page.locator('#scene-heading')).toBeFocused();
      }
      await expect(page.locator('#debrief-heading')).toBeFocused();
      await expectDebriefMatches(page, engine, chosen);
    });
  });
}

test.describe('one scenario in depth', () => {
  const path = scenarioPages[0]!;
  const payload = path ? payloadOf(path) : undefined;
  const engine = payload ? compile(payload) : undefined;
  const best = payload?.scenario.bestPath ?? [];

  test('keeps the introduction in place while the play screens load, then moves to the scene in one step', async ({ page }) => {
    // The play screens are held back until the learner has pressed Start.
    const release = await holdRequests(page, /\/_astro\/PlayArea\.[^/]+\.js$/);
    await page.goto(path);
    await page.getByRole('button', { name: 'Start the scenario' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Loading the scenario…' })).toBeVisible();
    await expect(page.locator('#scenario-intro')).toBeVisible();
    await release();
    await expect(page.locator('#scene-heading')).toBeFocused();
    await expect(page.locator('#scenario-intro')).toBeHidden();
    await expect(page.getByText('Loading the scenario…')).toHaveCount(0);
  });

  test('resumes after a reload at the same scene with the same scores', async ({ page }) => {
    await startFresh(page, path);
    for (const id of best.slice(0, 2)) {
      await page.locator(`button[data-option="${id}"]`).click();
      await page.locator('button.proceed').click();
    }
    const heading = await page.locator('#scene-heading').textContent();
    const total = await page.locator('.spark strong').textContent();
    await page.reload();
    await expect(page.getByText('You have a play in progress: 2 decisions made')).toBeVisible();
    await page.getByRole('button', { name: 'Resume where you left off' }).click();
    await expect(page.locator('#scene-heading')).toHaveText(heading!);
    await expect(page.locator('#scene-heading')).toBeFocused();
    await expect(page.locator('.spark strong')).toHaveText(total!);
    // Finishing the resumed play gives exactly the debrief of the same choices made in one sitting.
    await playByMouse(page, best.slice(2));
    await expectDebriefMatches(page, engine!, best);
  });

  test('rewinds to an earlier decision and takes another branch, and the run records it', async ({ page }) => {
    await startFresh(page, path);
    for (const id of best.slice(0, 2)) {
      await page.locator(`button[data-option="${id}"]`).click();
      await page.locator('button.proceed').click();
    }
    const firstTitle = payload!.scenario.scenes[Object.keys(payload!.scenario.scenes)[0]!]!.title;
    await page.getByText(/Your decisions so far \(2\)/).click();
    await page.locator('button[data-rewind="0"]').click();
    await expect(page.locator('#scene-heading')).toHaveText(firstTitle);
    const other = await page
      .locator(`button.option:not([aria-disabled]):not([data-option="${best[0]}"])`)
      .first()
      .getAttribute('data-option');
    await page.locator(`button[data-option="${other}"]`).click();
    await page.locator('button.proceed').click();
    const run = await page.evaluate(() => {
      const record = JSON.parse(localStorage.getItem('cb:record') ?? '{}') as {
        runs: Record<string, { choices: { optionId: string }[]; rewinds: { undone: { optionId: string }[] }[] }>;
      };
      return Object.values(record.runs)[0];
    });
    expect(run?.choices.map((c) => c.optionId)).toEqual([other]);
    expect(run?.rewinds[0]?.undone.map((c) => c.optionId)).toEqual(best.slice(0, 2));
  });

  test('has no axe violations on the intro, a scene, a consequence and the debrief, in both themes', async ({ page }) => {
    await page.goto(path);
    await page.evaluate(() => localStorage.clear());
    for (const theme of ['light', 'dark']) {
      await page.evaluate((t) => localStorage.setItem('cb:theme', t), theme);
      await page.reload();
      await expect(page.getByRole('button', { name: /Start the scenario|Resume/ })).toBeVisible();
      expect(await axeViolations(page), `intro, ${theme}`).toEqual([]);
    }
    await page.getByRole('button', { name: /Start the scenario/ }).click();
    expect(await axeViolations(page), 'scene').toEqual([]);
    await enabledOption(page).first().click();
    expect(await axeViolations(page), 'consequence').toEqual([]);
  });

  test('announces each consequence politely and shows options’ kinds in words', async ({ page }) => {
    await startFresh(page, path);
    for (const kind of ['Referral', 'Rule-bending', 'Joint action'])
      await expect(page.locator('button.option').filter({ hasText: kind }).first()).toBeVisible();
    await page.locator(`button[data-option="${best[0]}"]`).click();
    const live = page.locator('[aria-live="polite"]');
    await expect(live).not.toBeEmpty();
    const option = Object.values(payload!.scenario.scenes)
      .flatMap((s) => s.decision.options)
      .find((o) => o.id === best[0])!;
    const feedbackWords = option.feedback
      .replace(/<[^>]+>/g, ' ')
      .trim()
      .split(/\s+/)
      .slice(0, 4)
      .join(' ');
    await expect(live).toContainText(feedbackWords);
  });

  test('reflows at 320 px without horizontal scrolling, in play and on the debrief', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 800 });
    await startFresh(page, path);
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(await overflow()).toBeLessThanOrEqual(0);
    await playByMouse(page, best);
    expect(await overflow()).toBeLessThanOrEqual(0);
  });

  test('without JavaScript the intro still shows and says what is needed', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(path);
    await expect(page.locator('#scenario-intro h3').first()).toBeVisible();
    await expect(page.getByText('The scenario player needs JavaScript')).toBeVisible();
    await context.close();
  });

  test('the map page draws one node per scene and a text outline', async ({ page }) => {
    await page.goto(`${path}map/`);
    const scenes = Object.keys(payload!.scenario.scenes);
    await expect(page.locator('svg.map [data-scene]')).toHaveCount(scenes.length);
    await expect(page.locator('svg.map')).toHaveAttribute('role', 'img');
    await expect(page.locator('.outline li > strong')).toHaveCount(scenes.length);
    expect(await axeViolations(page)).toEqual([]);
  });
});

test('the scenario index filters cards by audience', async ({ page }) => {
  await page.goto('scenarios/');
  const cards = page.locator('.card[data-audiences]');
  const all = await cards.count();
  const select = page.getByLabel('Show scenarios for');
  const values = await select
    .locator('option')
    .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
  expect(values.length).toBeGreaterThan(1);
  let narrowed = false;
  for (const value of values) {
    await select.selectOption(value);
    const shown = page.locator('.card[data-audiences]:not([hidden])');
    const count = await shown.count();
    for (let i = 0; i < count; i++) expect(await shown.nth(i).getAttribute('data-audiences')).toContain(value);
    if (count < all) narrowed = true;
  }
  expect(narrowed).toBe(true);
  await select.selectOption('');
  await expect(page.locator('.card[data-audiences]:not([hidden])')).toHaveCount(all);
  await expect(page.locator('[data-filter-count]')).toHaveText(`Showing ${all} of ${all} scenarios.`);
});

test('choosing an audience and then opening search leaves the page usable (the filter once hid the search dialog)', async ({
  page,
}) => {
  await page.goto('scenarios/');
  const select = page.getByLabel('Show scenarios for');
  const value = await select.locator('option').nth(1).getAttribute('value');
  await select.selectOption(value!);
  await page.keyboard.press('Escape');
  await page.locator('[data-search-link]').click();
  const dialog = page.locator('#search-dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel('Search the course')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  // Links on the page answer again.
  await page.locator('.card:not([hidden]) h2 a').first().click();
  await expect(page).toHaveURL(/scenarios\/[a-z-]+\/$/);
});
