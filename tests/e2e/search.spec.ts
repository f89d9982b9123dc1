import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { axeViolations } from './support/axe';
import { holdRequests } from './support/hold';

// The first search of a page fetches Pagefind's code and index: allow for a slow, busy machine.
const firstSearch = { timeout: 20_000 };

test('the search page finds the module that teaches an idea first', async ({ page }) => {
  await page.goto('search/');
  const box = page.getByLabel('Search the course');
  for (const [query, module] of [
    ['relational agency', 'relational-agency'],
    ['co-configuration', 'co-configuration'],
  ]) {
    await box.fill(query!);
    await expect(page.locator('.results li a').first()).toHaveAttribute('href', `/modules/${module}/`, firstSearch);
  }
  await expect(page.getByRole('status').filter({ hasText: /results? for/ })).toBeVisible();
});

test('filters narrow the results', async ({ page }) => {
  await page.goto('search/');
  await page.getByLabel('Search the course').fill('school');
  await expect(page.getByRole('status')).toContainText(/\d+ results? for/, firstSearch);
  const everything = Number((await page.getByRole('status').textContent())?.match(/(\d+) result/)?.[1]);
  await page.getByLabel('Glossary').check();
  await expect(page.getByRole('status')).not.toContainText(`${everything} result`);
  const links = await page.locator('.results li a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(links.length).toBeGreaterThan(0);
  for (const href of links) expect(href).toMatch(/^\/glossary\//);
});

test('search opens with "/" in a dialog, works by keyboard alone and closes with Escape', async ({ page }) => {
  await page.goto('modules/');
  await page.keyboard.press('/');
  const dialog = page.locator('#search-dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel('Search the course')).toBeFocused();
  await page.keyboard.type('relational agency');
  await expect(dialog.locator('.results li a').first()).toHaveAttribute('href', '/modules/relational-agency/', firstSearch);
  expect(await axeViolations(page)).toEqual([]);
  // Focus stays inside the modal dialog as the learner tabs through it.
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => Boolean(document.activeElement?.closest('#search-dialog')))).toBe(true);
  }
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test('words typed before the page’s scripts have started are still searched', async ({ page }) => {
  let release = await holdRequests(page, '**/_astro/*.js');
  // Not 'domcontentloaded': that event waits for the module scripts held here.
  await page.goto('search/', { waitUntil: 'commit' });
  await page.locator('#page-search-q').fill('relational agency');
  await release();
  await expect(page.locator('.results li a').first()).toHaveAttribute('href', '/modules/relational-agency/', firstSearch);
  release = await holdRequests(page, '**/_astro/*.js');
  await page.goto('who-can-help/', { waitUntil: 'commit' });
  await page.locator('#directory-finder-q').fill('speach');
  await release();
  await expect(page.locator('.results li').first()).toHaveAttribute(
    'data-ref',
    'role:speech-and-language-therapist',
    firstSearch,
  );
});

test('words typed while the search dialog is still loading are kept', async ({ page }) => {
  await page.goto('modules/');
  // The dialog's code loads on first open: it is held back until the words are typed.
  const release = await holdRequests(page, '**/_astro/mount-search*.js');
  await page.locator('[data-search-link]').click();
  await page.keyboard.type('relational agencyx');
  await page.keyboard.press('Backspace');
  await release();
  const box = page.locator('#search-dialog').getByLabel('Search the course');
  await expect(box).toHaveValue('relational agency');
  await expect(box).toBeFocused();
  await expect(page.locator('#search-dialog .results li a').first()).toHaveAttribute(
    'href',
    '/modules/relational-agency/',
    firstSearch,
  );
});

// Real practitioners' questions, each with the page that must come first (kept as data).
const questions = JSON.parse(readFileSync('tests/fixtures/search/questions.json', 'utf8')) as {
  question: string;
  first: string;
}[];

test("practitioners' questions get the right first answer; harm to a child puts the safeguarding route first", async ({
  page,
}) => {
  expect(questions.length).toBeGreaterThanOrEqual(12);
  await page.goto('search/');
  const box = page.getByLabel('Search the course');
  for (const { question, first } of questions) {
    await box.fill(question);
    await expect(page.getByRole('status'), question).toContainText(question, firstSearch);
    await expect(page.locator('.results li a').first(), question).toHaveAttribute('href', first);
  }
  await box.fill('what do I do if a child discloses abuse');
  await expect(page.locator('[data-danger]')).toContainText('If a child is in immediate danger, call 999.');
  await expect(page.locator('.results li a').nth(1)).toHaveAttribute('href', '/modules/rule-bending/#what-must-never-be-bent');
  await box.fill('what is relational agency');
  await expect(page.locator('[data-danger]')).toHaveCount(0, firstSearch);
  expect(await axeViolations(page)).toEqual([]);
});

test('a word no page uses finds nothing rather than pages about a shorter word', async ({ page }) => {
  await page.goto('search/');
  const box = page.getByLabel('Search the course');
  await box.fill('blockchain');
  await expect(page.getByRole('status')).toHaveText('No page of the course uses “blockchain”.', firstSearch);
  await expect(page.locator('.results li')).toHaveCount(0);
  // With a word the course does use, the unknown one is left out and named.
  await box.fill('blockchain referral');
  await expect(page.getByRole('status')).toContainText('results for', firstSearch);
  await expect(page.getByRole('status')).toContainText('No page of the course uses “blockchain”, so the search left it out.');
});

test('only the words searched for are highlighted, never the little words of a question', async ({ page }) => {
  await page.goto('search/');
  await page.getByLabel('Search the course').fill('what is the role of a health visitor');
  await expect(page.locator('.results li a').first()).toBeVisible(firstSearch);
  const marked = await page.locator('.results mark').allTextContents();
  expect(marked.length).toBeGreaterThan(0);
  for (const word of marked) expect(word.toLowerCase().replace(/[^a-z]/g, '')).not.toMatch(/^(what|is|the|of|a)$/);
});
