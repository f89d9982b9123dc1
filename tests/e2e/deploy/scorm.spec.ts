import { expect, test, type Browser, type Page } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { optionStanding } from '../../../src/lms/interactions';
import { compile, debrief, replay, type CompiledScenario, type ScenarioEngine } from '../../../src/scenario/runtime';
import { packageTargets, zipName } from '../../../src/packaging/targets';
import { unreferencedFiles } from '../../../src/packaging/unreferenced';
import { axeViolations } from '../support/axe';
import { PACKAGES, unpacked } from '../support/lms-server';
import { LMS_PORT } from '../support/ports';

/*
 * The SCORM packages in an LMS: scorm-again plays the LMS in a harness page, and each package is
 * served as plain files from a deep path, as Moodle serves one. Figures are checked against the
 * engine and scorm-again's own data model, not copied into the test.
 */

type Version = '1.2' | '2004';
const versions: Version[] = ['1.2', '2004'];
const lms = `http://localhost:${LMS_PORT}`;
const harness = (scope: string, version: Version) =>
  `${lms}/harness.html?pkg=${unpacked(scope, version)}&scope=${scope}&version=${version}`;

/** scorm-again's view of the attempt, in one shape for both standards. */
async function attempt(page: Page, version: Version) {
  const cmi = await page.evaluate(() => (window as unknown as { lmsState(): Record<string, any> }).lmsState());
  return version === '1.2'
    ? {
        completion: cmi.core.lesson_status as string,
        success: null,
        raw: cmi.core.score.raw as string,
        exit: cmi.core.exit as string,
        sessionTime: cmi.core.session_time as string,
        suspendData: cmi.suspend_data as string,
        cmi,
      }
    : {
        completion: cmi.completion_status as string,
        success: cmi.success_status as string,
        raw: cmi.score.raw as string,
        exit: cmi.exit as string,
        sessionTime: cmi.session_time as string,
        suspendData: cmi.suspend_data as string,
        cmi,
      };
}

/** The interactions the LMS holds, in order: what a tutor's interactions report lists. */
async function interactions(page: Page, version: Version) {
  const { cmi } = await attempt(page, version);
  const list = cmi.interactions?.childArray ?? cmi.interactions ?? {};
  return (Object.values(list) as Record<string, any>[])
    .filter((i) => typeof i === 'object' && i !== null && 'id' in i)
    .map((i) => ({
      id: i.id as string,
      response: (version === '1.2' ? i.student_response : i.learner_response) as string,
      result: i.result as string,
      type: i.type as string,
    }));
}

/** What the LMS should hold for a run of decisions, from the engine: the response and the standing. */
function expectedInteractions(engine: ScenarioEngine, path: readonly string[], version: Version) {
  const log = replay(engine, path).snapshot.context.log;
  return log.map(({ scene, option }) => {
    const options = engine.payload.scenario.scenes[scene]!.decision.options;
    const index = options.findIndex((o) => o.id === option);
    const standing = optionStanding(options, options[index]!);
    return {
      response: version === '1.2' ? 'abcdefghij'[index] : option,
      result: version === '1.2' && standing === 'incorrect' ? 'wrong' : standing,
      type: 'choice',
    };
  });
}

const calls = (page: Page) => page.evaluate(() => (window as unknown as { lmsCalls: string[] }).lmsCalls);

/** The CMI an LMS would hand the course on the next launch of a suspended attempt. */
function relaunchCmi(cmi: Record<string, any>, version: Version) {
  const next = structuredClone(cmi);
  if (version === '1.2') {
    next.core.entry = next.core.exit === 'suspend' ? 'resume' : '';
    delete next.core.exit;
    delete next.core.session_time;
  } else {
    next.entry = next.exit === 'suspend' ? 'resume' : 'ab-initio';
    delete next.exit;
    delete next.session_time;
    delete next.total_time;
  }
  return next;
}

