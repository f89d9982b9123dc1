import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { axeViolations } from './support/axe';

const RECORD_KEY = 'cb:record';

/** The record as stored in the page's localStorage. */
async function storedRecord(page: Page): Promise<Record<string, any>> {
  return page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? 'null'), RECORD_KEY);
}

/** Types into the nth reflection box on a module page and waits until it is saved. */
async function writeReflection(page: Page, index: number, text: string) {
  const box = page.locator('.reflection').nth(index);
  await box.locator('textarea').fill(text);
  await box.locator('textarea').blur();
  await expect(box.locator('.save-status')).toContainText('Saved in this browser');
}

/** A few reflections, a completed module, a manual CPD entry and a name: enough to exercise every part of the page. */
async function fillRecord(page: Page) {
  await page.goto('modules/trajectories/');
  await writeReflection(page, 0, 'I see learning and wellbeing; family is hidden from me.\nThe health visitor sees it.');
  await writeReflection(page, 1, 'Year 6 to Year 7: the SENCO should pass on the speech notes, with Mum’s say.');
  await page.getByRole('button', { name: 'Mark this module as complete' }).click();
  await expect(page.getByText('Marked as complete.')).toBeVisible();
  await page.goto('modules/knowing-who/');
  await writeReflection(page, 0, 'My map is blank beyond school: I need to meet the early help team, "properly".');
  await page.goto('record/');
  await page.getByRole('button', { name: 'Add a CPD entry' }).click();
  const form = page.locator('.cpd-form');
  await form.getByLabel('Title').fill('=Safeguarding update, level 3');
  await form.getByLabel('Kind of activity').selectOption({ label: 'Training day' });
  await form.getByLabel('Time spent, in minutes').fill('180');
  await form.getByLabel('What I did').fill('Attended the partnership’s annual update.');
  await form.getByLabel('What I learned').fill('How the new Family Help teams take referrals.');
  await form.getByLabel('Impact on my practice').fill('I now check the early help offer before referring.');
  await form.getByRole('button', { name: 'Add to my CPD log' }).click();
  await expect(page.getByText('Entry “=Safeguarding update, level 3” added')).toBeVisible();
  await page.getByLabel('Your name (optional)').fill('Sam Okafor');
  await page.getByRole('button', { name: 'Save name' }).click();
  await expect(page.getByText('Your name will be printed as “Sam Okafor”.')).toBeVisible();
}

test('a reflection typed and reloaded mid-word is still there, and the record page shows it with its question', async ({
  page,
}) => {
  await page.goto('modules/trajectories/');
  const box = page.locator('.reflection textarea').first();
  await box.click();
  await box.pressSequentially('Family is the domain I cannot see from sch');
  // No pause for the debounce: the page-hide flush must save it.
  await page.reload();
  await expect(page.locator('.reflection textarea').first()).toHaveValue('Family is the domain I cannot see from sch');

  await page.goto('record/');
  const reflections = page.getByRole('region', { name: 'Reflections' });
  await expect(reflections.getByRole('heading', { name: /trajectories/i })).toBeVisible();
  await expect(reflections.getByText('Family is the domain I cannot see from sch')).toBeVisible();
  await expect(reflections.getByText('Which of the five domains can you see clearly', { exact: false })).toBeVisible();
});

