/*
 * The service worker's decisions, as plain functions (worker/sw.ts does the caching around them).
 */

/** Every cache the offline copy makes starts so; the rest is the version. */
export const CACHE_PREFIX = 'crossing-boundaries-';

/**
 * The cached file that answers a request, as a path, or null when the worker leaves the request
 * to the network: anything but GET, another site, or this origin outside the course's base. A
 * page asked for without its final slash is found under its directory address; the query string
 * plays no part.
 */
export function cacheKey(request: { method: string; url: string }, origin: string, base: string): string | null {
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== origin || !url.pathname.startsWith(base)) return null;
  return url.pathname.endsWith('/') || url.pathname.includes('.') ? url.pathname : url.pathname + '/';
}

/** The caches an earlier version left: the offline copy's own, not the one in use, nor another app's. */
export function staleCaches(names: readonly string[], current: string): string[] {
  return names.filter((name) => name.startsWith(CACHE_PREFIX) && name !== current);
}
