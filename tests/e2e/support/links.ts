import { expect, type APIRequestContext } from '@playwright/test';

/**
 * Crawls a served build from its home page and requests every internal link and asset.
 * Returns the broken ones; a link that escapes the base counts as broken.
 */
export async function brokenLinks(request: APIRequestContext, origin: string, base: string): Promise<string[]> {
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