/**
 * What the page and its frames ask the server for outside the package's folder (the LMS's own
 * harness files aside), and every answer that is an error. Listening starts before the page loads.
 */
function watchRequests(page: Page, folder: string) {
  const lmsOwn = [`${lms}/harness.html`, `${lms}/harness.js`, `${lms}/scorm-again/`];
  const outside: string[] = [];
  const failed: string[] = [];
  page.on('request', (request) => {
    const url = request.url();
    if (/^https?:/.test(url) && !url.startsWith(folder) && !lmsOwn.some((own) => url.startsWith(own))) outside.push(url);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
  });
  return { outside, failed };
}

async function open(browser: Browser, scope: string, version: Version, initial?: unknown) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const requests = watchRequests(page, `${lms}${unpacked(scope, version)}`);
  if (initial) await page.addInitScript((cmi) => ((window as unknown as { __lmsInitial: unknown }).__lmsInitial = cmi), initial);
  await page.goto(harness(scope, version));
  const sco = page.frameLocator('#sco');
  return { context, page, sco, course: sco.frameLocator('iframe[data-course]'), requests };
}

function samiEngine() {
  const text = readFileSync(join('tests/.output/lms', unpacked('sami', '2004'), 'scenarios/sami/scenario.json'), 'utf8');
  const payload = JSON.parse(text) as CompiledScenario;
  return compile(payload);
}