test('two tabs editing different reflections both keep their work, and an open record page follows along', async ({
  context,
}) => {
  const recordPage = await context.newPage();
  await recordPage.goto('record/');
  await expect(recordPage.getByText('You have not written any reflections yet.')).toBeVisible();

  const tabA = await context.newPage();
  const tabB = await context.newPage();
  await tabA.goto('modules/trajectories/');
  await tabB.goto('modules/trajectories/');
  // Both tabs have loaded the (empty) record before either writes.
  await tabA.locator('.reflection textarea').first().pressSequentially('Written in tab A');
  await tabB.locator('.reflection textarea').nth(1).pressSequentially('Written in tab B');
  await tabA.locator('.reflection textarea').first().blur();
  await tabB.locator('.reflection textarea').nth(1).blur();
  await expect(tabA.locator('.reflection .save-status').first()).toContainText('Saved');
  await expect(tabB.locator('.reflection .save-status').nth(1)).toContainText('Saved');

  await tabA.reload();
  await expect(tabA.locator('.reflection textarea').first()).toHaveValue('Written in tab A');
  await expect(tabA.locator('.reflection textarea').nth(1)).toHaveValue('Written in tab B');
  // The storage event refreshed the record page without a reload.
  const reflections = recordPage.getByRole('region', { name: 'Reflections' });
  await expect(reflections.getByText('Written in tab A')).toBeVisible();
  await expect(reflections.getByText('Written in tab B')).toBeVisible();
});

test('completing a module logs its CPD time; undo takes it back', async ({ page }) => {
  await page.goto('modules/trajectories/');
  const minutes = (await page.locator('.facts dd').first().textContent())!.trim();
  await page.getByRole('button', { name: 'Mark this module as complete' }).click();
  await expect(page.getByText(`${minutes} added to your CPD log`)).toBeVisible();
  await page.reload();
  await expect(page.getByRole('button', { name: 'Undo: mark as not complete' })).toBeVisible();

  await page.goto('record/');
  const log = page.getByRole('table', { name: /Your CPD log/ });
  await expect(log.getByRole('row', { name: /trajectories/i })).toContainText(minutes);
  await expect(
    page.getByRole('table', { name: /progress through each module/ }).getByRole('row', { name: /trajectories/i }),
  ).toContainText('Completed on');
  await expect(page.locator('.totals')).toContainText(minutes);

  await page.goto('modules/trajectories/');
  await page.getByRole('button', { name: 'Undo: mark as not complete' }).click();
  await expect(page.getByText('The CPD log entry for this module has been removed.')).toBeVisible();
  await page.goto('record/');
  await expect(page.getByText('Your CPD log is empty so far.')).toBeVisible();
});

test('CPD entries can be added, checked, edited and deleted', async ({ page }) => {
  await page.goto('record/');
  await page.getByRole('button', { name: 'Add a CPD entry' }).click();
  const form = page.locator('.cpd-form');
  await expect(form.getByRole('heading', { name: 'Add a CPD entry' })).toBeFocused();
  await form.getByLabel('Title').fill('');
  await form.getByLabel('Time spent, in minutes').fill('ninety');
  await form.getByRole('button', { name: 'Add to my CPD log' }).click();
  await expect(form.getByRole('alert')).toContainText('Enter a title');
  await expect(form.getByRole('alert')).toContainText('whole minutes');
  await expect(form.getByLabel('Title')).toHaveAttribute('aria-invalid', 'true');

  await form.getByLabel('Title').fill('Reading: Working Together 2023');
  await form.getByLabel('Kind of activity').selectOption({ label: 'Reading or research' });
  await form.getByLabel('Time spent, in minutes').fill('90');
  await form.getByRole('button', { name: 'Add to my CPD log' }).click();
  const row = page.getByRole('row', { name: /Reading: Working Together 2023/ });
  await expect(row).toContainText('1 hour 30 minutes');
  await expect(page.getByRole('button', { name: 'Add a CPD entry' })).toBeFocused();

  await row.getByRole('button', { name: 'Edit “Reading: Working Together 2023”' }).click();
  await page.locator('.cpd-form').getByLabel('Time spent, in minutes').fill('120');
  await page.locator('.cpd-form').getByRole('button', { name: 'Save changes' }).click();
  await expect(row).toContainText('2 hours');
  await expect(row.getByRole('button', { name: /^Edit/ })).toBeFocused();

  await row.getByRole('button', { name: 'Delete “Reading: Working Together 2023”' }).click();
  await expect(row.getByRole('button', { name: 'Keep it' })).toBeFocused();
  await row.getByRole('button', { name: 'Yes, delete' }).click();
  await expect(page.getByText('Entry “Reading: Working Together 2023” deleted')).toBeVisible();
  await expect(page.getByText('Your CPD log is empty so far.')).toBeVisible();
});

