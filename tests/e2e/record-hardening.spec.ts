import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { axeViolations } from './support/axe';

/*
 * The learner record is the learner's only copy of their work. A fault probe found ways to hide
 * or lose it: full storage, two tabs on one answer, a bad import, long text. Each is played out
 * here as it happened.
 */
const RECORD_KEY = 'cb:record';
const BACKUP_KEY = 'cb:record:backup';

async function storedRecord(page: Page): Promise<Record<string, any>> {
  return page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? 'null'), RECORD_KEY);
}

/** Fills what is left of this site's storage with pasted "codes" and another app's data, as the probe did. */
async function fillStorage(page: Page) {
  await page.evaluate(() => {
    const junk = Array.from({ length: 10_000 }, (_, i) => `CB1.junk${i}.pasted`);
    localStorage.setItem('cb:mirror', JSON.stringify({ format: 1, codes: junk }));
    let chunk = 'x'.repeat(256 * 1024);
    for (let i = 0; chunk.length > 0; i++) {
      try {
        localStorage.setItem(`another-app:${i}`, chunk);
      } catch {
        chunk = chunk.slice(0, Math.floor(chunk.length / 2));
      }
    }
  });
}

test('full storage at load still shows every saved word, says what is full, and frees room the course itself used', async ({
  page,
}) => {
  await page.goto('modules/trajectories/');
  const box = page.locator('.reflection textarea').first();
  await box.fill('Family is the domain I cannot see from school.');
  await box.blur();
  await expect(page.locator('.reflection .save-status').first()).toContainText('Saved');
  await fillStorage(page);
  await page.reload();
  await expect(box).toHaveValue('Family is the domain I cannot see from school.');

  // Typing more cannot be saved, and the box says why, in words.
  await box.fill('Family is the domain I cannot see from school. And health.');
  await box.blur();
  await expect(page.locator('.reflection').first()).toContainText("this browser's storage for the course is full");

  await page.goto('record/');
  await expect(
    page.getByRole('region', { name: 'Reflections' }).getByText('Family is the domain I cannot see from school.'),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Add a CPD entry' }).click();
  await page.locator('.cpd-form').getByLabel('Title').fill('Kept while storage is full');
  await page.locator('.cpd-form').getByLabel('Time spent, in minutes').fill('30');
  await page.locator('.cpd-form').getByRole('button', { name: 'Add to my CPD log' }).click();
  const notice = page.locator('[data-notice="quota"]');
  await expect(notice.getByRole('heading', { name: 'This browser’s storage for the course is full' })).toBeVisible();
  await expect(notice).not.toContainText('private browsing');
  await expect(notice.getByRole('row', { name: /Result codes pasted on the mirror data page/ })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);

  // The download holds the learner's work, saved and unsaved.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    notice.getByRole('button', { name: 'Download my record' }).click(),
  ]);
  const file = JSON.parse(readFileSync(await download.path(), 'utf8'));
  expect(Object.values(file.record.reflections).map((r: any) => r.text)).toContain(
    'Family is the domain I cannot see from school.',
  );
  expect(Object.values(file.record.cpd).map((e: any) => e.title)).toContain('Kept while storage is full');

  // Clearing the pasted codes makes room, and the record is saved again.
  await notice.getByRole('button', { name: /Clear.*Result codes pasted on the mirror data page/ }).click();
  await expect(page.getByText('Result codes pasted on the mirror data page cleared. Your record is saved again.')).toBeVisible();
  expect(Object.values((await storedRecord(page)).cpd).map((e: any) => e.title)).toContain('Kept while storage is full');
});

test('two tabs on one reflection: each tab takes up what the other wrote, and no words are lost', async ({ context }) => {
  const a = await context.newPage();
  const b = await context.newPage();
  await a.goto('modules/trajectories/');
  await b.goto('modules/trajectories/');
  const boxA = a.locator('.reflection textarea').first();
  const boxB = b.locator('.reflection textarea').first();
  // B loaded while the answer was empty.
  await boxA.fill('alpha');
  await boxA.blur();
  await expect(boxB).toHaveValue('alpha');
  await boxB.click();
  await boxB.press('End');
  await boxB.pressSequentially(' beta');
  await boxB.blur();
  await expect(boxA).toHaveValue('alpha beta');
  await boxA.click();
  await boxA.press('End');
  await boxA.pressSequentially(' gamma');
  await boxA.blur();
  await expect(boxB).toHaveValue('alpha beta gamma');
  await expect
    .poll(async () => Object.values((await storedRecord(a)).reflections).map((r: any) => r.text))
    .toEqual(['alpha beta gamma']);
});

