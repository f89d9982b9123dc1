import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { classify, decodeCodes, readCodes, rejectedCount, type Classified } from '../../src/facilitation/codes';
import { mirror, type MirrorSummary } from '../../src/facilitation/mirror';
import { mirrorCsv, rejectedCsv } from '../../src/facilitation/mirror-csv';
import { qrSvgPath } from '../../src/facilitation/qr';
import { encodeResult, sign } from '../../src/facilitation/result-code';
import { compile, replay, type CompiledScenario, type ScenarioEngine } from '../../src/scenario/runtime';
import { axeViolations } from './support/axe';
import { randomCode } from './support/random-code';
import { builtPages } from './support/site';

/*
 * The mirror data page against the real build: codes are made in Node from random plays of two
 * scenarios, using the same scenario.json the page fetches, and every figure the page shows or
 * downloads is checked against mirror() and the CSV functions run here on the same codes.
 */
const ids = builtPages()
  .flatMap((p) => /^scenarios\/([^/]+)\/$/.exec(p)?.[1] ?? [])
  .slice(0, 2);
const engines = new Map<string, ScenarioEngine>(
  ids.map((id) => [id, compile(JSON.parse(readFileSync(`dist/scenarios/${id}/scenario.json`, 'utf8')) as CompiledScenario)]),
);
const [first, second] = ids as [string, string];

const good = [
  ...Array.from({ length: 20 }, (_, i) => randomCode(engines.get(first)!, 100 + i)),
  ...Array.from({ length: 16 }, (_, i) => randomCode(engines.get(second)!, 900 + i)),
];
const [tag, , ver, digits, check] = good[0]!.split('.') as [string, string, string, string, string];
const bad = {
  checksum: `${tag}.${first}.${ver}.${digits}.${check === 'aaaa' ? 'aaab' : 'aaaa'}`,
  'other-version': sign(`${tag}.${first}.00000000.${digits}`),
  'unknown-scenario': sign(`${tag}.not-on-this-site.${ver}.${digits}`),
  'impossible-choices': sign(`${tag}.${first}.${ver}.z${digits.slice(1)}`),
  unfinished: sign(`${tag}.${first}.${ver}.${digits.slice(0, 1)}`),
  format: 'CB1.garbage',
};

// A chat log, a CSV fragment and plain lines, with a repeat of the first code.
const pasted = [
  ...good.slice(0, 12).map((c, i) => `[10:${String(i).padStart(2, '0')}] Learner ${i + 1}: ${c}`),
  `Name,Code\r\n${good
    .slice(12, 24)
    .map((c, i) => `"Person ${i}",${c}`)
    .join('\r\n')}`,
  good.slice(24).join(', '),
  ...Object.values(bad),
  `Sorry, mine again: ${good[0]}.`,
].join('\n');

const sorted: Classified = classify(decodeCodes(readCodes(pasted), engines));
const summaries = new Map<string, MirrorSummary>(
  ids.map((id) => [
    id,
    mirror(
      engines.get(id)!,
      sorted.accepted.filter((a) => a.scenarioId === id),
    ),
  ]),
);
const aboutOf = (id: string) => {
  const engine = engines.get(id)!;
  return { id, title: engine.payload.scenario.title, version: engine.payload.hash.slice(0, 8) };
};

async function openFresh(page: Page, url = 'facilitate/mirror/') {
  await page.goto(url);
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await expect(page.locator('[data-totals]')).toBeVisible();
}

async function paste(page: Page, text: string) {
  await page.getByLabel('Result codes').fill(text);
  await page.getByRole('button', { name: 'Add codes' }).click();
}

