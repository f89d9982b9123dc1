import { expect, test } from '@playwright/test';
import { axeViolations } from './support/axe';

test('the who-can-help finder answers "not attending school" with the education welfare officer first', async ({ page }) => {
  await page.goto('who-can-help/');
  const box = page.getByLabel('Describe the concern');
  await box.focus();
  await page.keyboard.type('not attending school');
  const first = page.locator('.results li').first();
  await expect(first).toHaveAttribute('data-ref', 'role:education-welfare-officer');
  await expect(page.getByRole('status').filter({ hasText: /suggestion/ })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);

  // Results follow the words as they are typed, typos included.
  await box.fill('speach');
  await expect(first).toHaveAttribute('data-ref', 'role:speech-and-language-therapist');
  // Keyboard only: Tab from the box reaches the domain filter, then the first result's link.
  await box.fill('not attending school');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel("Part of the child's life")).toBeFocused();
  await page.getByLabel("Part of the child's life").selectOption('health');
  // The filter keeps only roles working in that part of the child's life: the attendance role drops out.
  await expect(page.locator('.results li[data-ref="role:education-welfare-officer"]')).toHaveCount(0);
  const domains = await page.locator('.results li').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-domains') ?? ''));
  expect(domains.length).toBeGreaterThan(0);
  for (const d of domains) expect(d.split(' ')).toContain('health');
  await page.keyboard.press('Tab');
  await expect(page.locator('.results li a').first()).toBeFocused();
});

test('a disclosure typed in plain words is answered with the designated safeguarding lead first', async ({ page }) => {
  await page.goto('who-can-help/');
  await page.getByLabel('Describe the concern').fill('a child told me their dad hits them');
  await expect(page.locator('.results li').first()).toHaveAttribute('data-ref', 'role:designated-safeguarding-lead');
  await expect(page.locator('[data-danger]')).toContainText('If a child is in immediate danger, call 999.');
  expect(await axeViolations(page)).toEqual([]);
  // A concern that is not about harm has no such line.
  await page.getByLabel('Describe the concern').fill('speech');
  await expect(page.locator('[data-danger]')).toHaveCount(0);
});

test('a module can embed the finder with a concern already typed in', async ({ page }) => {
  await page.goto('modules/knowing-who/');
  const finder = page.locator('.who-can-help');
  await finder.scrollIntoViewIfNeeded();
  await expect(finder.locator('.results li').first()).toHaveAttribute('data-ref', 'role:education-welfare-officer');
});
