import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { PAGEFIND_UNUSED } from '../search/pagefind-unused';
import { CACHE_PREFIX } from './requests';

/*
 * The offline copy of the course. A training venue that opened the site once, on working wifi,
 * keeps every page, script, scenario and search file in the browser's cache and runs the modules,
 * the scenarios and the facilitation views with no network at all. The build lists every built
 * file with a hash of each and writes the list into the service worker (build.ts), so a new
 * deployment is a new worker that fetches only what changed and the old cache is dropped once it
 * takes over.
 */

export interface PrecacheEntry {
  /** Path below the site's base, as the browser asks for it ('', 'modules/', '_astro/x.js'). */
  url: string;
  revision: string;
}

/** Files the browser never asks for, or must not be served from a cache. */
export const skipped = (path: string) =>
  path === 'sw.js' || path === '_headers' || path.endsWith('.map') || PAGEFIND_UNUSED.test(path);

/** The address the browser asks for a built file by: a page by its directory. */
export const addressOf = (path: string) =>
  path === 'index.html' ? '' : path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;

/** Every built file, pages by their directory URL, each with a short hash of its content. */
export function precacheManifest(dist: string): PrecacheEntry[] {
  return readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dist, join(e.parentPath, e.name)).split(sep).join('/'))
    .filter((path) => !skipped(path))
    .sort()
    .map((path) => ({
      url: addressOf(path),
      revision: createHash('sha256')
        .update(readFileSync(join(dist, path)))
        .digest('hex')
        .slice(0, 12),
    }));
}

/** The cache this version of the course is kept in: a new name whenever any file changes. */
export function cacheName(manifest: PrecacheEntry[]): string {
  return CACHE_PREFIX + createHash('sha256').update(JSON.stringify(manifest)).digest('hex').slice(0, 12);
}
