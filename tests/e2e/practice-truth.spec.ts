import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import {
  compile,
  debrief,
  optionsNow,
  startSnapshot,
  step,
  type EngineSnapshot,
  type ScenarioEngine,
} from '../../src/scenario/runtime';
import { analyseScenario } from '../../src/scenario/analyse';
import { readKnownIds } from '../../src/scenario/load';
import { axeViolations } from './support/axe';
import { payloadOf, startFresh } from './support/scenario-pages';
import { builtPages } from './support/site';
import { sweep } from './support/sweep';

/*
 * What an organisation checks before adopting the course: content notes before hard material,
 * review dates on every module and scenario, critical safeguarding errors counted apart in the
 * debrief, and the statutory step and the costs of a choice said plainly after it is made.
 */
const pages = builtPages();
const scenarioPages = pages.filter((p) => /^scenarios\/[^/]+\/$/.test(p));
const modulePages = pages.filter((p) => /^modules\/[^/]+\/$/.test(p));
const sessionPages = pages.filter((p) => /^facilitate\/sessions\/[^/]+\/$/.test(p));

function frontmatter(file: string): Record<string, unknown> {
  const text = readFileSync(file, 'utf8');
  return parse(/^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '') as Record<string, unknown>;
}

/**
 * A complete play through `optionId`: the analysis's shortest route to the option, then the first
 * option open at each later decision (the checker guarantees every play ends). A depth-first
 * search over whole plays found one too, but walked some 200,000 states to do it.
 */
function playThrough(path: string, engine: ScenarioEngine, optionId: string): string[] | undefined {
  const id = /^scenarios\/([^/]+)\/$/.exec(path)![1]!;
  const known = readKnownIds('.');
  if (!known.ok) throw new Error(known.problems.join('\n'));
  const file = `scenarios/${id}.yaml`;
  const status = analyseScenario(file, readFileSync(file, 'utf8'), known.ids).options?.get(optionId);
  if (!status?.reachable) return undefined;
  const witness = status.witness;
  let s: EngineSnapshot = startSnapshot(engine);
  for (const option of witness) s = step(engine, s, option)!;
  const route = [...witness];
  while (s.status !== 'done') {
    const next = optionsNow(engine, s).find((o) => o.available)!;
    route.push(next.id);
    s = step(engine, s, next.id)!;
  }
  return route;
}

test('there are scenario and module pages whose review dates to check', () => {
  expect(scenarioPages.length + modulePages.length).toBeGreaterThan(10);
});

const reviewedPages = [...scenarioPages, ...modulePages];
const firsts = [scenarioPages[0], modulePages[0]];
for (const [path, details] of sweep(reviewedPages, (p) => firsts.includes(p))) {
  test(`/${path} says when it was last reviewed, and against what`, details, async ({ page }) => {
    await page.goto(path);
    const reviewed = page.locator('[data-last-reviewed]');
    await expect(reviewed).toHaveCount(1);
    await expect(reviewed).toContainText(/Last reviewed against current guidance on \d{1,2} \w+ 20\d\d\./);
    await reviewed.getByText('What it was checked against').click();
    expect(await reviewed.locator('li').count()).toBeGreaterThan(0);
  });
}

// One test per scenario, so the library can grow without one test running out of time.
const noted = scenarioPages.filter((p) => payloadOf(p).scenario.contentNote);

test('scenarios with hard material carry content notes', () => {
  expect(noted.length).toBeGreaterThan(0);
});

for (const [path, details] of sweep(noted)) {
  test(
    `${path} shows its content note before play, with where to get support, on its page, card and presenter view`,
    details,
    async ({ page }) => {
      const topics = payloadOf(path).scenario.contentNote!.topics;
      await page.goto(path);
      const note = page.locator('[data-content-note]');
      await expect(note).toHaveAttribute('data-content-note', topics.join(' '));
      // Before the start button in reading order, so a screen-reader user meets it first too. The
      // button is drawn by the player once its script has started, so wait for it.
      await expect(page.getByRole('button', { name: /Start the scenario/ })).toBeVisible();
      const before = await page.evaluate(() => {
        const n = document.querySelector('[data-content-note]')!;
        const start = [...document.querySelectorAll('button')].find((b) => b.textContent?.includes('Start the scenario'))!;
        return Boolean(n.compareDocumentPosition(start) & Node.DOCUMENT_POSITION_FOLLOWING);
      });
      expect(before, path).toBe(true);
      await note.locator('summary').click();
      await expect(note.getByText('NSPCC Helpline')).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);
      await page.goto(`${path}card/`);
      await expect(page.locator('[data-content-note]').getByText('NSPCC Helpline')).toBeVisible();
      await page.goto(`${path}facilitate/`);
      await expect(page.locator('[data-content-note]')).toHaveAttribute('data-content-note', topics.join(' '));
    },
  );
}

