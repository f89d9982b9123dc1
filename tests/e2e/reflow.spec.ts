import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { compile, type CompiledScenario } from '../../src/scenario/runtime';
import { randomCode } from './support/random-code';
import { payloadOf, startFresh } from './support/scenario-pages';
import { builtPages, onePageOfEachKind } from './support/site';
import { islandsReady } from './support/islands';

/*
 * No sideways scrolling on a phone (WCAG 1.4.10, and the accessibility statement promises it), on
 * one page of every kind and on the pages whose width depends on what the learner or the room has
 * done: a debrief, a full record, the mirror with a group's codes, the group's debrief with two
 * routes. Folded parts are opened first, so what they hide is measured too.
 */
const phones = [
  { width: 320, height: 640 },
  { width: 390, height: 844 },
] as const;

async function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/** Opens every <details>, then checks both phone sizes; polled, as charts redraw for the new width after a resize. */
async function expectNoSidewaysScroll(page: Page, what: string) {
  await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
  for (const size of phones) {
    await page.setViewportSize(size);
    await expect
      .poll(() => sidewaysOverflow(page), { message: `${what} scrolls sideways at ${size.width} px` })
      .toBeLessThanOrEqual(0);
  }
}

// One page of each kind, as the every-page tests' own sample.
const pages = builtPages();
const onePerKind = onePageOfEachKind(pages);

test('one page of each kind covers every kind of page the issue names', () => {
  const kinds = [
    /^$/, // home
    /^modules\/$/, // an index
    /^modules\/[^/]+\/$/, // a module
    /^scenarios\/[^/]+\/$/, // a scenario's introduction
    /^scenarios\/[^/]+\/map\/$/,
    /^scenarios\/[^/]+\/card\/$/,
    /^scenarios\/[^/]+\/facilitate\/$/, // a presenter page
    /^glossary\/[^/]+\/$/, // a term
    /^who-can-help\/[^/]+\/$/, // a role
    /^record\/$/,
    /^search\/$/,
    /^facilitate\/$/,
    /^facilitate\/mirror\/$/,
    /^facilitate\/sessions\/[^/]+\/$/, // a session plan
  ];
  expect(kinds.filter((kind) => !onePerKind.some((p) => kind.test(p))).map(String)).toEqual([]);
});

for (const path of onePerKind) {
  test(`/${path} does not scroll sideways at 320 or 390 px`, async ({ page }) => {
    for (const size of phones) {
      await page.setViewportSize(size);
      // Islands draw after the page has loaded; what they draw counts too.
      await page.goto(path);
      await islandsReady(page);
      await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
      await expect.poll(() => sidewaysOverflow(page), { message: `/${path} at ${size.width} px` }).toBeLessThanOrEqual(0);
    }
  });
}

const scenarioPath = pages.find((p) => /^scenarios\/[^/]+\/$/.test(p))!;
const payload = payloadOf(scenarioPath);
const best = payload.scenario.bestPath ?? Object.values(payload.stats.witnesses)[0]!;

async function playBest(page: Page) {
  for (const id of best) {
    await page.locator(`button[data-option="${id}"]`).click();
    await page.locator('button.proceed').click();
  }
  await expect(page.locator('#debrief-heading')).toBeFocused();
}

test('a debrief, and a second one compared with the first, do not scroll sideways', async ({ page }) => {
  await startFresh(page, scenarioPath);
  await playBest(page);
  await expect(page.locator('tr[data-kind]').first()).toBeAttached();
  await expectNoSidewaysScroll(page, 'the debrief');

  await page.getByRole('button', { name: 'Play again from the start' }).click();
  await expect(page.locator('#scene-heading')).toBeFocused();
  await playBest(page);
  // The debrief may fold the comparison away until asked for, so hidden elements count here.
  await expect(page.getByRole('table', { name: /compared with your previous one/, includeHidden: true })).toBeAttached();
  await expectNoSidewaysScroll(page, 'the second debrief');
});

