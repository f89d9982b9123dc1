import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { axeViolations } from './support/axe';
import { payloadOf, startFresh } from './support/scenario-pages';

/*
 * Picking up where you left off, as a learner meets it: part-read a module and part-play a
 * scenario, then find each offered again at the top of the home page and the indexes; and a
 * pathway's checklist ticking the steps done, with the next one a button away.
 */

const sami = payloadOf('scenarios/sami/');

/** Makes the first decision of Sami's scenario and moves on, leaving the play unfinished. */
async function partPlay(page: Page) {
  await startFresh(page, 'scenarios/sami/');
  await page.locator(`button[data-option="${sami.scenario.bestPath![0]}"]`).click();
  await page.locator('button.proceed').click();
  await expect(page.locator('#scene-heading')).toBeFocused();
}

test('the indexes and the home page offer what was left unfinished, each of its own kind', async ({ page }) => {
  await partPlay(page);
  // Then a module opened and left part-read: it is the latest thing touched.
  await page.goto('modules/relational-agency/');
  await expect(page.getByRole('heading', { name: 'Your progress' })).toBeVisible();
  // Wait for the visit itself: the play's scores already name relational agency, so the bare id
  // would be found before the module page has written anything.
  await expect
    .poll(() =>
      page.evaluate(
        () => JSON.parse(localStorage.getItem('cb:record') ?? '{}').modules?.['relational-agency']?.lastVisitedAt ?? null,
      ),
    )
    .not.toBeNull();

  await page.goto('');
  const home = page.locator('[data-continue]');
  await expect(home.getByRole('link')).toHaveText('Continue: Relational agency');
  await expect(home.getByRole('link')).toHaveAttribute('href', /modules\/relational-agency\/$/);

  await page.goto('modules/');
  await expect(page.locator('[data-continue] a')).toHaveText('Continue: Module 3: Relational agency');
  await expect(page.locator('[data-progress="module:relational-agency"] [data-when="started"]')).toBeVisible();

  // The scenarios index offers the unfinished play, though a module was touched since.
  await page.goto('scenarios/');
  const link = page.locator('[data-continue] a');
  await expect(link).toHaveText(`Continue: ${sami.scenario.title}`);
  await expect(page.locator('[data-progress="scenario:sami"] [data-when="started"]')).toBeVisible();
  await link.click();
  await expect(page.getByRole('button', { name: 'Resume where you left off' })).toBeVisible();
});

test('a new learner sees no continue panel and no badges', async ({ page }) => {
  await page.goto('scenarios/');
  await page.evaluate(() => localStorage.clear());
  for (const path of ['', 'modules/', 'scenarios/']) {
    await page.goto(path);
    await expect(page.locator('[data-continue]')).toBeHidden();
    await expect(page.locator('.badge[data-when]:visible')).toHaveCount(0);
  }
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("a scenario's intro puts Resume on the first screen", async ({ page }) => {
    await partPlay(page);
    // Coming back later: a fresh visit, from the top of the page.
    await page.goto('');
    await page.goto('scenarios/sami/');
    await expect(page.getByRole('button', { name: 'Resume where you left off' })).toBeInViewport({ ratio: 1 });
  });
});

test("a pathway's page ticks the steps done, says the time left and offers the next step", async ({ page }) => {
  await page.goto('pathways/initial-teacher-education/');
  await page.evaluate(() => localStorage.clear());
  // Without a record: every step open, the first one offered.
  await page.reload();
  await expect(page.locator('[data-next] a')).toHaveText("Start: Children's trajectories and accumulated vulnerability");
  for (const id of ['trajectories', 'knowing-who']) {
    await page.goto(`modules/${id}/`);
    await page.getByRole('button', { name: 'Mark this module as complete' }).click();
    await expect(page.getByText('Marked as complete.')).toBeVisible();
  }
  await page.goto('pathways/initial-teacher-education/');
  const items = page.locator('[data-step-index]');
  await expect(items.nth(0)).toHaveAttribute('data-state', 'done');
  await expect(items.nth(1)).toHaveAttribute('data-state', 'done');
  await expect(items.nth(2)).toHaveAttribute('data-state', 'open');
  await expect(items.nth(0)).toContainText('Done:');
  // Every module and scenario step of the pathway counts; sessions with a group do not.
  const steps = readFileSync('content/pathways/initial-teacher-education.yaml', 'utf8').match(
    /type: (module|scenario)\b/g,
  )!.length;
  await expect(page.locator('[data-pathway-status]')).toHaveText(new RegExp(`^2 of ${steps} steps done, about .+ left$`));
  const next = page.locator('[data-next] a');
  await expect(next).toHaveText(`Next step: ${sami.scenario.title}`);
  await next.click();
  await expect(page).toHaveURL(/scenarios\/sami\/$/);

  await page.goto('pathways/');
  const card = page.locator('[data-pathway]', { has: page.getByRole('link', { name: /Initial teacher education/ }) });
  await expect(card.locator('[data-pathway-status]')).toHaveText(new RegExp(`^2 of ${steps} steps done`));
});

test('organisations find their page from the footer, the facilitators area and the about page', async ({ page }) => {
  for (const from of ['', 'facilitate/', 'about/']) {
    await page.goto(from);
    const area = from === '' ? page.locator('footer') : page.locator('main');
    await area.getByRole('link', { name: 'For organisations and tutors' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('For organisations and tutors');
  }
  expect(await axeViolations(page)).toEqual([]);
  // The guides are docs/lms.md and docs/privacy.md themselves, rendered.
  for (const [link, file] of [
    ['Using the course in an LMS (SCORM)', 'docs/lms.md'],
    ['What the course stores, and where', 'docs/privacy.md'],
  ] as const) {
    await page.goto('about/organisations/');
    await page.getByRole('link', { name: link }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(link);
    const firstSection = readFileSync(file, 'utf8').match(/^## (.+)$/m)![1]!;
    await expect(page.getByRole('heading', { level: 2, name: firstSection })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  }
});
