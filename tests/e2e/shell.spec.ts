import { expect, test } from '@playwright/test';

test('the skip link is the first stop and moves focus to the main content', async ({ page }) => {
  await page.goto('modules/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});

test('the theme toggle switches theme and the choice survives a reload', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('');
  const toggle = page.getByRole('button', { name: 'Dark theme' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  const lightBg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  await toggle.click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  const darkBg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(darkBg).not.toEqual(lightBg);

  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', 'true');
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toEqual(darkBg);
});

test('a module page shows its outcomes, CPD minutes and links to the neighbouring modules', async ({ page }) => {
  await page.goto('modules/');
  const cards = page.locator('main ol.card-list > li');
  const count = await cards.count();
  expect(count).toBeGreaterThan(0);
  // The second module has both neighbours when there are three or more; the first has only a next.
  await cards.nth(count > 2 ? 1 : 0).getByRole('link').click();

  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const outcomes = page.getByRole('region', { name: 'Learning outcomes' });
  await expect(outcomes.getByRole('listitem').first()).toBeVisible();
  expect(await outcomes.getByRole('listitem').count()).toBeGreaterThanOrEqual(2);
  await expect(page.getByText('CPD time')).toBeVisible();
  await expect(page.locator('[data-pagefind-meta="minutes"]')).toHaveText(/\d+ (minute|hour)/);

  const pager = page.getByRole('navigation', { name: 'Modules' });
  if (count > 2) await expect(pager.getByRole('link', { name: /Previous module/ })).toBeVisible();
  if (count > 1) {
    const next = pager.getByRole('link', { name: /Next module/ });
    const nextTitle = (await next.textContent())!.replace('Next module', '').trim();
    await next.click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(nextTitle);
  }
});