test('export, delete all, import: the record comes back identical', async ({ page }) => {
  await fillRecord(page);
  const before = await storedRecord(page);
  expect(Object.keys(before.reflections)).toHaveLength(3);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download my whole record (JSON)' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^crossing-boundaries-record-\d{4}-\d{2}-\d{2}\.json$/);
  const file = await download.path();
  const exported = JSON.parse(readFileSync(file, 'utf8'));
  expect(exported.record).toEqual(before);
  await expect(page.getByText('Your whole record was downloaded')).toBeVisible();

  // The CSV guards against formulas.
  const [csv] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: /Download my CPD log/ }).click(),
  ]);
  const csvText = readFileSync(await csv.path(), 'utf8');
  expect(csvText).toContain(`"'=Safeguarding update, level 3"`);
  expect(csvText).toContain('\r\n');

  const trigger = page.getByRole('button', { name: 'Delete all my data…' });
  await trigger.click();
  const dialog = page.getByRole('dialog', { name: 'Delete all your data?' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await expect(trigger).toBeFocused();
  // A facilitator's saved room and mirror codes are the course's data too.
  await page.evaluate(() => {
    localStorage.setItem('cb:mirror', '{"format":1,"codes":[]}');
    localStorage.setItem('cb:room:sami', '{}');
    // One still under the name an earlier version gave it.
    localStorage.setItem('crossing-boundaries:room:jordan', '{}');
  });
  await trigger.click();
  await dialog.getByRole('button', { name: 'Delete everything' }).click();
  await expect(page.getByText('All your course data has been deleted from this browser.')).toBeVisible();
  await expect(trigger).toBeFocused();
  const emptied = await storedRecord(page);
  expect(emptied.reflections).toEqual({});
  expect(emptied.cpd).toEqual({});
  expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => !k.startsWith('cb:record')))).toEqual([]);
  await expect(page.getByText('You have not written any reflections yet.')).toBeVisible();

  await page.getByLabel('Choose a record file (.json)').setInputFiles(file);
  const preview = page.getByRole('region', { name: /Check before you import/ });
  await expect(preview.getByRole('heading', { name: /Check before you import/ })).toBeFocused();
  await expect(preview).toContainText('Reflections: 3');
  await preview.getByLabel(/Replace my record with it/).check();
  await expect(preview).toContainText('Nothing would be lost');
  // Nothing has changed yet.
  expect((await storedRecord(page)).reflections).toEqual({});
  await preview.getByRole('button', { name: 'Replace my record' }).click();
  await expect(page.getByText(/Your record has been replaced by the one in/)).toBeVisible();

  const after = await storedRecord(page);
  // Only the generation stamp differs: it marks when the record was last replaced.
  expect(after.clearedAt).toBeGreaterThan(before.clearedAt);
  expect({ ...after, clearedAt: 0 }).toEqual({ ...before, clearedAt: 0 });
  await page.reload();
  await expect(
    page.getByRole('region', { name: 'Reflections' }).getByText('Year 6 to Year 7: the SENCO should pass on the speech notes'),
  ).toBeVisible();
  await expect(page.getByLabel('Your name (optional)')).toHaveValue('Sam Okafor');
});

test('a bad import file is refused with a reason, and nothing changes', async ({ page }) => {
  await fillRecord(page);
  const before = await storedRecord(page);
  // Two CPD entries sharing one id under different keys once locked learners out of the record page.
  await page.getByLabel('Choose a record file (.json)').setInputFiles('tests/fixtures/imports/duplicate-cpd-id.json');
  await expect(
    page.getByText(
      /“duplicate-cpd-id.json” was not imported\. .*cpd › “entry-2” › id is “entry-1”, but the item is filed under “entry-2”/,
    ),
  ).toBeVisible();
  await page
    .getByLabel('Choose a record file (.json)')
    .setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('just some notes') });
  await expect(page.getByText(/“notes.txt” was not imported\. This file is not a course record/)).toBeVisible();
  expect(await storedRecord(page)).toEqual(before);
});

