import { expect, test } from '@playwright/test';

/*
 * On a slow connection the page draws its text boxes seconds before their scripts run. Words a
 * learner types in that time must be kept and saved, in every island with a text box.
 */
test('words typed into the activity-system tool before its script starts are saved', async ({ page }) => {
  // Hold the scripts back, as a slow connection would, so the typing happens first.
  await page.route('**/_astro/*.js', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 2000));
    await route.continue();
  });
  await page.goto('modules/activity-theory/', { waitUntil: 'domcontentloaded' });
  const subject = page.locator('#activity-my-team-subject');
  await subject.scrollIntoViewIfNeeded();
  await subject.fill('Our attendance team: two officers and a manager');
  await expect(page.locator('.activity-tool .save-status')).toContainText('Saved in this browser', { timeout: 20_000 });
  await page.unroute('**/_astro/*.js');
  await page.reload();
  await expect(page.locator('#activity-my-team-subject')).toHaveValue('Our attendance team: two officers and a manager');
  // The map is the learner's work: the record page shows it too.
  await page.goto('record/');
  const maps = page.getByRole('region', { name: 'Activity-system maps' });
  await expect(maps).toContainText('Our attendance team: two officers and a manager');
});
