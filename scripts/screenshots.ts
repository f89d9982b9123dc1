/**
 * Screenshots of every page type, for looking at before a change lands: each at 390 px (a phone)
 * and 1280 px (a desktop) wide, in the light and the dark theme, and the facilitation windows at
 * 1280×720 and 1920×1080 (projectors). Pages that only show something after use are put in that
 * state first: a scenario played to its debrief, a record with work in it, the mirror page with a
 * group's codes, a presenter's room part-way through.
 *
 * Usage: tsx scripts/screenshots.ts [--dir dist] [--out screenshots] [--only home,debrief]
 * Needs a build (`npm run build`); writes PNGs into the (git-ignored) output folder.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { compile, type CompiledScenario } from '../src/scenario/runtime';
import { chromiumArgs, chromiumExecutable } from '../tests/e2e/support/browser';
import { randomCode } from '../tests/e2e/support/random-code';
import { readArgs } from './lib/args';

const { values: args } = readArgs(
  { dir: { type: 'string' }, out: { type: 'string' }, only: { type: 'string' } },
  'Usage: tsx scripts/screenshots.ts [--dir dist] [--out screenshots] [--only home,debrief]',
);
const dir = args.dir ?? 'dist';
const out = args.out ?? 'screenshots';
const only = args.only?.split(',');
const port = 4390;
const base = `http://localhost:${port}/`;

const sizes = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'desktop', width: 1280, height: 900 },
] as const;
const themes = ['light', 'dark'] as const;

const payload = (id: string): CompiledScenario =>
  JSON.parse(readFileSync(join(dir, 'scenarios', id, 'scenario.json'), 'utf8')) as CompiledScenario;
/** Plays a scenario's best path by clicking, as a learner would, ending on the debrief. */
async function playToDebrief(page: Page, id: string) {
  await page.goto(`${base}scenarios/${id}/`);
  await page.getByRole('button', { name: 'Start the scenario' }).click();
  for (const option of payload(id).scenario.bestPath ?? []) {
    await page.locator(`button[data-option="${option}"]`).click();
    await page.locator('button.proceed').click();
  }
  await page.locator('#debrief-heading').waitFor();
}

/** A group's codes: seeded random complete plays, encoded as learners' debriefs show them. */
function groupCodes(id: string, count: number): string[] {
  const engine = compile(payload(id));
  return Array.from({ length: count }, (_, i) => randomCode(engine, 7919 * (i + 1)));
}

interface Shot {
  name: string;
  /** Puts the page in the state to capture. */
  open: (page: Page) => Promise<void>;
  /** Capture the whole page rather than the first screen. */
  full?: boolean;
}

const visit = (path: string) => async (page: Page) => void (await page.goto(base + path));

const shots: Shot[] = [
  { name: 'home', open: visit(''), full: true },
  { name: 'modules', open: visit('modules/') },
  { name: 'module', open: visit('modules/rule-bending/'), full: true },
  { name: 'scenarios', open: visit('scenarios/') },
  { name: 'scenario-intro', open: visit('scenarios/jordan/') },
  {
    name: 'scenario-play',
    open: async (page) => {
      await page.goto(`${base}scenarios/sami/`);
      await page.getByRole('button', { name: 'Start the scenario' }).click();
      await page.locator('#scene-heading').waitFor();
    },
    full: true,
  },
  { name: 'debrief', open: (page) => playToDebrief(page, 'jordan'), full: true },
  { name: 'map', open: visit('scenarios/sami/map/') },
  { name: 'card', open: visit('scenarios/sami/card/') },
  {
    name: 'record',
    open: async (page) => {
      await page.goto(`${base}modules/trajectories/`);
      await page
        .locator('.reflection textarea')
        .first()
        .fill('Family is the part of this child’s life I cannot see from school.');
      await page.locator('.reflection textarea').first().blur();
      await playToDebrief(page, 'sami');
      await page.goto(`${base}record/`);
      // The page draws its sections in turn; the foot of the page is the last.
      await page.locator('#keep-heading').waitFor();
      // Cards off the screen are painted only as they come near it, so one picture of the whole page needs them all painted.
      await page.addStyleTag({ content: '* { content-visibility: visible !important; }' });
    },
    full: true,
  },
  {
    name: 'mirror',
    open: async (page) => {
      await page.goto(`${base}facilitate/mirror/`);
      await page.locator('#mirror-codes').fill(groupCodes('sami', 30).join('\n'));
      await page.getByRole('button', { name: /^Add/ }).first().click();
      await page.locator('[data-plays]').first().waitFor();
    },
  },
  { name: 'search', open: visit('search/?q=relational+agency') },
  { name: 'who-can-help', open: visit('who-can-help/') },
  { name: 'role', open: visit('who-can-help/designated-safeguarding-lead/') },
  { name: 'glossary-term', open: visit('glossary/relational-agency/') },
  { name: 'pathways', open: visit('pathways/') },
  { name: 'facilitate', open: visit('facilitate/') },
  { name: 'session-plan', open: visit('facilitate/sessions/training-day/') },
  { name: 'about', open: visit('about/') },
];