async function expectFigures(page: Page) {
  for (const id of ids) {
    const section = page.locator(`section[data-scenario="${id}"]`);
    const summary = summaries.get(id)!;
    await expect(section.locator('[data-plays]')).toHaveText(String(summary.plays));
    // The first three decisions, every option: "count of reached (share)".
    for (const scene of summary.choices.slice(0, 3)) {
      const reached = scene.options.reduce((a, o) => a + o.count, 0);
      for (const o of scene.options)
        await expect(section.locator(`tr[data-row="${o.id}"] [data-value]`)).toContainText(`${o.count} of ${reached} (`);
    }
    for (const e of summary.endings)
      await expect(section.locator(`tr[data-row="${e.id}"] [data-value]`)).toHaveText(new RegExp(`^${e.count} \\(`));
    for (const d of summary.dimensions)
      await expect(section.locator(`tr[data-row="${d.id}"] [data-value]`)).toHaveText(`${d.average} out of 100`);
  }
}

test('the test data covers both scenarios, repeats and every kind of bad code', () => {
  expect(ids).toHaveLength(2);
  expect(good.length).toBeGreaterThanOrEqual(30);
  for (const id of ids) expect(summaries.get(id)!.plays).toBeGreaterThan(5);
  expect(new Set(sorted.problems.map((p) => p.reason))).toEqual(new Set(Object.keys(bad)));
  expect(sorted.duplicates.length).toBeGreaterThan(0);
});

test('adds pasted codes, shows the group’s figures and the rejected codes, and keeps them after a reload', async ({ page }) => {
  await openFresh(page);
  await paste(page, pasted);
  await expect(page.locator('[aria-live="polite"]').first()).toHaveText(
    `${sorted.accepted.length} codes added, ${rejectedCount(sorted)} rejected.`,
  );
  await expectFigures(page);

  const rows = page.locator('section.rejected tbody tr');
  await expect(rows).toHaveCount(sorted.problems.length + sorted.duplicates.length);
  for (const [reason, code] of Object.entries(bad)) {
    const row = page.locator(`section.rejected tr[data-reason="${reason}"]`).filter({ hasText: code });
    await expect(row).toHaveCount(1);
  }
  await expect(page.locator('section.rejected tr[data-reason="duplicate"]').first()).toContainText('Already added');

  await page.reload();
  await expectFigures(page);
  await expect(rows).toHaveCount(sorted.problems.length + sorted.duplicates.length);

  // Adding the same text again adds nothing new: every code is now a duplicate or a known problem.
  await paste(page, good.slice(0, 3).join('\n'));
  await expect(page.locator('[aria-live="polite"]').first()).toHaveText('0 codes added, 3 rejected.');
  await expectFigures(page);

  await page.getByRole('button', { name: 'Clear all codes' }).click();
  await page.getByRole('button', { name: 'Yes, clear all' }).click();
  await expect(page.getByLabel('Result codes')).toBeFocused();
  await expect(page.locator('section[data-scenario]')).toHaveCount(0);
  await page.reload();
  await expect(page.locator('[data-totals]')).toHaveText('0 plays counted.');
});

test('leads each scenario with the group’s overview on one screen, each decision’s detail opened on demand', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await openFresh(page);
  await paste(page, pasted);
  const section = page.locator(`section[data-scenario="${first}"]`);
  await section.scrollIntoViewIfNeeded();
  const overview = section.locator('[data-overview]');
  await overview.scrollIntoViewIfNeeded();
  // The mix, the endings and the scores sit side by side, the whole overview no taller than the screen.
  const tops = await overview
    .locator(':scope > section')
    .evaluateAll((els) => els.map((e) => Math.round(e.getBoundingClientRect().top)));
  expect(tops).toHaveLength(3);
  expect(new Set(tops).size).toBe(1);
  expect((await overview.boundingBox())!.height).toBeLessThanOrEqual(720);
  // Every decision is closed at first, its summary saying how many reached it and what most chose.
  const details = section.locator('details[data-decision-detail]');
  const scene = summaries.get(first)!.choices[0]!;
  await expect(details).toHaveCount(summaries.get(first)!.choices.length);
  const one = section.locator(`details[data-decision-detail="${scene.scene}"]`);
  await expect(one.locator('summary')).toContainText(/reached in \d+ plays?; most chose [A-Z]/);
  await expect(one.locator('table')).toBeHidden();
  await one.locator('summary').click();
  await expect(one.locator('table')).toBeVisible();
});