for (const version of versions) {
  test.describe(`SCORM ${version}`, () => {
    test('the course launches under a deep path and stays one LMS session while the learner moves between pages', async ({
      browser,
    }) => {
      const { context, page, sco, course, requests } = await open(browser, 'course', version);
      await expect(course.locator('h1')).toBeVisible();
      await expect(sco.locator('[data-lms-status]')).toBeHidden();
      await expect.poll(async () => (await attempt(page, version)).completion).toBe('incomplete');

      await course.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Modules' }).click();
      await course.locator('main a[href$="modules/relational-agency/index.html"]').first().click();
      await expect(course.locator('h1')).toContainText(/relational agency/i);
      await course.getByRole('button', { name: 'Mark this module as complete' }).click();

      // The launch page hears of the record change and sends the resume data at once.
      await expect.poll(async () => (await attempt(page, version)).suspendData).toMatch(/^cbr1;.*relational-agency:/);
      const made = await calls(page);
      expect(made.filter((c) => c === (version === '1.2' ? 'LMSInitialize' : 'Initialize'))).toHaveLength(1);
      expect(made).not.toContain(version === '1.2' ? 'LMSFinish' : 'Terminate');
      // One module of ten: not complete, and no success or failure judged yet.
      const now = await attempt(page, version);
      expect(now.completion).toBe('incomplete');
      if (version === '2004') expect(now.success).toBe('unknown');

      // Everything came from the package's own folder and was there. The browser's own request for
      // an icon is not an event a page sees, so the launch page's icon link is checked itself.
      expect(requests.outside).toEqual([]);
      expect(requests.failed).toEqual([]);
      const icon = await sco.locator('link[rel="icon"]').evaluate((link) => (link as HTMLLinkElement).href);
      expect(icon).toBe(`${lms}${unpacked('course', version)}favicon.svg`);
      expect((await page.request.get(icon)).status()).toBe(200);
      await context.close();
    });

    test('a scenario package reports completion, score and success, suspends, terminates and resumes elsewhere', async ({
      browser,
    }) => {
      const engine = samiEngine();
      const best = engine.payload.scenario.bestPath ?? Object.values(engine.payload.stats.witnesses)[0]!;
      const result = debrief(engine, replay(engine, best).snapshot);
      const scores = result.dimensions.flatMap((d) => (d.normalised === null ? [] : [d.normalised]));
      const score = scores.reduce((a, b) => a + b, 0) / scores.length;

      const first = await open(
        browser,
        'sami',
        version,
        version === '1.2' ? { core: { student_id: 'learner-7' } } : { learner_id: 'learner-7' },
      );
      const { course, page } = first;
      await course.getByRole('button', { name: 'Start the scenario' }).click();
      for (const id of best) {
        await course.locator(`button[data-option="${id}"]`).click();
        await course.locator('button.proceed').click();
      }
      await expect(course.locator('#debrief-heading')).toBeVisible();

      const passed = score >= 60;
      await expect.poll(async () => (await attempt(page, version)).raw).toBe(String(Math.round(score * 100) / 100));
      // Every decision is in the LMS's interactions, with the response and how it stands.
      const played = await interactions(page, version);
      expect(played.map(({ id: _, ...rest }) => rest)).toEqual(expectedInteractions(engine, best, version));
      const done = await attempt(page, version);
      if (version === '1.2') expect(done.completion).toBe(passed ? 'passed' : 'failed');
      else {
        expect(done.completion).toBe('completed');
        expect(done.success).toBe(passed ? 'passed' : 'failed');
        expect(done.cmi.score.scaled).toBe(String(Math.round(score * 100) / 10_000));
      }

      // A second play, left after two decisions.
      await course.getByRole('button', { name: 'Play again from the start' }).click();
      for (const id of best.slice(0, 2)) {
        await course.locator(`button[data-option="${id}"]`).click();
        await course.locator('button.proceed').click();
      }
      await expect(course.locator('#scene-heading')).toBeVisible();
      // The second play's decisions follow the first's, each recorded once.
      await expect.poll(async () => (await interactions(page, version)).length).toBe(best.length + 2);
      const journal = await interactions(page, version);
      expect(new Set(journal.map((i) => i.id)).size).toBe(journal.length);
      await page.evaluate(() => (window as unknown as { closeSco(): void }).closeSco());
      await expect.poll(() => calls(page)).toContain(version === '1.2' ? 'LMSFinish' : 'Terminate');
      const left = await attempt(page, version);
      expect(left.exit).toBe('suspend');
      expect(left.sessionTime).toMatch(version === '1.2' ? /^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/ : /^PT/);
      // SCORM 1.2's limit, which scorm-again does not enforce itself.
      expect(left.suspendData.length).toBeGreaterThan(0);
      expect(left.suspendData.length).toBeLessThanOrEqual(4096);
      // The learner's own words never go to the LMS; nor do the learner record's JSON and snapshots.
      expect(left.suspendData).not.toContain('{');
      await first.context.close();

      // Another computer: empty browser storage, the LMS's data only.
      const second = await open(browser, 'sami', version, relaunchCmi(left.cmi, version));
      await expect(second.course.getByText('You have a play in progress: 2 decisions made')).toBeVisible();
      await expect(second.course.getByText(/You finished this scenario on/)).toBeVisible();
      await second.course.getByRole('button', { name: 'Resume where you left off' }).click();
      const third = replay(engine, best.slice(0, 2)).snapshot.context.scene!;
      await expect(
        second.course.locator(`button[data-option="${engine.payload.scenario.scenes[third]!.decision.options[0]!.id}"]`),
      ).toBeVisible();
      // The restored best play still counts: the score and completion the LMS holds stay.
      await expect.poll(async () => (await attempt(second.page, version)).raw).toBe(String(Math.round(score * 100) / 100));
      await second.context.close();
    });

    test('when the LMS stops saving, the learner is told, can try again, and everything is sent once it recovers', async ({
      browser,
    }) => {
      const engine = samiEngine();
      const best = engine.payload.scenario.bestPath!;
      const { context, page, sco, course } = await open(browser, 'sami', version);
      await page.clock.install();
      await course.getByRole('button', { name: 'Start the scenario' }).click();
      await expect.poll(async () => (await attempt(page, version)).completion).toBe('incomplete');
      await page.evaluate(() => ((window as unknown as { lmsRefuses: boolean }).lmsRefuses = true));
      for (const id of best.slice(0, 2)) {
        await course.locator(`button[data-option="${id}"]`).click();
        await course.locator('button.proceed').click();
      }
      await expect(course.locator('#scene-heading')).toBeVisible();
      const notice = sco.locator('[data-lms-saving-text]');
      const retry = sco.getByRole('button', { name: 'Try saving again' });
      // Quiet while the first tries are made, seconds apart; then said plainly, with no dialog.
      await expect(notice).toBeEmpty();
      await page.clock.runFor(30_000);
      await expect(notice).toHaveText(/not saving your progress.*kept in this browser.*another computer/);
      await expect(notice).toHaveAttribute('role', 'status');
      await expect(retry).toBeVisible();
      expect(await interactions(page, version)).toEqual([]);
      // The learner carries on playing while the notice stands.
      await course.locator(`button[data-option="${best[2]}"]`).click();
      await course.locator('button.proceed').click();

      // Trying again while the LMS still fails says so; once it is back, everything arrives.
      await retry.click();
      await expect(notice).toHaveText(/Tried again at \d\d:\d\d.*still not saving/);
      await page.evaluate(() => ((window as unknown as { lmsRefuses: boolean }).lmsRefuses = false));
      await retry.click();
      await expect(notice).toHaveText(/Saved: your learning management system has your progress again/);
      await expect(retry).toBeHidden();
      const held = await interactions(page, version);
      expect(held.map(({ id: _, ...rest }) => rest)).toEqual(expectedInteractions(engine, best.slice(0, 3), version));
      expect((await attempt(page, version)).suspendData).toMatch(/^cbr1;/);
      await page.clock.runFor(15_000);
      await expect(notice).toBeEmpty();
      await context.close();
    });

    test('an unfinished learner is never failed, whatever the LMS does with its pass mark', async ({ browser }) => {
      // A low-scoring whole play of one scenario in the course package, whose LMS sets a pass mark of 60.
      const engine = samiEngine();
      const plays = Object.values(engine.payload.stats.witnesses).map((path) => {
        const result = debrief(engine, replay(engine, path).snapshot);
        const scores = result.dimensions.flatMap((d) => (d.normalised === null ? [] : [d.normalised]));
        return { path, score: scores.reduce((a, b) => a + b, 0) / scores.length };
      });
      const low = plays.sort((a, b) => a.score - b.score)[0]!;
      expect(low.score).toBeLessThan(60);
      const { context, page, course } = await open(
        browser,
        'course',
        version,
        version === '1.2' ? { student_data: { mastery_score: '60' } } : { scaled_passing_score: '0.6' },
      );
      await course.locator('a[href$="scenarios/sami/index.html"]').first().click();
      await course.getByRole('button', { name: 'Start the scenario' }).click();
      for (const id of low.path) {
        await course.locator(`button[data-option="${id}"]`).click();
        await course.locator('button.proceed').click();
      }
      await expect(course.locator('#debrief-heading')).toBeVisible();
      await expect.poll(async () => (await interactions(page, version)).length).toBe(low.path.length);
      const now = await attempt(page, version);
      // No score for a mastery score (1.2) or a scaled passing score (2004) to judge, so no "failed".
      expect(now.raw).toBe('');
      expect(now.completion).toBe('incomplete');
      if (version === '2004') {
        expect(now.success).toBe('unknown');
        const launch = readFileSync(join(PACKAGES, '.site/scorm/index.html'), 'utf8');
        const data = JSON.parse(/id="lms-launch">([\s\S]*?)<\/script>/.exec(launch)![1]!) as {
          modules: unknown[];
          scenarios: unknown[];
        };
        expect(Number(now.cmi.progress_measure)).toBeCloseTo(1 / (data.modules.length + data.scenarios.length), 4);
      }
      await context.close();
    });

    test('learners sharing a computer keep separate records inside the LMS', async ({ browser }) => {
      const context = await browser.newContext();
      const page = await context.newPage();
      const as = async (learner: string) => {
        await page.addInitScript(
          ([cmi]) => ((window as unknown as { __lmsInitial: unknown }).__lmsInitial = cmi),
          [version === '1.2' ? { core: { student_id: learner } } : { learner_id: learner }],
        );
        await page.goto(harness('course', version));
        return page.frameLocator('#sco').frameLocator('iframe[data-course]');
      };
      let course = await as('ana');
      await course.locator('a[href$="modules/index.html"]').first().click();
      await course.locator('main a[href$="modules/relational-agency/index.html"]').first().click();
      await course.getByRole('button', { name: 'Mark this module as complete' }).click();
      await expect(course.getByText(/You marked this module as complete/)).toBeVisible();
      // The modules index marks it from this learner's own record.
      const done = (c: typeof course) => c.locator('[data-progress="module:relational-agency"] [data-when="complete"]');
      await course.locator('a[href$="modules/index.html"]').first().click();
      await expect(done(course)).toBeVisible();
      course = await as('ben');
      await course.locator('a[href$="modules/index.html"]').first().click();
      await expect(course.locator('h1')).toBeVisible();
      await expect(done(course)).toBeHidden();
      await course.locator('main a[href$="modules/relational-agency/index.html"]').first().click();
      await expect(course.getByRole('button', { name: 'Mark this module as complete' })).toBeVisible();
      await context.close();
    });
  });
}

