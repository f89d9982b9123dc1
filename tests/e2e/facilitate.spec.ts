import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { letter } from '../../src/facilitation/room';
import { shortLabel } from '../../src/facilitation/steps';
import { compile, optionsNow, replay, type ScenarioEngine } from '../../src/scenario/runtime';
import type { RoomPageData } from '../../src/facilitation/page-data';
import { axeViolations } from './support/axe';

/*
 * A facilitated session in a real browser: the presenter page and the audience window it opens,
 * in one browser context, talking over BroadcastChannel. The engine is compiled here from the
 * page's own data, so "the votes decided the path" is checked against the engine itself.
 */

const ID = 'sami';
const presenterPath = `scenarios/${ID}/facilitate/`;

function pageData(path: string): RoomPageData {
  const html = readFileSync(`dist/${path}index.html`, 'utf8');
  const json = /<script type="application\/json" id="room-data">([\s\S]*?)<\/script>/.exec(html)?.[1];
  if (!json) throw new Error(`no room data on ${path}`);
  return JSON.parse(json) as RoomPageData;
}

const data = pageData(presenterPath);
const engine: ScenarioEngine = compile(data.payload);
const best = engine.payload.scenario.bestPath ?? [];
const sceneTitle = (choices: readonly string[]) => {
  const scene = replay(engine, choices).snapshot.context.scene;
  return scene ? engine.payload.scenario.scenes[scene]!.title : '';
};
const letterOf = (choices: readonly string[], option: string) =>
  letter(optionsNow(engine, replay(engine, choices).snapshot).findIndex((o) => o.id === option));

/** A fresh presenter page and the audience window it opens, in one context. */
async function openRoom(context: BrowserContext): Promise<{ presenter: Page; audience: Page }> {
  const presenter = await context.newPage();
  await presenter.goto(presenterPath);
  await presenter.evaluate(() => localStorage.clear());
  await presenter.reload();
  await expect(presenter.locator('#room-heading')).toHaveText('Before the room begins');
  const [audience] = await Promise.all([
    context.waitForEvent('page'),
    presenter.getByRole('link', { name: /Open the audience window/ }).click(),
  ]);
  await audience.waitForLoadState();
  await expect(presenter.locator('[data-audience-status]')).toHaveText('Audience window connected.');
  return { presenter, audience };
}

/** Puts one of the phase's screens on the projector, as the presenter's list of screens does. */
async function project(presenter: Page, audience: Page, screen: string) {
  await presenter.locator(`[data-screen="${screen}"]`).click();
  await expect(audience.locator('[data-step]')).toHaveAttribute('data-step', screen);
}

/** Enters votes by typing counts, as a facilitator counting hands would. */
async function enterVotes(presenter: Page, counts: Record<string, number>) {
  for (const [option, count] of Object.entries(counts)) {
    const input = presenter.locator(`li[data-option="${option}"] input[type=number]`);
    await input.fill(String(count));
    await input.press('Tab');
  }
}

