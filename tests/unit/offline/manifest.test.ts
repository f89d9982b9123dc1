import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cacheName, precacheManifest } from '../../../src/offline/manifest';

const dist = mkdtempSync(join(tmpdir(), 'cb-sw-'));
const put = (path: string, text: string) => {
  mkdirSync(join(dist, path, '..'), { recursive: true });
  writeFileSync(join(dist, path), text);
};
put('index.html', '<h1>home</h1>');
put('modules/index.html', '<h1>modules</h1>');
put('_astro/app.js', 'export {}');
put('pagefind/pagefind.js', 'export {}');
put('pagefind/pagefind-ui.js', 'an interface the course does not use');
put('pagefind/pagefind-modular-ui.css', 'nor this');
put('_headers', '/*\n  X: y\n');
put('sw.js', 'old worker');
put('_astro/app.js.map', '{}');
afterAll(() => rmSync(dist, { recursive: true, force: true }));

describe('the offline copy’s file list', () => {
  it('lists every file the browser asks for (not Pagefind’s unused interfaces), pages by their address, each with a content hash', () => {
    const manifest = precacheManifest(dist);
    expect(manifest.map((e) => e.url).sort()).toEqual(['', '_astro/app.js', 'modules/', 'pagefind/pagefind.js']);
    for (const e of manifest) expect(e.revision).toMatch(/^[0-9a-f]{12}$/);
  });

  it('gives a file a new revision, and the course a new cache, when its content changes', () => {
    const before = precacheManifest(dist);
    put('modules/index.html', '<h1>modules, revised</h1>');
    const after = precacheManifest(dist);
    expect(after.find((e) => e.url === 'modules/')!.revision).not.toBe(before.find((e) => e.url === 'modules/')!.revision);
    expect(after.find((e) => e.url === '')!.revision).toBe(before.find((e) => e.url === '')!.revision);
    expect(cacheName(after)).toMatch(/^crossing-boundaries-[0-9a-f]{12}$/);
    expect(cacheName(after)).not.toBe(cacheName(before));
    expect(cacheName(precacheManifest(dist))).toBe(cacheName(after));
  });
});
