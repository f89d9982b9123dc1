import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { inlineScripts, readHeadersFile, scriptHash } from '../../src/security/csp';
import type { CompiledScenario } from '../../src/scenario/types';
import { watchForeignRequests } from './support/network';
import { builtPages } from './support/site';
import { islandsReady } from './support/islands';

/*
 * The Content-Security-Policy holds on the built site: every page carries one that allows exactly
 * its own inline scripts, the server sends the full policy as a header, and using every kind of
 * page (playing a scenario, searching, presenting, the mirror page) triggers no violation and no
 * request to any other machine.
 */

const metaPolicy = (html: string) => /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1];

test('every built page has a policy allowing exactly its own inline scripts, and no unsafe script source', () => {
  for (const page of builtPages()) {
    const html = readFileSync(`dist/${page.endsWith('.html') ? page : `${page}index.html`}`, 'utf8');
    const policy = metaPolicy(html);
    expect(policy, page).toBeDefined();
    const scriptSrc = policy!.split(';').find((d) => d.trim().startsWith('script-src'))!;
    expect(scriptSrc, page).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
    const allowed = new Set(scriptSrc.match(/'sha256-[^']+'/g) ?? []);
    expect(new Set(inlineScripts(html).map(scriptHash)), page).toEqual(allowed);
    // The policy is read before the first script runs.
    expect(html.indexOf('Content-Security-Policy'), page).toBeLessThan(html.indexOf('<script'));
  }
});

test('the server sends the full policy, frame-ancestors included, with the other security headers', async ({ request }) => {
  const headers = readHeadersFile(readFileSync('dist/_headers', 'utf8'));
  expect(headers['Content-Security-Policy']).toContain("frame-ancestors 'self'");
  const response = await request.get('modules/');
  expect(response.headers()['content-security-policy']).toBe(headers['Content-Security-Policy']);
  expect(response.headers()['x-content-type-options']).toBe('nosniff');
  expect(response.headers()['referrer-policy']).toBe('no-referrer');
  expect(response.headers()['permissions-policy']).toContain('camera=(self)');
});

/** Starts recording policy violations (and console reports of them) before any page script runs. */
async function watchPolicy(page: Page): Promise<string[]> {
  const reports: string[] = [];
  page.on('console', (m) => {
    if (/Content.Security.Policy/i.test(m.text())) reports.push(`console: ${m.text()}`);
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const w = window as unknown as { __csp?: string[] };
      (w.__csp ??= []).push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile}:${e.lineNumber}`);
    });
  });
  return reports;
}

async function expectClean(page: Page, reports: string[], foreign: string[]) {
  const seen = await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []);
  expect([...seen, ...reports]).toEqual([]);
  expect(foreign).toEqual([]);
}

test('reading, searching and the finder run under the policy', async ({ page }) => {
  const reports = await watchPolicy(page);
  const foreign = watchForeignRequests(page);
  for (const path of [
    '',
    'modules/',
    'glossary/relational-agency/',
    'pathways/',
    'record/',
    'facilitate/sessions/dwr-workshop/',
    'scenarios/sami/card/',
    'facilitate/handouts/concepts/',
  ]) {
    await page.goto(path);
    await islandsReady(page);
    await expectClean(page, reports, foreign);
  }

  await page.goto('modules/relational-agency/');
  await page.locator('textarea').first().fill('A note typed under the policy.');
  await page.locator('[data-search-link]').click();
  await expect(page.getByLabel('Search the course')).toBeFocused();
  await page.keyboard.type('relational agency');
  await expect(page.locator('#search-dialog .results li a').first()).toBeVisible({ timeout: 20_000 });
  await expectClean(page, reports, foreign);

  await page.goto('who-can-help/');
  await page.getByLabel('Describe the concern').fill('not attending school');
  await expect(page.locator('.results li').first()).toBeVisible();
  await expectClean(page, reports, foreign);
});

test('playing a scenario to its debrief runs under the policy', async ({ page }) => {
  const reports = await watchPolicy(page);
  const foreign = watchForeignRequests(page);
  const html = readFileSync('dist/scenarios/sami/index.html', 'utf8');
  const json = /<script type="application\/json" id="scenario-data">([\s\S]*?)<\/script>/.exec(html)![1]!;
  const best = (JSON.parse(json) as { payload: CompiledScenario }).payload.scenario.bestPath ?? [];
  await page.goto('scenarios/sami/');
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await page.getByRole('button', { name: 'Start the scenario' }).click();
  for (const option of best) {
    await page.locator(`button[data-option="${option}"]`).click();
    await page.locator('button.proceed').click();
  }
  await expect(page.locator('#debrief-heading')).toBeFocused();
  await expect(page.locator('[data-result-code]').first()).toBeVisible();
  await page.goto('scenarios/sami/map/');
  await expectClean(page, reports, foreign);
});

test('the presenter, audience and mirror pages run under the policy', async ({ context }) => {
  const presenter = await context.newPage();
  const reports = await watchPolicy(presenter);
  const foreign = watchForeignRequests(presenter);
  await presenter.goto('scenarios/sami/facilitate/');
  await expect(presenter.locator('#room-heading')).toBeVisible();
  const [audience] = await Promise.all([
    context.waitForEvent('page'),
    presenter.getByRole('link', { name: /Open the audience window/ }).click(),
  ]);
  await audience.waitForLoadState();
  await presenter.keyboard.press('ArrowRight');
  await presenter.keyboard.press('Digit1');
  await presenter.keyboard.press('r');
  await expect(audience.locator('#room-heading')).toContainText('What happened');
  const audienceCsp = await audience.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []);
  expect(audienceCsp).toEqual([]);
  await expectClean(presenter, reports, foreign);

  await presenter.goto('facilitate/mirror/');
  // A press before the page's island has hydrated would do nothing.
  await islandsReady(presenter);
  await presenter.locator('textarea').fill('not-a-code CB1.sami.00000000.0.zzzz');
  await presenter.getByRole('button', { name: /Add codes/ }).click();
  await expect(presenter.locator('[aria-live]').filter({ hasText: '1 rejected' })).toBeAttached();
  await expectClean(presenter, reports, foreign);
});
