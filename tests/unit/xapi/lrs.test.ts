import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createPlaySession } from '../../../src/player/session';
import { completeModule } from '../../../src/record/module-progress';
import { createStore } from '../../../src/record/store';
import { compile } from '../../../src/scenario/compile';
import { siteConfig } from '../../../src/site.config';
import { pageCatalogue } from '../../../src/xapi/catalogue';
import { configJson, readPageConfig, xapiPageConfig } from '../../../src/xapi/config';
import { activityBase } from '../../../src/xapi/iris';
import { createQueue } from '../../../src/xapi/queue';
import { outcomeOf, statementsUrl } from '../../../src/xapi/send';
import { startTracker } from '../../../src/xapi/tracker';
import type { Statement } from '../../../src/xapi/types';
import { randomUuid } from '../../../src/xapi/uuid';
import { FakeStorage } from '../record/fake-storage';
import { compiledFixture } from '../scenario/helpers';
import { expectValidStatement } from './shape';

/*
 * A small LRS on loopback, started inside each test: the sender and the wiring run against it with
 * Node's own fetch, so what crosses the wire (method, path, headers, body) is what is checked.
 */

interface Received {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  statements: Statement[];
}

const stubs: { close(): Promise<void> }[] = [];

/** `respond` picks each request's status; 2xx stores the statements, once per id, as an LRS does. */
async function startLrs(respond: (statements: Statement[], request: number) => number = () => 200) {
  const received: Received[] = [];
  const stored = new Map<string, Statement>();
  const server = createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (body += chunk));
    req.on('end', () => {
      const statements = (body ? JSON.parse(body) : []) as Statement[];
      received.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, statements });
      const status = respond(statements, received.length);
      if (status === 200) for (const s of statements) if (!stored.has(s.id)) stored.set(s.id, s);
      res.writeHead(status, { 'Content-Type': 'application/json' });
      res.end(status === 200 ? JSON.stringify(statements.map((s) => s.id)) : '');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const stub = {
    endpoint: `http://127.0.0.1:${port}/xapi/`,
    received,
    stored,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  stubs.push(stub);
  return stub;
}

afterEach(async () => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  await Promise.all(stubs.splice(0).map((s) => s.close()));
});

const T = 1_700_000_000_000;
const AUTH = 'Basic eGFwaS13cml0ZXI6c2VjcmV0';
const payload = compiledFixture('reference.yaml');
const scenario = payload.scenario;
const module = { id: 'knowing-who', title: 'Knowing who can help', minutes: 45 };

/** A learner's browser with tracking on: one store and one queue over the same storage, a clock the test moves. */
function learner(endpoint: string, options: { page?: { path: string; title: string }; random?: () => number } = {}) {
  const storage = new FakeStorage();
  const store = createStore(storage);
  const queue = createQueue(storage, { random: options.random ?? (() => 0) });
  const clock = { now: T };
  const scheduled: (number | null)[] = [];
  const warnings: string[] = [];
  const base = activityBase('https://learning.example.org', '/');
  const tracker = startTracker({
    store,
    queue,
    target: { endpoint, auth: AUTH },
    statements: {
      activityBase: base,
      actor: { objectType: 'Agent', account: { homePage: base, name: randomUuid() } },
      courseTitle: 'Crossing Boundaries',
      passMark: 60,
      catalogue: pageCatalogue(options.page ?? { path: `scenarios/${scenario.id}/`, title: scenario.title }, () => payload),
      uuid: randomUuid,
    },
    fetch: (url, init) => fetch(url, init),
    now: () => clock.now,
    schedule: (at) => scheduled.push(at),
    warn: (message) => warnings.push(message),
  });
  return { storage, store, queue, clock, scheduled, warnings, tracker };
}

const verbOf = (s: Statement) => s.verb.display['en-GB'];

