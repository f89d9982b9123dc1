import { cacheKey, staleCaches } from '../requests';
import type { WorkerSettings } from './settings';

/*
 * The offline copy's service worker, served as /sw.js. It runs in the browser's service worker
 * scope, so it is type-checked on its own with the WebWorker library (tsconfig.json beside it)
 * and compiled at the end of the build (../build.ts), which writes this deployment's settings in.
 */
declare const self: ServiceWorkerGlobalScope;
/** Replaced by the build with the settings as a literal; there is no such variable at run time. */
declare const __OFFLINE__: WorkerSettings;

const { base, cache: CACHE, files } = __OFFLINE__;
const OFFLINE = base + 'offline/';

/** Stores one file, copied from an earlier version's cache when unchanged there, else fetched. */
async function keep(cache: Cache, older: string[], url: string, revision: string) {
  const key = base + url;
  for (const name of older) {
    const previous = await (await caches.open(name)).match(key);
    if (previous && previous.headers.get('x-revision') === revision) return cache.put(key, previous);
  }
  const response = await fetch(key, { cache: 'no-cache' });
  if (!response.ok) throw new Error(`could not fetch ${key} for offline use: ${response.status}`);
  const headers = new Headers(response.headers);
  headers.set('x-revision', revision);
  return cache.put(key, new Response(await response.blob(), { status: response.status, headers }));
}

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      const older = await caches.keys();
      await Promise.all(files.map(([url, revision]) => keep(cache, older, url, revision)));
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of staleCaches(await caches.keys(), CACHE)) await caches.delete(name);
      await self.clients.claim();
    })(),
  );
});

// The page asks for the new version once the learner agrees to reload.
self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') void self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const key = cacheKey(event.request, self.location.origin, base);
  if (key === null) return;
  event.respondWith(
    (async () => {
      const cache = await caches.open(CACHE);
      const cached = await cache.match(key);
      if (cached) return cached;
      try {
        return await fetch(event.request);
      } catch (error) {
        if (event.request.mode === 'navigate') return (await cache.match(OFFLINE)) ?? Response.error();
        throw error;
      }
    })(),
  );
});