test.describe('presenter and audience', () => {
  test('the audience follows the presenter, and the most-voted option is what gets played', async ({ context }) => {
    const { presenter, audience } = await openRoom(context);
    await expect(audience.locator('#room-heading')).toContainText(engine.payload.scenario.child.name);
    // The venue's wifi goes: the two windows talk inside the browser, so the session carries on.
    await context.setOffline(true);

    await presenter.getByRole('button', { name: /Begin/ }).click();
    await expect(presenter.locator('#room-heading')).toHaveText(sceneTitle([]));
    await project(presenter, audience, 'story');
    await expect(audience.locator('#room-heading')).toHaveText(sceneTitle([]));
    await project(presenter, audience, 'question');

    // The room's votes go to the best path's option, with the others behind it.
    const options = optionsNow(engine, replay(engine, []).snapshot).filter((o) => o.available);
    const winner = best[0]!;
    const loser = options.find((o) => o.id !== winner)!.id;
    await enterVotes(presenter, { [winner]: 9, [loser]: 4 });
    await expect(audience.locator(`li[data-option="${winner}"] [data-votes]`)).toHaveAttribute('data-votes', '9');
    await expect(audience.locator(`li[data-option="${loser}"] [data-votes]`)).toHaveAttribute('data-votes', '4');
    await expect(presenter.locator('[data-verdict]')).toContainText(`Option ${letterOf([], winner)} leads with 9 of 13 votes`);

    await presenter.getByRole('button', { name: /Reveal the consequence/ }).click();
    const label = options.find((o) => o.id === winner)!.label;
    for (const page of [presenter, audience]) {
      await expect(page.locator('#room-heading')).toHaveText(`What happened: option ${letterOf([], winner)}`);
      await expect(page.getByText(label, { exact: true }).first()).toBeVisible();
    }

    // The rest of the best path, each decided by votes; the facilitator picks one decision outright.
    for (let i = 1; i < best.length; i++) {
      await presenter.getByRole('button', { name: /Next decision/ }).click();
      // Later decisions open on their story: the stage's own words come before the first one only.
      await expect(audience.locator('#room-heading')).toHaveText(sceneTitle(best.slice(0, i)));
      if (i === 2) await presenter.getByRole('button', { name: `Pick ${letterOf(best.slice(0, i), best[i]!)}` }).click();
      else await enterVotes(presenter, { [best[i]!]: 5 });
      await presenter.getByRole('button', { name: /Reveal the consequence/ }).click();
      await expect(audience.locator('#room-heading')).toHaveText(`What happened: option ${letterOf(best.slice(0, i), best[i]!)}`);
    }
    await presenter.getByRole('button', { name: /The group’s debrief/ }).click();

    const ending = replay(engine, best).snapshot.context.ending!;
    await expect(presenter.locator('#room-heading')).toHaveText('The group’s debrief');
    await expect(presenter.locator('tr[data-decision]')).toHaveCount(best.length);
    // The projector takes the debrief a page at a time: how it ended first, then the rest.
    await expect(audience.locator('[data-step]')).toHaveAttribute('data-step', 'ending');
    for (const page of [presenter, audience]) await expect(page.locator(`[data-ending="${ending}"]`)).toBeVisible();
    // The choices come six decisions to a screen, large enough to read from the back.
    await project(presenter, audience, 'choices');
    await expect(audience.locator('tr[data-decision]')).toHaveCount(Math.min(6, best.length));
    await expect(audience.locator('tr[data-decision="0"]')).toContainText(`${letterOf([], winner)} 9`);
    await expect(audience.locator('tr[data-decision="2"]')).toContainText('Facilitator’s pick');
    if (best.length > 6) {
      await project(presenter, audience, 'choices-2');
      await expect(audience.locator('tr[data-decision]')).toHaveCount(Math.min(6, best.length - 6));
      await expect(audience.locator(`tr[data-decision="${best.length - 1}"]`)).toBeVisible();
    }

    // The tallies are kept with the run in the presenter's browser.
    const saved = await presenter.evaluate(
      (id) => JSON.parse(localStorage.getItem(`cb:room:${id}`) ?? 'null'),
      ID,
    );
    expect(saved.path.map((d: { option: string }) => d.option)).toEqual(best);
    expect(saved.path[0].votes).toEqual({ [winner]: 9, [loser]: 4 });
    expect(saved.path[2].picked).toBe(true);

    // The group's result code decodes to the same play.
    await expect(presenter.locator('[data-result-code]')).toHaveText(/^CB1\.sami\./);
  });

  test('a tie is not played until the facilitator picks, and the audience never sees the notes', async ({ context }) => {
    const { presenter, audience } = await openRoom(context);
    await presenter.keyboard.press('ArrowRight');
    const [a, b] = optionsNow(engine, replay(engine, []).snapshot).filter((o) => o.available);
    await enterVotes(presenter, { [a!.id]: 3, [b!.id]: 3 });
    await presenter.getByRole('button', { name: /Reveal the consequence/ }).click();
    await expect(presenter.locator('[data-room-message]')).toContainText('same number of votes');
    await expect(audience.locator('[data-phase]')).toHaveAttribute('data-phase', 'voting');

    const firstScene = engine.payload.scenario.scenes[replay(engine, []).snapshot.context.scene!]!;
    await expect(presenter.locator('[data-notes]')).toContainText(firstScene.prompts[0]!);
    await expect(audience.locator('body')).not.toContainText(firstScene.prompts[0]!);
    const audienceHtml = readFileSync(`dist/scenarios/${ID}/facilitate/audience/index.html`, 'utf8');
    const noteWords = firstScene.notes!.split(/\s+/).slice(0, 8).join(' ');
    expect(readFileSync(`dist/${presenterPath}index.html`, 'utf8')).toContain(noteWords);
    expect(audienceHtml).not.toContain(noteWords);

    // One screen only: the notes hide, and the choice is remembered.
    await presenter.keyboard.press('h');
    await expect(presenter.locator('[data-notes]')).toHaveCount(0);
    await presenter.reload();
    await expect(presenter.locator('[data-notes]')).toHaveCount(0);
    await expect(presenter.getByRole('button', { name: /Facilitator notes/ })).toHaveAttribute('aria-pressed', 'false');
  });

  test('keyboard shortcuts run the session, and rewinding compares the two consequences side by side', async ({ context }) => {
    const { presenter, audience } = await openRoom(context);
    await presenter.keyboard.press('ArrowRight');
    const open = optionsNow(engine, replay(engine, []).snapshot);
    const first = open.findIndex((o) => o.id === best[0]);
    const other = open.findIndex((o, i) => i !== first && o.available);

    // → steps the projector through the decision's screens: the story, what can be seen, any long
    // options read in full, then the question with the votes.
    const screens = await presenter.locator('[data-screen]').evaluateAll((els) => els.map((e) => e.getAttribute('data-screen')));
    expect(screens.filter((s) => s === 'story' || s === 'signals')).toEqual(['story', 'signals']);
    expect(screens.at(-1)).toBe('question');
    for (const screen of screens.slice(1)) {
      await presenter.keyboard.press('ArrowRight');
      await expect(audience.locator('[data-step]')).toHaveAttribute('data-step', screen!);
    }

    // Digits add votes to options A, B, C…; Shift+digit takes one away.
    for (let i = 0; i < 3; i++) await presenter.keyboard.press(`Digit${first + 1}`);
    await presenter.keyboard.press(`Digit${other + 1}`);
    await presenter.keyboard.press(`Digit${other + 1}`);
    await presenter.keyboard.press(`Shift+Digit${other + 1}`);
    await expect(audience.locator(`li[data-option="${best[0]}"] [data-votes]`)).toHaveAttribute('data-votes', '3');
    await expect(audience.locator(`li[data-option="${open[other]!.id}"] [data-votes]`)).toHaveAttribute('data-votes', '1');

    await presenter.keyboard.press('r');
    await expect(audience.locator('#room-heading')).toHaveText(`What happened: option ${letter(first)}`);
    await presenter.keyboard.press('n');
    await expect(audience.locator('#room-heading')).toHaveText(sceneTitle(best.slice(0, 1)));

    // Rewind: W moves to the list of decisions; going back reopens the vote with a fresh tally, the
    // earlier one shown to the presenter only.
    await presenter.keyboard.press('w');
    await expect(presenter.locator('[data-rewind="0"]')).toBeFocused();
    await presenter.keyboard.press('Enter');
    await expect(presenter.locator('#room-heading')).toHaveText(sceneTitle([]));
    await expect(presenter.locator(`li[data-option="${best[0]}"] input`)).toHaveValue('0');
    await expect(presenter.locator('[data-earlier-tallies]')).toContainText(`${letter(first)} 3`);
    await project(presenter, audience, 'question');
    await expect(audience.locator(`li[data-option="${best[0]}"] [data-votes]`)).toHaveAttribute('data-votes', '0');

    // This time the room goes the other way, and sees both consequences together.
    await presenter.getByRole('button', { name: `Pick ${letter(other)}` }).click();
    await presenter.keyboard.press('ArrowRight');
    await expect(presenter.locator('#room-heading')).toHaveText(`What happened: option ${letter(other)}`);
    await project(presenter, audience, 'alternatives');
    // The projector shows the start of each option, since the room has just read them in full.
    await expect(presenter.locator('[data-alternative="this"]')).toContainText(open[other]!.label);
    await expect(presenter.locator(`[data-alternative="${best[0]}"]`)).toContainText(open[first]!.label);
    await expect(audience.locator('[data-alternative="this"]')).toContainText(shortLabel(open[other]!.label).replace('…', ''));
    await expect(audience.locator(`[data-alternative="${best[0]}"]`)).toContainText(
      shortLabel(open[first]!.label).replace('…', ''),
    );

    // ← walks back through the consequence's screens, then reopens the vote; from the first vote, the introduction.
    for (let i = 0; i < 8 && (await presenter.locator('[data-phase]').getAttribute('data-phase')) === 'consequence'; i++)
      await presenter.keyboard.press('ArrowLeft');
    await expect(presenter.locator('#room-heading')).toHaveText(sceneTitle([]));
    await presenter.keyboard.press('ArrowLeft');
    await expect(audience.locator('#room-heading')).toContainText(engine.payload.scenario.child.name);

    // The help overlay opens at its top with its heading focused, lists the shortcuts and closes with Escape.
    await presenter.setViewportSize({ width: 1280, height: 720 });
    await presenter.keyboard.press('?');
    const help = presenter.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect(help).toBeVisible();
    await expect(help.getByRole('heading', { name: 'Keyboard shortcuts' })).toBeFocused();
    await expect(help.getByRole('heading', { name: 'Keyboard shortcuts' })).toBeInViewport();
    await expect(help).toContainText('Reveal the consequence');
    await presenter.keyboard.press('Escape');
    await expect(help).toBeHidden();
  });

  test('a vote taken again starts from zero: the debrief counts the new votes and the route comparison keeps the old', async ({
    context,
  }) => {
    const { presenter, audience } = await openRoom(context);
    await presenter.keyboard.press('ArrowRight');
    await presenter.locator('[data-room-size]').fill('25');
    await presenter.locator('[data-room-size]').press('Tab');
    const othersAt = (i: number) =>
      optionsNow(engine, replay(engine, best.slice(0, i)).snapshot).filter((o) => o.available && o.id !== best[i]);
    for (let i = 0; i < best.length; i++) {
      await enterVotes(presenter, { [best[i]!]: 14, [othersAt(i)[0]!.id]: 8 });
      await presenter.keyboard.press('r');
      await presenter.keyboard.press('n');
    }
    await expect(presenter.locator('#room-heading')).toHaveText('The group’s debrief');

    // Back to the second decision: the tally starts at zero, the old one is shown to the presenter only.
    await presenter.locator('[data-rewind="1"]').click();
    await expect(presenter.locator('#room-heading')).toHaveText(sceneTitle(best.slice(0, 1)));
    for (const input of await presenter.locator('li[data-option] input[type=number]').all()) await expect(input).toHaveValue('0');
    await expect(presenter.locator('[data-earlier-tallies]')).toContainText('14');
    await project(presenter, audience, 'question');
    await expect(audience.locator(`li[data-option="${best[1]}"] [data-votes]`)).toHaveAttribute('data-votes', '0');

    // More votes than people: the presenter is warned, and can clear the tally and count again.
    const other = othersAt(1)[0]!.id;
    await enterVotes(presenter, { [best[1]!]: 20, [other]: 9 });
    await expect(presenter.locator('[data-over-count]')).toContainText('29 votes from a room of 25');
    await presenter.getByRole('button', { name: 'Clear votes' }).click();
    await expect(presenter.locator(`li[data-option="${best[1]}"] input`)).toHaveValue('0');
    await expect(presenter.locator('[data-over-count]')).toHaveCount(0);
    await enterVotes(presenter, { [best[1]!]: 11, [other]: 9 });
    await presenter.keyboard.press('r');
    await presenter.keyboard.press('n');
    for (let i = 2; i < best.length; i++) {
      await presenter.getByRole('button', { name: `Pick ${letterOf(best.slice(0, i), best[i]!)}` }).click();
      await presenter.keyboard.press('r');
      await presenter.keyboard.press('n');
    }
    await expect(presenter.locator('#room-heading')).toHaveText('The group’s debrief');
    const b = letterOf(best.slice(0, 1), best[1]!);
    const o = letterOf(best.slice(0, 1), other);
    await expect(presenter.locator('tr[data-decision="1"] td[data-label="Votes"]')).toContainText(`${b} 11`);
    await expect(presenter.locator('tr[data-decision="1"] td[data-label="Votes"]')).toContainText(`${o} 9`);
    await expect(presenter.locator('tr[data-decision="1"]')).not.toContainText('14');
    // The earlier route, with its earlier tallies, is in the comparison.
    await expect(presenter.locator('[data-route-votes]').nth(1)).toContainText(`2: `);
    await expect(presenter.locator('[data-route-votes]').nth(1)).toContainText(`${b} 14`);
  });

  test('the discussion timer shows on the projector, and a reloaded presenter carries on where it was', async ({ context }) => {
    const { presenter, audience } = await openRoom(context);
    await presenter.keyboard.press('ArrowRight');
    await enterVotes(presenter, { [best[0]!]: 2 });
    await project(presenter, audience, 'question');
    await presenter.keyboard.press('t');
    await expect(audience.getByRole('timer')).toBeVisible();
    await expect.poll(async () => Number(await audience.getByRole('timer').getAttribute('data-timer-left'))).toBeLessThan(180);

    await presenter.reload();
    await expect(presenter.locator('#room-heading')).toHaveText(sceneTitle([]));
    await expect(presenter.locator(`li[data-option="${best[0]}"] input`)).toHaveValue('2');
    await expect(presenter.locator('[data-audience-status]')).toHaveText('No audience window yet.');
    // The audience window reconnects as soon as the presenter is back, and shows the same votes.
    await audience.reload();
    await expect(presenter.locator('[data-audience-status]')).toHaveText('Audience window connected.');
    await expect(audience.locator(`li[data-option="${best[0]}"] [data-votes]`)).toHaveAttribute('data-votes', '2');
  });

  test('a browser that will not store anything: the facilitator is told at once, and still after each step', async ({ page }) => {
    await page.addInitScript(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      };
    });
    await page.goto(presenterPath);
    const message = page.locator('[data-room-message]');
    await expect(message).toHaveText(/not saving the session, so a reload would start the scenario again/);
    await page.keyboard.press('ArrowRight');
    await expect(page.locator('#room-heading')).toHaveText(sceneTitle([]));
    await expect(message).toHaveText(/not saving the session/);
  });

  test('an audience window opened on its own waits for the presenter', async ({ page }) => {
    await page.goto(`scenarios/${ID}/facilitate/audience/`);
    await expect(page.getByText('Waiting for the presenter.')).toBeVisible();
    await expect(page.getByRole('link', { name: 'presenter view' })).toHaveAttribute('href', `/${presenterPath}`);
  });
});