test('a full record does not scroll sideways, and every CPD entry’s Edit and Delete are on screen', async ({ page }) => {
  // A real finished run and the CPD entry it adds, then reflections and entries as a learner might write them.
  await startFresh(page, scenarioPath);
  await playBest(page);
  const longWord = 'x'.repeat(300);
  await page.evaluate((longWord) => {
    const record = JSON.parse(localStorage.getItem('cb:record')!);
    const now = Date.now();
    const titles = [
      longWord,
      'Reading: Learning in and for interagency working, chapter 4',
      'Supervision session on a child in need case',
      'Team meeting about the new referral pathway for children missing education',
      'Short',
    ];
    titles.forEach((title, i) => {
      record.cpd[`reflow${i}`] = {
        id: `reflow${i}`,
        deleted: false,
        date: `2026-0${i + 1}-28`,
        title,
        type: ['reading', 'supervision', 'peer-learning', 'training', 'other'][i],
        minutes: 75 + i * 60,
        did: i === 1 ? `Read it, with notes: ${longWord}` : '',
        learned: i === 1 ? 'That a workaround can be learning.' : '',
        impact: '',
        origin: 'manual',
        sourceId: null,
        edited: false,
        createdAt: now - i,
        updatedAt: now - i,
      };
    });
    record.reflections['modules/trajectories/#whose-window'] = {
      text: `Family is the domain I cannot see from school. ${longWord}`,
      prompt: 'Which domains can you see?',
      updatedAt: now,
    };
    record.reflections['modules/rule-bending/#reflow'] = { text: 'We bent a rule to get the child seen sooner.', updatedAt: now };
    localStorage.setItem('cb:record', JSON.stringify(record));
  }, longWord);

  await page.goto('record/');
  const log = page.locator('table:has(#cpd-caption)');
  await expect(log.locator('tbody tr')).toHaveCount(6);
  await expect(page.getByRole('region', { name: 'Reflections' })).toContainText('Family is the domain I cannot see from school.');
  await expect(page.locator(`[id="scores-${payload.scenario.id}"]`)).toBeAttached();
  await expectNoSidewaysScroll(page, 'the record');

  const buttons = log.getByRole('button', { name: /^(Edit|Delete) “/ });
  await expect(buttons).toHaveCount(12);
  // Wider screens too: between a phone and a desktop the table must not push them out of its box.
  for (const width of [320, 390, 700, 1280]) {
    await page.setViewportSize({ width, height: 800 });
    const clientWidth = await page.evaluate(() => document.documentElement.clientWidth);
    for (const button of await buttons.all()) {
      const box = (await button.boundingBox())!;
      const name = await button.getAttribute('aria-label');
      expect(box.x, `${name} at ${width} px`).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width, `${name} at ${width} px`).toBeLessThanOrEqual(clientWidth);
    }
  }

  // Asking before deleting the long entry: the question and both answers are on screen too.
  await page.setViewportSize(phones[0]);
  await log.getByRole('button', { name: `Delete “${longWord}”` }).click();
  for (const name of ['Yes, delete', 'Keep it']) {
    const box = (await log.getByRole('button', { name }).boundingBox())!;
    expect(box.x, name).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width, name).toBeLessThanOrEqual(phones[0].width);
  }
  expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
});

test('the mirror with 30 codes from two scenarios does not scroll sideways', async ({ page }) => {
  const ids = pages.flatMap((p) => /^scenarios\/([^/]+)\/$/.exec(p)?.[1] ?? []).slice(0, 2);
  const engines = ids.map((id) =>
    compile(JSON.parse(readFileSync(`dist/scenarios/${id}/scenario.json`, 'utf8')) as CompiledScenario),
  );
  // Two plays that chose alike give the same code, which the page counts once: draw until 15 differ for each scenario.
  const codes = engines.flatMap((engine) => {
    const distinct = new Set<string>();
    for (let seed = 1; distinct.size < 15 && seed < 5_000; seed++) distinct.add(randomCode(engine, seed));
    return [...distinct];
  });
  expect(codes).toHaveLength(30);

  await page.goto('facilitate/mirror/');
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  // One mistyped code as well, so the rejected codes table is drawn.
  await page.getByLabel('Result codes').fill([...codes, 'CB1.garbage'].join('\n'));
  await page.getByRole('button', { name: 'Add codes' }).click();
  await expect(page.locator('[data-totals]')).toContainText('30 plays counted');
  for (const id of ids) await expect(page.locator(`section[data-scenario="${id}"] table`).first()).toBeVisible();
  await expect(page.locator('section.rejected')).toBeVisible();
  await expectNoSidewaysScroll(page, 'the mirror');
});

test('the group’s debrief, comparing two routes, does not scroll sideways', async ({ page }) => {
  await page.goto('scenarios/sami/facilitate/');
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await expect(page.locator('#room-heading')).toHaveText('Before the room begins');
  await page.keyboard.press('ArrowRight');
  // Option buttons not yet picked: the room takes one, sees what happened, goes back and takes another.
  const unpicked = page.locator('button[aria-pressed][class="secondary"]').filter({ hasText: /^Pick/ });
  await unpicked.first().click();
  await page.keyboard.press('r');
  await page.keyboard.press('ArrowLeft');
  await unpicked.nth(1).click();
  await page.keyboard.press('r');
  for (let i = 0; i < 40 && (await page.locator('#room-heading').textContent()) !== 'The group’s debrief'; i++) {
    if ((await page.locator('[data-phase]').getAttribute('data-phase')) === 'voting') {
      await unpicked.first().click();
      await page.keyboard.press('r');
    } else await page.keyboard.press('ArrowRight');
  }
  await expect(page.locator('#room-heading')).toHaveText('The group’s debrief');
  await expect(page.getByRole('heading', { name: 'Every route the room tried' })).toBeVisible();
  await expect(page.locator('tr[data-decision]').first()).toBeVisible();
  await expectNoSidewaysScroll(page, 'the group’s debrief');
});