describe('sending to a loopback LRS', () => {
  it('a real play and a module completion arrive as valid statements, with the xAPI headers', async () => {
    const lrs = await startLrs();
    const { store, clock, tracker, queue } = learner(lrs.endpoint);
    const session = createPlaySession(compile(payload), store, () => (clock.now += 1000));
    session.start();
    for (const option of scenario.bestPath!) {
      expect(session.choose(option)).toBe(true);
      session.proceed();
    }
    store.update((r) => completeModule(r, module, (clock.now += 1000)));
    await tracker.flush();

    expect(lrs.received.length).toBeGreaterThan(0);
    for (const request of lrs.received) {
      expect(request.method).toBe('POST');
      expect(request.url).toBe('/xapi/statements');
      expect(request.headers['content-type']).toBe('application/json');
      expect(request.headers['x-experience-api-version']).toBe('1.0.3');
      expect(request.headers['authorization']).toBe(AUTH);
    }
    const sent = lrs.received.flatMap((r) => r.statements);
    expect(sent.map(verbOf)).toEqual(['launched', ...scenario.bestPath!.map(() => 'answered'), 'completed', 'completed']);
    for (const s of sent) expectValidStatement(s);
    expect(new Set(sent.map((s) => s.id)).size).toBe(sent.length);
    expect(new Set(sent.map((s) => s.context.registration)).size).toBe(2); // the run's, and none for the module

    // Each decision names its scene and options, and the kind of response chosen.
    const answered = sent.filter((s) => verbOf(s) === 'answered');
    answered.forEach((s, i) => {
      const option = Object.values(scenario.scenes)
        .flatMap((scene) => scene.decision.options)
        .find((o) => o.id === scenario.bestPath![i])!;
      expect(s.result?.response).toBe(option.id);
      expect(Object.values(s.result?.extensions ?? {})).toEqual([option.kind]);
      expect(s.object.definition.choices?.map((c) => c.id)).toContain(option.id);
    });
    const finished = sent.find((s) => verbOf(s) === 'completed' && s.object.id.includes('/scenarios/'))!;
    expect(finished.object.definition.name).toEqual({ 'en-GB': scenario.title });
    expect(finished.result).toMatchObject({ completion: true, score: { min: 0, max: 100 } });
    expect(queue.stats()).toEqual({ queued: 0, dropped: 0, rejected: 0 });
  });

  it('an LRS answering 503 is tried again after the back-off, and the statement is stored once', async () => {
    const lrs = await startLrs((_, n) => (n === 1 ? 503 : 200));
    const { store, clock, tracker, queue, scheduled } = learner(lrs.endpoint);
    store.update((r) => completeModule(r, module, (clock.now += 1000)));
    await tracker.flush();
    expect(lrs.received).toHaveLength(1);
    expect(lrs.stored.size).toBe(0);
    expect(scheduled.at(-1)).toBe(clock.now + 5000);

    await tracker.flush(); // not due yet: nothing is sent
    expect(lrs.received).toHaveLength(1);

    clock.now += 5000;
    await tracker.flush();
    expect(lrs.received).toHaveLength(2);
    expect(lrs.received[1]!.statements.map((s) => s.id)).toEqual(lrs.received[0]!.statements.map((s) => s.id));
    expect(lrs.stored.size).toBe(1);
    expect(queue.stats().queued).toBe(0);
    expect(scheduled.at(-1)).toBeNull();
  });

  it('no answer at all (the LRS is down) also waits and retries', async () => {
    const lrs = await startLrs();
    const endpoint = lrs.endpoint;
    await lrs.close();
    const { store, clock, tracker, queue } = learner(endpoint);
    store.update((r) => completeModule(r, module, (clock.now += 1000)));
    await tracker.flush();
    expect(queue.stats().queued).toBe(1);
    expect(queue.due(clock.now)).toEqual([]);
  });

  it('a 400 drops the statement with a warning; in a batch, only the statement refused on its own is dropped', async () => {
    const bad = 'modules/two/';
    const lrs = await startLrs((statements) => (statements.some((s) => s.object.id.endsWith(bad)) ? 400 : 200));
    const { store, clock, tracker, queue, warnings } = learner(lrs.endpoint);
    store.update((r) => {
      let next = completeModule(r, { ...module, id: 'one' }, (clock.now += 1000));
      next = completeModule(next, { ...module, id: 'two' }, clock.now);
      return completeModule(next, { ...module, id: 'three' }, clock.now);
    });
    await tracker.flush();
    // The batch of three, then each on its own.
    expect(lrs.received.map((r) => r.statements.length)).toEqual([3, 1, 1, 1]);
    expect([...lrs.stored.values()].map((s) => s.object.id.split('/').at(-2))).toEqual(['one', 'three']);
    expect(queue.stats()).toEqual({ queued: 0, dropped: 0, rejected: 1 });
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/HTTP 400/);

    await tracker.flush();
    expect(lrs.received).toHaveLength(4);
  });

  it('classifies answers: 2xx sent; 408, 429, 401, 403 and 5xx retried; other 4xx refused', () => {
    expect([200, 204].map(outcomeOf)).toEqual(['sent', 'sent']);
    expect([408, 429, 401, 403, 500, 503, 302].map(outcomeOf)).toEqual(Array(7).fill('retry'));
    expect([400, 404, 409, 413].map(outcomeOf)).toEqual(Array(4).fill('rejected'));
  });

  it('accepts an endpoint with or without its trailing slash', async () => {
    expect(statementsUrl('https://lrs.example.org/xapi')).toBe('https://lrs.example.org/xapi/statements');
    expect(statementsUrl('https://lrs.example.org/xapi/')).toBe('https://lrs.example.org/xapi/statements');
    const lrs = await startLrs();
    const { store, clock, tracker } = learner(lrs.endpoint.replace(/\/$/, ''));
    store.update((r) => completeModule(r, module, (clock.now += 1000)));
    await tracker.flush();
    expect(lrs.received.map((r) => r.url)).toEqual(['/xapi/statements']);
  });
});

