import { expect, test } from '@playwright/test';
import { holdRequests } from './support/hold';

/*
 * On a slow connection the page draws its text boxes seconds before their scripts run. Words a
 * learner types in that time must be kept and saved, in every island with a text box.
 */
test('words typed into the activity-system tool before its script starts are saved', async ({ page }) => {
  const release = await holdRequests(page, '**/_astro/*.js');
  // Not 'domcontentloaded': that event waits for the module scripts held here.
  await page.goto('modules/activity-theory/', { waitUntil: 'commit' });
  const subject = page.locator('#activity-my-team-subject');
  await subject.scrollIntoViewIfNeeded();
  await subject.fill('Our attendance team: two officers and a manager');
  await release();
  await expect(page.locator('.activity-tool .save-status')).toContainText('Saved in this browser', { timeout: 20_000 });
  await page.reload();
  await expect(page.locator('#activity-my-team-subject')).toHaveValue('Our attendance team: two officers and a manager');
  // The map is the learner's work: the record page shows it too.
  await page.goto('record/');
  const maps = page.getByRole('region', { name: 'Activity-system maps' });
  await expect(maps).toContainText('Our attendance team: two officers and a manager');
});