test('two tabs typing at once: both versions are kept and the learner is told', async ({ context }) => {
  const a = await context.newPage();
  const b = await context.newPage();
  await a.goto('modules/trajectories/');
  await b.goto('modules/trajectories/');
  // B lags, as browsers can when they pass storage between tabs late: until released, it reads the
  // record as it was and hears of no change.
  await b.evaluate(() => {
    const w = globalThis as any;
    const stale = localStorage.getItem('cb:record');
    const getItem = Storage.prototype.getItem;
    const queue: StorageEvent[] = [];
    w.__hold = true;
    Storage.prototype.getItem = function (key: string) {
      return w.__hold && key === 'cb:record' ? stale : getItem.call(this, key);
    };
    addEventListener(
      'storage',
      (e) => {
        if (!w.__hold) return;
        e.stopImmediatePropagation();
        queue.push(e);
      },
      { capture: true },
    );
    w.__release = () => {
      w.__hold = false;
      for (const e of queue.splice(0)) dispatchEvent(new StorageEvent('storage', e));
    };
  });
  await a.locator('.reflection textarea').first().fill('Words from tab A');
  await a.locator('.reflection textarea').first().blur();
  await b.locator('.reflection textarea').first().fill('Words from tab B');
  await b.locator('.reflection textarea').first().blur();
  await b.evaluate(() => (globalThis as any).__release());
  const text = async () =>
    Object.values((await storedRecord(a)).reflections)
      .map((r: any) => r.text)
      .join('');
  await expect.poll(text).toContain('Words from tab A');
  await expect.poll(text).toContain('Words from tab B');
  // Whichever tab found the other's version tells the learner.
  const told = async () =>
    (await a.getByText('This answer was also changed in another tab.').count()) +
    (await b.getByText('This answer was also changed in another tab.').count());
  await expect.poll(told).toBeGreaterThan(0);
  await expect(a.locator('.reflection textarea').first()).toHaveValue(
    /Words from tab A[\s\S]*Words from tab B|Words from tab B[\s\S]*Words from tab A/,
  );
});

test('a record whose CPD entries share one id under two keys still opens, with both entries', async ({ page }) => {
  await page.goto('record/');
  const file = JSON.parse(readFileSync('tests/fixtures/imports/duplicate-cpd-id.json', 'utf8'));
  await page.evaluate(
    ([key, record]) =>
      localStorage.setItem(
        key,
        JSON.stringify({
          clearedAt: 0,
          profile: null,
          modules: {},
          reflections: {},
          checks: {},
          activities: {},
          runs: {},
          ...record,
        }),
      ),
    [RECORD_KEY, file.record] as const,
  );
  await page.reload();
  await expect(page.getByRole('heading', { name: 'CPD log' })).toBeVisible();
  await expect(page.getByText('Entry 1')).toBeVisible();
  await expect(page.getByText('Entry 2')).toBeVisible();
  // The record as it was found is kept as a backup, and the page says so.
  await expect(page.getByRole('heading', { name: 'Some saved data could not be read' })).toBeVisible();
});

test('if part of the record page cannot be drawn, the record is still there to download, read, import or delete', async ({
  page,
}) => {
  await page.goto('modules/trajectories/');
  await page.locator('.reflection textarea').first().fill('Still mine after a fault');
  await page.locator('.reflection textarea').first().blur();
  await expect(page.locator('.reflection .save-status').first()).toContainText('Saved');
  // A fault injected into the page: writing any length of time ("1 hour 15 minutes") throws.
  await page.addInitScript(() => {
    Math.floor = () => {
      throw new Error('injected fault');
    };
  });
  await page.goto('record/');
  const fallback = page.locator('[data-record-fallback]');
  await expect(fallback.getByRole('heading', { name: 'Your record could not be shown' })).toBeVisible();
  await fallback.getByText('Read the record as it is stored').click();
  await expect(fallback.locator('pre')).toContainText('Still mine after a fault');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    fallback.getByRole('button', { name: 'Download my record' }).click(),
  ]);
  expect(readFileSync(await download.path(), 'utf8')).toContain('Still mine after a fault');
  await expect(page.getByLabel('Choose a record file (.json)')).toBeVisible();
  await expect(page.getByRole('button', { name: /Delete all my data/ })).toBeVisible();
});