test('a session plan carries the content notes of the scenarios it uses', async ({ page }) => {
  for (const path of sessionPages) {
    const id = path.split('/')[2]!;
    const used = (frontmatter(`content/sessions/${id}.mdx`)['scenarios'] as string[] | undefined) ?? [];
    const topics = new Set(
      scenarioPages
        .filter((p) => used.includes(p.split('/')[1]!))
        .flatMap((p) => payloadOf(p).scenario.contentNote?.topics ?? []),
    );
    await page.goto(path);
    const note = page.locator('[data-content-note]');
    if (topics.size === 0) continue;
    const shown = ((await note.getAttribute('data-content-note')) ?? '').split(' ');
    for (const t of topics) expect(shown, `${path} ${t}`).toContain(t);
  }
});

test('a module whose text deals with hard material says so above its first heading', async ({ page }) => {
  const noted = modulePages.filter((p) => frontmatter(`content/modules/${p.split('/')[1]}.mdx`)['contentNote']);
  for (const path of noted) {
    await page.goto(path);
    await expect(page.locator('header [data-content-note]')).toBeVisible();
  }
});

test.describe('a critical safeguarding error in play', () => {
  const path = scenarioPages.find((p) =>
    Object.values(payloadOf(p).scenario.scenes).some((s) => s.decision.options.some((o) => o.critical)),
  )!;
  const payload = payloadOf(path);
  const engine = compile(payload);
  const critical = Object.values(payload.scenario.scenes)
    .flatMap((s) => s.decision.options)
    .find((o) => o.critical)!;

  test('is counted on its own in the debrief, not as the kind it was written as', async ({ page }) => {
    const choices = playThrough(path, engine, critical.id)!;
    const expected = debrief(
      engine,
      (() => {
        let s = startSnapshot(engine);
        for (const id of choices) s = step(engine, s, id)!;
        return s;
      })(),
    );
    await startFresh(page, path);
    for (const id of choices) {
      await page.locator(`button[data-option="${id}"]`).click();
      await expect(page.locator('#consequence-heading')).toBeFocused();
      if (id === critical.id) await expect(page.locator('.consequence .chosen')).toContainText('Critical safeguarding error');
      await page.locator('button.proceed').click();
    }
    await expect(page.locator('#debrief-heading')).toBeFocused();
    const count = (kind: string) => page.locator(`tr[data-kind="${kind}"] td`).first();
    await expect(count('critical')).toHaveText(String(expected.kinds.find((k) => k.kind === 'critical')!.count));
    const authored = expected.kinds.find((k) => k.kind === critical.kind)!.count;
    await expect(count(critical.kind)).toHaveText(String(authored));
    expect(authored).toBe(
      choices.filter((id) => {
        const o = Object.values(payload.scenario.scenes)
          .flatMap((s) => s.decision.options)
          .find((x) => x.id === id)!;
        return o.kind === critical.kind && !o.critical;
      }).length,
    );
  });
});

test('the statutory step and the costs of a choice are said after it is made', async ({ page }) => {
  const path = scenarioPages.find((p) => {
    const best = payloadOf(p).scenario.bestPath ?? [];
    const options = Object.values(payloadOf(p).scenario.scenes).flatMap((s) => s.decision.options);
    return best.some((id) => options.find((o) => o.id === id)?.statutoryStep);
  })!;
  const payload = payloadOf(path);
  const options = Object.values(payload.scenario.scenes).flatMap((s) => s.decision.options);
  await startFresh(page, path);
  let sawStep = false;
  let sawCost = false;
  for (const id of payload.scenario.bestPath!) {
    const option = options.find((o) => o.id === id)!;
    await page.locator(`button[data-option="${id}"]`).click();
    const panel = page.locator('.consequence');
    if (option.statutoryStep) {
      await expect(panel.locator('.statutory')).toContainText(`Statutory step: ${option.statutoryStep}`);
      sawStep = true;
    }
    if (option.costs) {
      await expect(panel.locator('.costs')).toContainText('What it cost:');
      sawCost = true;
    } else await expect(panel.locator('.costs')).toHaveCount(0);
    await page.locator('button.proceed').click();
  }
  expect(sawStep).toBe(true);
  await expect(page.locator('#debrief-heading')).toBeFocused();
  await page.locator('#debrief-decisions > summary').click();
  if (sawCost) await expect(page.locator('.decisions .costs').first()).toBeVisible();
});
