import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { PAGEFIND_UNUSED } from '../search/pagefind-unused';

/*
 * The offline copy of the course. A training venue that opened the site once, on working wifi,
 * keeps every page, script, scenario and search file in the browser's cache and runs the modules,
 * the scenarios and the facilitation views with no network at all. The service worker is written
 * at build time with the list of every built file and a hash of each, so a new deployment is a
 * new worker that fetches only what changed and the old cache is dropped once it takes over.
 */

export interface PrecacheEntry {
  /** Path below the site's base, as the browser asks for it ('', 'modules/', '_astro/x.js'). */
  url: string;
  revision: string;
}

/** Files the browser never asks for, or must not be served from a cache. */
const skip = (path: string) => path === 'sw.js' || path === '_headers' || path.endsWith('.map') || PAGEFIND_UNUSED.test(path);

/** Every built file, pages by their directory URL, each with a short hash of its content. */
export function precacheManifest(dist: string): PrecacheEntry[] {
  return readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dist, join(e.parentPath, e.name)).split(sep).join('/'))
    .filter((path) => !skip(path))
    .sort()
    .map((path) => ({
      url: path === 'index.html' ? '' : path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path,
      revision: createHash('sha256')
        .update(readFileSync(join(dist, path)))
        .digest('hex')
        .slice(0, 12),
    }));
}

/** The worker's source: plain JavaScript with the manifest built in. */
export function serviceWorkerSource(manifest: PrecacheEntry[], base: string): string {
  const version = createHash('sha256').update(JSON.stringify(manifest)).digest('hex').slice(0, 12);
  return `// Written by the build (src/offline/service-worker.ts); do not edit.
const BASE = ${JSON.stringify(base)};
const CACHE = 'crossing-boundaries-' + ${JSON.stringify(version)};
const FILES = ${JSON.stringify(manifest.map((e) => [e.url, e.revision]))};
const OFFLINE = BASE + 'offline/';

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    // Files unchanged since the last version are copied from the old caches instead of fetched again.
    const old = await caches.keys();
    await Promise.all(FILES.map(async ([url, revision]) => {
      const key = BASE + url;
      for (const name of old) {
        const previous = await (await caches.open(name)).match(key);
        if (previous && previous.headers.get('x-revision') === revision) return cache.put(key, previous);
      }
      const response = await fetch(key, { cache: 'no-cache' });
      if (!response.ok) throw new Error('could not fetch ' + key + ' for offline use: ' + response.status);
      const headers = new Headers(response.headers);
      headers.set('x-revision', revision);
      return cache.put(key, new Response(await response.blob(), { status: response.status, headers }));
    }));
  })());
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) if (name.startsWith('crossing-boundaries-') && name !== CACHE) await caches.delete(name);
    await self.clients.claim();
  })());
});

// The page asks for the new version once the learner agrees to reload.
self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== 'GET' || url.origin !== self.location.origin || !url.pathname.startsWith(BASE)) return;
  event.respondWith((async () => {
    const cache = await caches.open(CACHE);
    const path = url.pathname.endsWith('/') || url.pathname.includes('.') ? url.pathname : url.pathname + '/';
    const cached = await cache.match(path);
    if (cached) return cached;
    try {
      return await fetch(event.request);
    } catch (error) {
      if (event.request.mode === 'navigate') return (await cache.match(OFFLINE)) || Response.error();
      throw error;
    }
  })());
});
`;
}