test('downloads the mirror data and the rejected codes as the CSV functions make them', async ({ page }) => {
  await openFresh(page);
  await paste(page, pasted);
  await expect(page.locator(`section[data-scenario="${first}"] [data-plays]`)).toBeVisible();

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page
      .locator(`section[data-scenario="${first}"]`)
      .getByRole('button', { name: /Download CSV/ })
      .click(),
  ]);
  expect(download.suggestedFilename()).toMatch(new RegExp(`^mirror-${first}-\\d{4}-\\d{2}-\\d{2}\\.csv$`));
  const csv = readFileSync((await download.path())!, 'utf8');
  expect(csv).toBe(mirrorCsv(aboutOf(first), summaries.get(first)!));

  const [rejected] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: /Download rejected codes/ }).click(),
  ]);
  expect(rejected.suggestedFilename()).toMatch(/^mirror-rejected-\d{4}-\d{2}-\d{2}\.csv$/);
  expect(readFileSync((await rejected.path())!, 'utf8')).toBe(rejectedCsv([...sorted.problems, ...sorted.duplicates]));
});

test('has no axe violations with data, in both themes, and reflows at 320 px', async ({ page }) => {
  // Four axe runs on a page of tables and codes: over a minute on a busy 2-core machine.
  test.setTimeout(120_000);
  await openFresh(page);
  expect(await axeViolations(page), 'empty').toEqual([]);
  await paste(page, pasted);
  await expect(page.locator('section.rejected')).toBeVisible();
  for (const theme of ['light', 'dark']) {
    await page.evaluate((t) => localStorage.setItem('cb:theme', t), theme);
    await page.reload();
    await expect(page.locator(`section[data-scenario="${first}"]`)).toBeVisible();
    expect(await axeViolations(page), theme).toEqual([]);
  }
  await page.setViewportSize({ width: 320, height: 800 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test('says when a scenario could not be loaded, keeps its codes and counts them once it loads', async ({ page }) => {
  await openFresh(page);
  await page.route('**/scenario.json', (route) => route.abort('internetdisconnected'));
  await paste(page, good.join('\n'));
  await expect(page.getByRole('alert')).toContainText('could not be loaded');
  await expect(page.locator('section.rejected tr[data-reason="unknown-scenario"]').first()).toContainText('could not be loaded');
  await page.unroute('**/scenario.json');
  await page.getByRole('button', { name: 'Try loading again' }).click();
  await expect(page.locator('[data-totals]')).toBeFocused();
  for (const id of ids)
    await expect(page.locator(`section[data-scenario="${id}"] [data-plays]`)).toHaveText(String(summaries.get(id)!.plays));
  await expect(page.locator('section.rejected')).toHaveCount(0);
});

/** A fake camera: the browser's getUserMedia replaced by a canvas stream, drawn by `draw` in the page. */
async function fakeCamera(page: Page, qr: { size: number; path: string } | null) {
  await page.addInitScript((symbol) => {
    navigator.mediaDevices.getUserMedia = async () => {
      const canvas = Object.assign(document.createElement('canvas'), { width: 480, height: 360 });
      const context = canvas.getContext('2d')!;
      const draw = () => {
        context.fillStyle = '#fff';
        context.fillRect(0, 0, 480, 360);
        if (!symbol) return;
        // The learner's screen held up to the camera: the symbol, quiet zone included, 300 px across.
        context.setTransform(300 / symbol.size, 0, 0, 300 / symbol.size, 90, 30);
        context.fillStyle = '#000';
        context.fill(new Path2D(symbol.path));
        context.setTransform(1, 0, 0, 1, 0, 0);
      };
      draw();
      // Redrawn often, so the stream keeps sending frames as a real camera does.
      setInterval(draw, 100);
      return canvas.captureStream(10);
    };
  }, qr);
}

test("without the browser's QR reader, the camera decodes frames itself and adds each code once", async ({ page }) => {
  const scanned = good[0]!;
  await page.addInitScript(() => delete (window as { BarcodeDetector?: unknown }).BarcodeDetector);
  await fakeCamera(page, qrSvgPath(scanned));
  const fetched: string[] = [];
  page.on('request', (request) => fetched.push(request.url()));
  await openFresh(page);
  const before = fetched.length;
  await page.getByRole('button', { name: 'Scan with camera' }).click();
  await expect(page.getByRole('button', { name: 'Stop the camera' })).toBeFocused();
  await expect(page.locator('[aria-live="polite"]').first()).toHaveText('1 code added.', { timeout: 10_000 });
  await page.waitForTimeout(1000); // several more frames with the same code
  await expect(page.locator('[data-totals]')).toHaveText('1 play counted.');
  await expect(page.locator('section.rejected')).toHaveCount(0);
  // The decoder came as its own script, fetched only once Scan was pressed.
  expect(fetched.slice(0, before).some((url) => /jsQR/i.test(url))).toBe(false);
  expect(fetched.slice(before).some((url) => /jsQR/i.test(url))).toBe(true);
  await page.getByRole('button', { name: 'Stop the camera' }).click();
  await expect(page.getByRole('button', { name: 'Scan with camera' })).toBeFocused();
});

test("uses the browser's own QR reader where there is one, and offers no camera where there is none", async ({ page }) => {
  await page.addInitScript(() => {
    // A browser with no camera API at all (an old browser, or one that blocks it).
    Object.defineProperty(navigator, 'mediaDevices', { value: undefined });
  });
  await openFresh(page);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Scan with camera' })).toHaveCount(0);

  // A browser with a QR reader, simulated: the "camera" shows a blank frame the reader "reads".
  const scanned = good[0]!;
  const other = await page.context().newPage();
  await other.addInitScript((code) => {
    (window as unknown as { BarcodeDetector: unknown }).BarcodeDetector = class {
      static async getSupportedFormats() {
        return ['qr_code'];
      }
      async detect() {
        return [{ rawValue: code }];
      }
    };
  }, scanned);
  await fakeCamera(other, null);
  await openFresh(other);
  await other.getByRole('button', { name: 'Scan with camera' }).click();
  await expect(other.locator('[aria-live="polite"]').first()).toHaveText('1 code added.');
  await expect(other.locator('[data-totals]')).toHaveText('1 play counted.');
});

test('the debrief shows the result code as a QR code of exactly that code', async ({ page }) => {
  const engine = engines.get(first)!;
  const best = engine.payload.scenario.bestPath ?? [];
  await page.goto(`scenarios/${first}/`);
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await page.getByRole('button', { name: 'Start the scenario' }).click();
  for (const id of best) {
    await page.locator(`button[data-option="${id}"]`).click();
    await page.locator('button.proceed').click();
  }
  await expect(page.locator('#debrief-heading')).toBeFocused();
  const code = encodeResult(engine, replay(engine, best).snapshot)!;
  await expect(page.locator('[data-result-code]')).toHaveText(code);
  const qr = page.locator('section.code svg[role="img"]');
  await expect(qr).toBeVisible();
  await expect(qr).toHaveAccessibleName(/QR code/);
  expect(await qr.locator('path').getAttribute('d')).toBe(qrSvgPath(code).path);
  const box = (await qr.boundingBox())!;
  expect(box.width).toBeGreaterThanOrEqual(120);
  expect(box.width).toBeLessThanOrEqual(200);
  // Black on white whatever the theme, for the camera's sake.
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await qr.locator('path').getAttribute('fill')).toBe('#000');
  expect(await qr.locator('rect').getAttribute('fill')).toBe('#fff');
});
