import { expect, test, type APIRequestContext } from '@playwright/test';
import { ROOT_PORT, SUBPATH_BASE, SUBPATH_PORT } from './support/ports';

/**
 * Crawls a served build from its home page and requests every internal link and asset.
 * Returns the broken ones; a link that escapes the base counts as broken.
 */
async function brokenLinks(request: APIRequestContext, origin: string, base: string): Promise<string[]> {
  const queue = [new URL(base, origin).href];
  const seen = new Set(queue);
  const broken: string[] = [];
  while (queue.length) {
    const url = queue.shift()!;
    const response = await request.get(url, { maxRedirects: 0 });
    if (response.status() !== 200) {
      broken.push(`${url} → ${response.status()}`);
      continue;
    }
    if (!(response.headers()['content-type'] ?? '').startsWith('text/html')) continue;
    const html = await response.text();
    for (const match of html.matchAll(/\s(?:href|src)="([^"#]+)/g)) {
      const target = new URL(match[1]!.replace(/&amp;/g, '&'), url);
      if (target.origin !== origin || seen.has(target.href)) continue;
      seen.add(target.href);
      if (!target.pathname.startsWith(base)) broken.push(`${target.href} (linked from ${url}) is outside the base ${base}`);
      else queue.push(target.href);
    }
  }
  expect(seen.size, 'the crawl found the site').toBeGreaterThan(10);
  return broken;
}

test('every internal link resolves under the root base', async ({ request }) => {
  expect(await brokenLinks(request, `http://localhost:${ROOT_PORT}`, '/')).toEqual([]);
});

test(`every internal link resolves under the sub-path ${SUBPATH_BASE}`, async ({ request }) => {
  expect(await brokenLinks(request, `http://localhost:${SUBPATH_PORT}`, SUBPATH_BASE)).toEqual([]);
});