/**
 * The presenter and the projected window, side by side in one browser, as at a venue: the room
 * plays the best path, voting for it at every decision, and every kind of projector screen is
 * saved the first time it appears, with the presenter's view of the first vote.
 */
async function projector(browser: Browser) {
  const best =
    compile(JSON.parse(readFileSync(join(dir, 'scenarios/sami/scenario.json'), 'utf8'))).payload.scenario.bestPath ?? [];
  for (const [width, height] of [
    [1280, 720],
    [1920, 1080],
  ] as const) {
    const context = await browser.newContext({ viewport: { width, height } });
    const presenter = await context.newPage();
    await presenter.goto(`${base}scenarios/sami/facilitate/`);
    await presenter.evaluate(() => localStorage.clear());
    await presenter.reload();
    const [audience] = await Promise.all([
      context.waitForEvent('page'),
      presenter.getByRole('link', { name: /Open the audience window/ }).click(),
    ]);
    await audience.setViewportSize({ width, height });
    const seen = new Set<string>();
    for (let i = 0; i < 200; i++) {
      await presenter.waitForTimeout(200);
      const step = await audience.locator('[data-step]').getAttribute('data-step');
      const phase = await audience.locator('[data-phase]').getAttribute('data-phase');
      const key = `${phase}-${step}`;
      if (!seen.has(key)) {
        seen.add(key);
        await audience.screenshot({
          path: join(out, `audience-${seen.size.toString().padStart(2, '0')}-${key}-${width}x${height}.png`),
        });
      }
      if (phase === 'voting' && step === 'question') {
        const done = Number(await presenter.locator('[data-rewind]').count());
        await presenter.locator(`li[data-option="${best[done]}"] input`).fill('14');
        await presenter.locator(`li[data-option="${best[done]}"] input`).press('Tab');
        if (!seen.has('presenter')) {
          seen.add('presenter');
          await presenter.screenshot({ path: join(out, `presenter-vote-${width}x${height}.png`), fullPage: true });
        }
        await presenter.waitForTimeout(200);
        if (!seen.has('voting-question-votes')) {
          seen.add('voting-question-votes');
          await audience.screenshot({ path: join(out, `audience-votes-${width}x${height}.png`) });
        }
      }
      if (phase === 'debrief' && (await presenter.locator('[data-screen]').last().getAttribute('aria-current')) === 'step') break;
      await presenter.locator('body').press('ArrowRight');
    }
    await context.close();
  }
}

const server = spawn('npx', ['tsx', 'scripts/serve.ts', '--dir', dir, '--base', '/', '--port', String(port)], {
  stdio: 'ignore',
});
try {
  mkdirSync(out, { recursive: true });
  for (let i = 0; i < 50; i++) {
    if (
      await fetch(base)
        .then((r) => r.ok)
        .catch(() => false)
    )
      break;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  const executablePath = chromiumExecutable();
  const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: chromiumArgs });
  for (const shot of shots.filter((s) => !only || only.includes(s.name))) {
    for (const size of sizes) {
      for (const theme of themes) {
        const context = await browser.newContext({ viewport: { width: size.width, height: size.height }, colorScheme: theme });
        const page = await context.newPage();
        try {
          await shot.open(page);
          await page.waitForTimeout(250);
          await page.screenshot({ path: join(out, `${shot.name}-${size.name}-${theme}.png`), fullPage: shot.full ?? false });
        } catch (error) {
          console.error(
            `${shot.name} (${size.name}, ${theme}): ${error instanceof Error ? error.message.split('\n')[0] : error}`,
          );
        }
        await context.close();
      }
    }
    console.log(`${shot.name}: 4 screenshots`);
  }
  if (!only || only.includes('projector')) {
    await projector(browser);
    console.log('projector: presenter and audience at 1280×720 and 1920×1080');
  }
  await browser.close();
  console.log(`Saved in ${out}/`);
} finally {
  server.kill();
}
