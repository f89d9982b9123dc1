import { createContext, Script } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { serviceWorkerSource } from '../../../src/offline/build';
import { cacheName, type PrecacheEntry } from '../../../src/offline/manifest';

/*
 * The worker exactly as the build writes it, run as a classic script against an in-memory cache
 * storage and network, the way a browser runs sw.js.
 */

const origin = 'https://course.example';
const base = '/cpd/';

interface Browser {
  caches: Map<string, Map<string, Response>>;
  fetched: string[];
  online: boolean;
  skipWaiting: number;
  dispatch(type: string, event: object): Promise<unknown>[];
}

async function installWorker(manifest: PrecacheEntry[], browser?: Browser): Promise<Browser> {
  const source = await serviceWorkerSource(manifest, base);
  const listeners = new Map<string, (event: object) => void>();
  const state: Browser = browser ?? {
    caches: new Map(),
    fetched: [],
    online: true,
    skipWaiting: 0,
    dispatch: () => [],
  };
  const at = (key: string) => new URL(key, origin).href;
  const open = async (name: string) => {
    if (!state.caches.has(name)) state.caches.set(name, new Map());
    const entries = state.caches.get(name)!;
    return {
      match: async (key: string) => entries.get(at(key))?.clone(),
      put: async (key: string, response: Response) => void entries.set(at(key), response),
    };
  };
  const self = {
    location: { origin },
    addEventListener: (type: string, listener: (event: object) => void) => listeners.set(type, listener),
    clients: { claim: async () => {} },
    skipWaiting: async () => void state.skipWaiting++,
  };
  const context = createContext({
    self,
    caches: { open, keys: async () => [...state.caches.keys()], delete: async (name: string) => state.caches.delete(name) },
    fetch: async (input: string | { url: string }) => {
      const url = at(typeof input === 'string' ? input : input.url);
      if (!state.online) throw new TypeError('Failed to fetch');
      state.fetched.push(url);
      return new Response(`content of ${url}`, { status: 200, headers: { 'content-type': 'text/html' } });
    },
    Headers,
    Response,
    URL,
  });
  new Script(source).runInContext(context);
  state.dispatch = (type, event) => {
    const waited: Promise<unknown>[] = [];
    listeners.get(type)?.({
      ...event,
      waitUntil: (p: Promise<unknown>) => waited.push(p),
      respondWith: (p: Promise<unknown>) => waited.push(p),
    });
    return waited;
  };
  await Promise.all(state.dispatch('install', {}));
  await Promise.all(state.dispatch('activate', {}));
  return state;
}

const version1: PrecacheEntry[] = [
  { url: '', revision: 'aaaaaaaaaaaa' },
  { url: 'offline/', revision: 'bbbbbbbbbbbb' },
  { url: 'modules/relational-agency/', revision: 'cccccccccccc' },
  { url: '_astro/app.js', revision: 'dddddddddddd' },
];

const answer = async (browser: Browser, path: string, mode = 'no-cors') => {
  const responses = browser.dispatch('fetch', { request: { method: 'GET', url: origin + path, mode } });
  return responses.length ? ((await responses[0]) as Response) : undefined;
};

describe('the service worker the build writes', () => {
  it('keeps every file of the course, under the base, in the cache named for this version', async () => {
    const browser = await installWorker(version1);
    expect([...browser.caches.keys()]).toEqual([cacheName(version1)]);
    expect([...browser.caches.get(cacheName(version1))!.keys()].sort()).toEqual(
      ['', 'offline/', 'modules/relational-agency/', '_astro/app.js'].map((u) => `${origin}${base}${u}`).sort(),
    );
    expect(browser.fetched).toHaveLength(4);
  });

  it('answers from the cache with no network, and shows the offline page for a page it does not hold', async () => {
    const browser = await installWorker(version1);
    browser.online = false;
    expect(await (await answer(browser, '/cpd/modules/relational-agency'))!.text()).toBe(
      `content of ${origin}/cpd/modules/relational-agency/`,
    );
    expect(await (await answer(browser, '/cpd/modules/no-such-module/', 'navigate'))!.text()).toBe(
      `content of ${origin}/cpd/offline/`,
    );
    await expect(answer(browser, '/cpd/_astro/missing.js')).rejects.toThrow('Failed to fetch');
    expect(await answer(browser, '/elsewhere/')).toBeUndefined();
  });

  it('fetches only what changed for a new version, then drops the old cache but not another app’s', async () => {
    const browser = await installWorker(version1);
    browser.caches.set('another-app-v3', new Map());
    browser.fetched = [];
    const version2 = version1.map((e) => (e.url === '_astro/app.js' ? { ...e, revision: 'eeeeeeeeeeee' } : e));
    await installWorker(version2, browser);
    expect(browser.fetched).toEqual([`${origin}/cpd/_astro/app.js`]);
    expect([...browser.caches.keys()].sort()).toEqual(['another-app-v3', cacheName(version2)].sort());
    expect(browser.caches.get(cacheName(version2))!.size).toBe(4);
  });

  it('takes over only when the page asks, once the learner has chosen to reload', async () => {
    const browser = await installWorker(version1);
    browser.dispatch('message', { data: 'something else' });
    expect(browser.skipWaiting).toBe(0);
    browser.dispatch('message', { data: 'skip-waiting' });
    expect(browser.skipWaiting).toBe(1);
  });
});