test.describe('accessibility of the facilitation views', () => {
  test('zero axe violations on the presenter and audience at each phase', async ({ context }) => {
    // Two windows checked by axe at every phase: over a minute on a busy 2-core machine.
    test.setTimeout(120_000);
    const { presenter, audience } = await openRoom(context);
    const check = async (where: string) => {
      expect(await axeViolations(presenter), `presenter ${where}`).toEqual([]);
      expect(await axeViolations(audience), `audience ${where}`).toEqual([]);
    };
    await check('introduction');
    await presenter.keyboard.press('ArrowRight');
    await enterVotes(presenter, { [best[0]!]: 4 });
    await presenter.keyboard.press('t');
    await check('voting');
    await presenter.keyboard.press('r');
    await presenter.keyboard.press('ArrowLeft');
    const other = optionsNow(engine, replay(engine, []).snapshot).find((o) => o.available && o.id !== best[0])!;
    await presenter.getByRole('button', { name: `Pick ${letterOf([], other.id)}` }).click();
    await presenter.keyboard.press('r');
    await check('consequence with an alternative');
    for (let i = 0; i < 150 && (await presenter.locator('#room-heading').textContent()) !== 'The group’s debrief'; i++) {
      const phase = await presenter.locator('[data-phase]').getAttribute('data-phase');
      if (phase === 'voting') {
        await presenter.locator('button[aria-pressed][class="secondary"]').filter({ hasText: /^Pick/ }).first().click();
        await presenter.keyboard.press('r');
      } else await presenter.keyboard.press('ArrowRight');
    }
    await expect(presenter.locator('#room-heading')).toHaveText('The group’s debrief');
    await check('debrief');
  });

  test('the presenter reflows at 320 px and has no axe violations in the dark theme', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 800 });
    await page.goto(presenterPath);
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await expect(page.locator('#room-heading')).toHaveText('Before the room begins');
    await page.keyboard.press('ArrowRight');
    await expect(page.locator('[data-phase="voting"]')).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.setViewportSize({ width: 1280, height: 800 });
    expect(await axeViolations(page)).toEqual([]);
  });
});