test('outside an LMS the launch page says so, and the course works from the browser alone', async ({ page }) => {
  const requests = watchRequests(page, `${lms}${unpacked('course', '2004')}`);
  await page.goto(`${lms}${unpacked('course', '2004')}scorm/index.html?scope=course&version=2004`);
  await expect(page.locator('[data-lms-status]')).toHaveText(/No learning management system found/);
  const course = page.frameLocator('iframe[data-course]');
  await expect(course.locator('h1')).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  // Search loads Pagefind from a relative base and links to files, not folders.
  await course.locator('a[href$="search/index.html"]').first().click();
  await course.getByRole('searchbox').fill('relational agency');
  const first = course
    .locator('main ol a, main ul a')
    .filter({ hasText: /relational agency/i })
    .first();
  await expect(first).toHaveAttribute('href', /modules\/relational-agency\/index\.html$/);
  // Search found all it needs in the package: what the zips leave out is nothing Pagefind asks for.
  expect(requests.outside).toEqual([]);
  expect(requests.failed).toEqual([]);
});

test.describe('packages', () => {
  const manifests = () =>
    ['course', 'sami'].flatMap((scope) =>
      versions.map((version) => {
        const files = unzipSync(readFileSync(join(PACKAGES, zipName(scope, version))));
        return { scope, version, files, xml: new TextDecoder().decode(files['imsmanifest.xml']) };
      }),
    );

  test('the packaged build offers a package of the course and of every scenario, in each standard', () => {
    // The tests unpack the course and one scenario (lms-server.ts); the rest would be the same
    // files with another scope, so what is checked for all is that each is offered.
    const scopes = packageTargets(join(PACKAGES, '.site'), 'Crossing Boundaries').map((t) => t.scope);
    const scenarios = readdirSync('scenarios').flatMap((f) => /^(.+)\.yaml$/.exec(f)?.[1] ?? []);
    expect(scopes.sort()).toEqual(['course', ...scenarios].sort());
    for (const scope of ['course', 'sami'])
      for (const version of versions) expect(() => readFileSync(join(PACKAGES, zipName(scope, version)))).not.toThrow();
  });

  test('each manifest has the structure its standard requires and lists exactly the package’s files', async ({ page }) => {
    for (const { scope, version, files, xml } of manifests()) {
      const parsed = await page.evaluate(
        ([text, v]) => {
          const doc = new DOMParser().parseFromString(text, 'application/xml');
          if (doc.querySelector('parsererror')) return { error: doc.querySelector('parsererror')!.textContent };
          const cp = v === '1.2' ? 'http://www.imsproject.org/xsd/imscp_rootv1p1p2' : 'http://www.imsglobal.org/xsd/imscp_v1p1';
          const adlcp = v === '1.2' ? 'http://www.adlnet.org/xsd/adlcp_rootv1p2' : 'http://www.adlnet.org/xsd/adlcp_v1p3';
          const all = (name: string, ns = cp) => [...doc.getElementsByTagNameNS(ns, name)];
          const root = doc.documentElement;
          const orgs = all('organizations')[0]!;
          const org = all('organization')[0]!;
          const item = all('item')[0]!;
          const resource = all('resource')[0]!;
          return {
            error: null,
            root: `${root.namespaceURI} ${root.localName}`,
            schema: all('schema')[0]?.textContent,
            schemaversion: all('schemaversion')[0]?.textContent,
            defaultOrgMatches: orgs.getAttribute('default') === org.getAttribute('identifier'),
            itemPointsAtResource: item.getAttribute('identifierref') === resource.getAttribute('identifier'),
            scormType: resource.getAttributeNS(adlcp, v === '1.2' ? 'scormtype' : 'scormType'),
            type: resource.getAttribute('type'),
            href: resource.getAttribute('href'),
            mastery: v === '1.2' ? item.getElementsByTagNameNS(adlcp, 'masteryscore')[0]?.textContent : null,
            measure:
              v === '2004'
                ? item.getElementsByTagNameNS('http://www.imsglobal.org/xsd/imsss', 'minNormalizedMeasure')[0]?.textContent
                : null,
            files: [...resource.getElementsByTagNameNS(cp, 'file')].map((f) => decodeURIComponent(f.getAttribute('href') ?? '')),
          };
        },
        [xml, version] as const,
      );
      expect(parsed.error, `${scope} ${version}`).toBeNull();
      expect(parsed.root).toBe(
        `${version === '1.2' ? 'http://www.imsproject.org/xsd/imscp_rootv1p1p2' : 'http://www.imsglobal.org/xsd/imscp_v1p1'} manifest`,
      );
      expect(parsed.schema).toBe('ADL SCORM');
      expect(parsed.schemaversion).toBe(version === '1.2' ? '1.2' : '2004 4th Edition');
      expect(parsed.defaultOrgMatches && parsed.itemPointsAtResource).toBe(true);
      expect(parsed.scormType).toBe('sco');
      expect(parsed.type).toBe('webcontent');
      expect(parsed.href).toBe(`scorm/index.html?scope=${scope}&version=${version}`);
      if (version === '1.2') expect(parsed.mastery).toBe('60');
      else expect(parsed.measure).toBe('0.60');
      const inZip = Object.keys(files).filter((f) => f !== 'imsmanifest.xml' && !f.endsWith('/'));
      expect(new Set(parsed.files)).toEqual(new Set(inZip));
      expect(inZip).toContain('scorm/index.html');
      expect(inZip).not.toContain('_headers');
    }
  });

  test('every file in the course package is loaded by something the launch page leads to', () => {
    for (const { version, files } of manifests().filter((m) => m.scope === 'course'))
      expect(unreferencedFiles(files, 'scorm/index.html'), `course ${version}`).toEqual([]);
  });

  test('no page in a package links to a folder or to an absolute path', () => {
    const { files } = manifests()[0]!;
    const problems: string[] = [];
    for (const [name, data] of Object.entries(files)) {
      if (!name.endsWith('.html')) continue;
      const html = new TextDecoder().decode(data);
      for (const [, url] of html.matchAll(/(?:href|src|component-url|renderer-url)="([^"#?]*)/g)) {
        if (!url || /^[a-z]+:/.test(url)) continue;
        const target = join(name, '..', url).split('\\').join('/');
        if (url.startsWith('/') || !(target in files)) problems.push(`${name}: ${url}`);
      }
    }
    expect(problems).toEqual([]);
  });
});
