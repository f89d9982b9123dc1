import { expect, test } from '@playwright/test';

test('a reflection typed and reloaded mid-word is still there', async ({ page }) => {
  await page.goto('modules/trajectories/');
  const box = page.locator('.reflection textarea').first();
  await box.click();
  await box.pressSequentially('She seemed tired every Monday and her read');
  // No pause for the debounce: the page-hide flush must save it.
  await page.reload();
  await expect(page.locator('.reflection textarea').first()).toHaveValue('She seemed tired every Monday and her read');
});

test('every reflection box says where its text stays and not to identify anyone, to screen readers too', async ({ page }) => {
  await page.goto('modules/trajectories/');
  const boxes = page.locator('.reflection textarea');
  expect(await boxes.count()).toBeGreaterThan(0);
  for (const box of await boxes.all())
    await expect(box).toHaveAccessibleDescription('Kept in this browser only. Leave out names or details that could identify a child, family or colleague.');
});

test('a knowledge check gives feedback on the chosen answer and remembers it after reload', async ({ page }) => {
  await page.goto('modules/trajectories/');
  const first = page.locator('.knowledge-check fieldset').first();
  await first.scrollIntoViewIfNeeded();
  const answers = first.getByRole('radio');
  await expect(answers.first()).toBeVisible();
  // Pick a wrong answer if there is one, so the feedback must name the best answer too.
  const count = await answers.count();
  await answers.nth(count - 1).check();
  await first.getByRole('button', { name: 'Check my answer' }).click();
  const feedback = first.locator('.feedback');
  await expect(feedback).toHaveText(/(Right\.|Not quite\.)\s+\S+/);
  const shown = await feedback.textContent();

  await page.reload();
  const again = page.locator('.knowledge-check fieldset').first();
  await again.scrollIntoViewIfNeeded();
  await expect(again.getByRole('radio').nth(count - 1)).toBeChecked();
  await expect(again.locator('.feedback')).toHaveText(shown!.trim());
  await expect(page.locator('.knowledge-check .summary')).toContainText('You have answered 1 of');
});

test('glossary terms open and close by keyboard', async ({ page }) => {
  await page.goto('modules/trajectories/');
  const term = page.locator('.term-button').first();
  await term.focus();
  await expect(term).toBeFocused();
  const popover = page.locator(`#${await term.getAttribute('popovertarget')}`);
  await expect(popover).toBeHidden();
  await page.keyboard.press('Enter');
  await expect(popover).toBeVisible();
  await expect(popover.getByRole('link', { name: /Read more/ })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(popover).toBeHidden();
  await page.keyboard.press('Space');
  await expect(popover).toBeVisible();
});

test('the activity-system tool saves, reloads and prints what the learner wrote', async ({ page }) => {
  await page.goto('modules/activity-theory/');
  const tool = page.locator('.activity-tool').first();
  await tool.scrollIntoViewIfNeeded();
  await tool.getByLabel('Object', { exact: true }).fill('Getting Kai back into full-time school');
  await tool.getByLabel('Rules', { exact: true }).fill('Referral only after six weeks of absence');
  await tool.getByLabel('First part').selectOption({ label: 'Rules' });
  await tool.getByLabel('Second part').selectOption({ label: 'Object' });
  await tool.getByRole('button', { name: 'Add tension' }).click();
  await expect(page.getByText('Tension 1 added between Rules and Object', { exact: false })).toBeAttached();
  await tool.getByLabel('Tension 1: Rules and Object').fill('The waiting rule delays the help Kai needs now');
  await expect(tool.locator('svg .tension')).toHaveCount(1);

  await page.reload();
  const again = page.locator('.activity-tool').first();
  await again.scrollIntoViewIfNeeded();
  await expect(again.getByLabel('Object', { exact: true })).toHaveValue('Getting Kai back into full-time school');
  await expect(again.getByLabel('Tension 1: Rules and Object')).toHaveValue('The waiting rule delays the help Kai needs now');
  await expect(again.locator('svg text.node-text').filter({ hasText: 'Getting Kai back' })).toHaveCount(1);

  await page.emulateMedia({ media: 'print' });
  await expect(again.getByLabel('Object', { exact: true })).toBeVisible();
  await expect(again.getByRole('button', { name: 'Add tension' })).toBeHidden();
  await expect(page.locator('.site-header nav')).toBeHidden();
  const pdf = await page.pdf();
  expect(pdf.byteLength).toBeGreaterThan(10_000);
});

test('a module page links the scenarios that practise it', async ({ page }) => {
  await page.goto('modules/co-configuration/');
  const section = page.locator('section[aria-labelledby="practice-heading"]');
  await expect(section.getByRole('heading', { name: 'Try it in a scenario' })).toBeVisible();
  const links = section.getByRole('link');
  expect(await links.count()).toBeGreaterThan(0);
  await links.first().click();
  await expect(page.getByRole('button', { name: /Start the scenario|Resume/ })).toBeVisible();
});