test.describe('print views', () => {
  test('the concept handout fits one A4 page, and the session plan and scenario card print without the site chrome', async ({
    page,
  }) => {
    await page.goto('facilitate/handouts/concepts/');
    const pdf = await page.pdf({ format: 'A4' });
    expect((pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length).toBe(1);

    for (const path of ['facilitate/sessions/training-day/', `scenarios/${ID}/card/`]) {
      await page.goto(path);
      // Printed from the dark theme, the ink is still black on white.
      await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
      await expect(page.locator('.site-header nav')).toBeHidden();
      await expect(page.locator('[data-print]')).toBeHidden();
      await expect(page.locator('h1')).toBeVisible();
      expect(
        await page.evaluate(() => [getComputedStyle(document.body).color, getComputedStyle(document.body).backgroundColor]),
      ).toEqual(['rgb(0, 0, 0)', 'rgb(255, 255, 255)']);
      await page.emulateMedia({ media: 'screen', colorScheme: 'light' });
    }
    await page.goto(`scenarios/${ID}/card/`);
    await expect(page.locator('[data-scene]')).toHaveCount(Object.keys(engine.payload.scenario.scenes).length);
  });

  test("the group's debrief prints without the controls", async ({ context }) => {
    const { presenter } = await openRoom(context);
    await presenter.keyboard.press('ArrowRight');
    for (let i = 0; i < best.length; i++) {
      await presenter.getByRole('button', { name: `Pick ${letterOf(best.slice(0, i), best[i]!)}` }).click();
      await presenter.keyboard.press('r');
      await presenter.keyboard.press('n');
    }
    await expect(presenter.locator('#room-heading')).toHaveText('The group’s debrief');
    await presenter.emulateMedia({ media: 'print' });
    await expect(presenter.locator('.toolbar')).toBeHidden();
    await expect(presenter.locator('aside.side')).toBeHidden();
    await expect(presenter.locator('figure.trajectory')).toBeVisible();
    await expect(presenter.locator('tr[data-decision]')).toHaveCount(best.length);
  });
});