/** A page's globals, enough for src/xapi/browser.ts and the shared store it watches. */
function fakePage(configText: string | null, storage = new FakeStorage()) {
  const listeners: string[] = [];
  const element = configText === null ? null : { textContent: configText };
  const getElementById = vi.fn((id: string) => (id === 'xapi-config' ? element : null));
  vi.stubGlobal('window', { localStorage: storage });
  vi.stubGlobal('document', {
    getElementById,
    addEventListener: (type: string) => listeners.push(type),
    visibilityState: 'visible',
  });
  vi.stubGlobal('location', { origin: 'http://127.0.0.1:4321' });
  vi.stubGlobal('navigator', { onLine: true });
  vi.stubGlobal('addEventListener', (type: string) => listeners.push(type));
  return { storage, listeners, getElementById };
}

/** Loads the browser entry afresh, as a new page would, and the store it shares with the page. */
async function loadPage() {
  vi.resetModules();
  await import('../../../src/xapi/browser');
  return (await import('../../../src/record/browser')).browserStore();
}

async function until(condition: () => boolean, ms = 5000) {
  const end = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('in the page', () => {
  it('with no configuration nothing is sent, stored or listened to', async () => {
    const lrs = await startLrs();
    const spy = vi.spyOn(globalThis, 'fetch');
    // The default site has no LRS (unless this run was given CB_XAPI_ENDPOINT), so pages get no config and no script.
    const page = { path: 'modules/knowing-who/', title: module.title };
    expect(xapiPageConfig({ ...siteConfig, integrations: { scormPassMark: 60 } }, '/', page)).toBeUndefined();
    if (!process.env['CB_XAPI_ENDPOINT']) expect(xapiPageConfig(siteConfig, '/', page)).toBeUndefined();

    // Even if the script were on the page, it does nothing without the page's configuration.
    const { storage, listeners, getElementById } = fakePage(null);
    const store = await loadPage();
    store.update((r) => completeModule(r, module, Date.now()));
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(getElementById).toHaveBeenCalledWith('xapi-config');
    expect(spy).not.toHaveBeenCalled();
    expect(lrs.received).toHaveLength(0);
    expect(listeners.filter((l) => l !== 'storage')).toEqual([]);
    expect([...storage.items.keys()].filter((k) => k.startsWith('cb:xapi'))).toEqual([]);
  });

  it('with a configuration, a change to the shared record reaches the LRS from a random, lasting learner id', async () => {
    const lrs = await startLrs();
    const config = xapiPageConfig(
      { courseTitle: 'Crossing Boundaries', integrations: { scormPassMark: 60, xapi: { endpoint: lrs.endpoint, auth: AUTH } } },
      '/',
      { path: 'modules/knowing-who/', title: module.title },
    )!;
    expect(readPageConfig(configJson(config))).toEqual(config);
    const { storage, listeners } = fakePage(configJson(config));
    const store = await loadPage();
    store.update((r) => completeModule(r, module, Date.now()));
    await until(() => lrs.stored.size === 1);

    const [statement] = [...lrs.stored.values()];
    expectValidStatement(statement!);
    const learnerId = storage.getItem('cb:xapi-actor');
    expect(statement!.actor).toEqual({ objectType: 'Agent', account: { homePage: 'http://127.0.0.1:4321/', name: learnerId } });
    expect(statement!.object).toMatchObject({
      id: 'urn:crossing-boundaries:modules:knowing-who',
      definition: { name: { 'en-GB': module.title } },
    });
    expect(listeners).toEqual(expect.arrayContaining(['online', 'pagehide', 'visibilitychange']));

    // A reload keeps the learner id.
    fakePage(configJson(config), storage);
    const again = await loadPage();
    again.update((r) => completeModule(r, { ...module, id: 'trajectories' }, Date.now()));
    await until(() => lrs.stored.size === 2);
    expect([...lrs.stored.values()][1]!.actor.account.name).toBe(learnerId);
  });
});