test('the printed record lays out every reflection and the CPD entries', async ({ page }) => {
  await fillRecord(page);
  const texts = Object.values((await storedRecord(page)).reflections).map((r: any) => r.text as string);
  expect(texts).toHaveLength(3);
  await page.emulateMedia({ media: 'print' });
  const printed = page.locator('.print-record');
  await expect(printed).toBeVisible();
  await expect(page.locator('.record-screen')).toBeHidden();
  await expect(page.locator('.site-header nav')).toBeHidden();
  for (const text of texts) await expect(printed.getByText(text.split('\n')[0]!, { exact: false })).toBeVisible();
  await expect(printed).toContainText('Sam Okafor');
  for (const heading of ['What I did', 'What I learned', 'Impact on my practice']) {
    await expect(printed.getByRole('heading', { name: heading }).first()).toBeVisible();
  }
  await expect(printed).toContainText('I now check the early help offer before referring.');
  const pdf = await page.pdf();
  expect(pdf.byteLength).toBeGreaterThan(10_000);
});

test('unreadable saved data is kept and can be downloaded', async ({ page }) => {
  await page.goto('record/');
  await page.evaluate((key) => localStorage.setItem(key, '{"version":2,"reflections":{"k":{"text":"half a sen'), RECORD_KEY);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Some saved data could not be read' })).toBeVisible();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download the unreadable data' }).click(),
  ]);
  expect(readFileSync(await download.path(), 'utf8')).toBe('{"version":2,"reflections":{"k":{"text":"half a sen');
  expect(await axeViolations(page)).toEqual([]);
});

test('when the browser will not store anything, the page says so and offers an export', async ({ page }) => {
  await page.addInitScript(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
  });
  await page.goto('record/');
  await expect(page.getByRole('heading', { name: 'Your work is not being saved' })).toBeVisible();
  await page.getByRole('button', { name: 'Add a CPD entry' }).click();
  await page.locator('.cpd-form').getByLabel('Title').fill('Kept in memory');
  await page.locator('.cpd-form').getByLabel('Time spent, in minutes').fill('30');
  await page.locator('.cpd-form').getByRole('button', { name: 'Add to my CPD log' }).click();
  await expect(page.getByRole('row', { name: /Kept in memory/ })).toBeVisible();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('.notice').getByRole('button', { name: 'Download my record' }).click(),
  ]);
  expect(readFileSync(await download.path(), 'utf8')).toContain('Kept in memory');
});

test.describe('accessibility of the record page', () => {
  test('no axe violations, empty and full, with the import preview and the dialog open', async ({ page }) => {
    // axe four times over a long page: over a minute on a busy 2-core machine.
    test.setTimeout(120_000);
    await page.goto('record/');
    await expect(page.getByRole('heading', { name: 'At a glance' })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);

    await fillRecord(page);
    await page.getByRole('button', { name: 'Show the printable record on this page' }).click();
    await page.getByRole('button', { name: 'Add a CPD entry' }).click();
    await page.locator('.cpd-form').getByRole('button', { name: 'Add to my CPD log' }).click();
    await expect(page.locator('.cpd-form').getByRole('alert')).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);

    const exported = await page.evaluate(
      (key) => JSON.stringify({ format: 'crossing-boundaries-learner-record', record: JSON.parse(localStorage.getItem(key)!) }),
      RECORD_KEY,
    );
    await page
      .getByLabel('Choose a record file (.json)')
      .setInputFiles({ name: 'copy.json', mimeType: 'application/json', buffer: Buffer.from(exported) });
    await expect(page.getByRole('heading', { name: /Check before you import/ })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Delete all my data…' }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });

  test('dark theme, and reflow at 320 px with a full record', async ({ page }) => {
    await fillRecord(page);
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.reload();
    await expect(page.getByRole('heading', { name: 'At a glance' })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 320, height: 640 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