test('an export full of ordinary practice words imports back unchanged and is shown as text', async ({ page }) => {
  const texts = [
    'In computing club we covered javascript: URLs',
    'a field <object> I could not read',
    'the app showed data: text/html error',
    'Used an <iframe in the slide',
    'x<y, and y>z; press <Ctrl> then F',
    '<img src=x onerror="document.title=\'owned\'">',
  ];
  const record = {
    version: 2,
    clearedAt: 0,
    profile: null,
    modules: {},
    reflections: Object.fromEntries(
      texts.map((t, i) => [
        `modules/trajectories/#r${i}`,
        { text: t, prompt: `Question ${i}`, updatedAt: 1_700_000_000_000 + i },
      ]),
    ),
    checks: {},
    activities: {},
    runs: {},
    cpd: {},
  };
  const exported = `${JSON.stringify({ format: 'crossing-boundaries-learner-record', exportedAt: '2026-12-06T20:00:00.000Z', record }, null, 2)}\n`;
  await page.goto('record/');
  await page
    .getByLabel('Choose a record file (.json)')
    .setInputFiles({ name: 'mine.json', mimeType: 'application/json', buffer: Buffer.from(exported) });
  const preview = page.getByRole('region', { name: /Check before you import/ });
  await preview.getByLabel(/Replace my record with it/).check();
  await preview.getByRole('button', { name: 'Replace my record' }).click();
  await expect(page.getByText(/Your record has been replaced/)).toBeVisible();
  const reflections = page.getByRole('region', { name: 'Reflections' });
  for (const t of texts) await expect(reflections.getByText(t, { exact: true })).toBeVisible();
  expect(await page.title()).not.toBe('owned');
  const stored = await storedRecord(page);
  expect(Object.values(stored.reflections).map((r: any) => r.text)).toEqual(texts);
});

test('a 1 MB answer and 14,000 CPD entries open quickly: long text shown a piece at a time, the log a page at a time', async ({ page }) => {
  await page.goto('record/');
  await page.evaluate((key) => {
    const cpd: Record<string, unknown> = {};
    for (let i = 0; i < 14_000; i++)
      cpd[`e${i}`] = {
        id: `e${i}`,
        deleted: false,
        date: '2025-03-14',
        title: `Entry ${i}`,
        type: 'reading',
        minutes: 30,
        did: '',
        learned: '',
        impact: '',
        origin: 'manual',
        sourceId: null,
        edited: false,
        createdAt: 1 + i,
        updatedAt: 1 + i,
      };
    const reflections = {
      'modules/trajectories/#whose-window': { text: 'x'.repeat(1_000_000), prompt: 'Which domains?', updatedAt: 1 },
    };
    localStorage.setItem(
      key,
      JSON.stringify({
        version: 2,
        clearedAt: 0,
        profile: null,
        modules: {},
        reflections,
        checks: {},
        activities: {},
        runs: {},
        cpd,
      }),
    );
  }, RECORD_KEY);
  const started = Date.now();
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Reflections' })).toBeVisible();
  console.log(`record page with a 1 MB answer and 14,000 CPD entries drawn in ${Date.now() - started} ms`);
  await expect(page.locator('#cpd-caption')).toContainText('the latest 100 of 14,000 entries');
  await expect(page.locator('table:has(#cpd-caption) tbody tr')).toHaveCount(100);
  await page.getByRole('button', { name: /Show 100 more entries/ }).click();
  await expect(page.locator('table:has(#cpd-caption) tbody tr')).toHaveCount(200);
  const more = page.getByRole('button', { name: /Show more of this answer .*\(997,000 characters not shown\)/ });
  await expect(more).toBeVisible();
  await more.click();
  await expect(page.getByRole('button', { name: /Show more of this answer .*\(977,000 characters not shown\)/ })).toBeVisible();
  expect(await page.locator('.reflection .text').evaluate((q) => q.textContent?.length)).toBe(23_001);
});

test('a long record is read off the page’s main thread, and one with a damaged part is still backed up and shown', async ({
  page,
}) => {
  await page.goto('record/');
  const reflections: Record<string, unknown> = {};
  for (let i = 0; i < 400; i++)
    reflections[`modules/trajectories/#r${i}`] = { text: `Answer number ${i}, long enough to count`, updatedAt: 1 + i };
  const record = (damaged: boolean) =>
    JSON.stringify({
      version: 2,
      clearedAt: 0,
      profile: null,
      modules: {},
      reflections: damaged ? { ...reflections, 'modules/trajectories/#broken': { text: 5 } } : reflections,
      checks: {},
      activities: {},
      runs: {},
      cpd: {},
    });
  // Long enough to be checked in a worker (record/check-off-thread.ts).
  expect(record(false).length).toBeGreaterThan(20_000);
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));

  await page.evaluate(([key, text]) => localStorage.setItem(key!, text!), [RECORD_KEY, record(false)]);
  await page.reload();
  await expect(page.locator('.reflection blockquote').filter({ hasText: 'Answer number 399,' })).toHaveCount(1);
  expect(workers.some((url) => url.includes('check-worker'))).toBe(true);
  await expect(page.getByText('Part of the record in this browser was damaged')).toHaveCount(0);

  await page.evaluate(([key, text]) => localStorage.setItem(key!, text!), [RECORD_KEY, record(true)]);
  await page.reload();
  await expect(page.getByText('Part of the record in this browser was damaged')).toBeVisible();
  await expect(page.locator('.reflection blockquote').filter({ hasText: 'Answer number 399,' })).toHaveCount(1);
  const backup = await page.evaluate((key) => localStorage.getItem(key), BACKUP_KEY);
  expect(backup).toBe(record(true));
});
