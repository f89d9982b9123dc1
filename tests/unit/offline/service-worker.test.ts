import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Script } from 'node:vm';
import { afterAll, describe, expect, it } from 'vitest';
import { precacheManifest, serviceWorkerSource } from '../../../src/offline/service-worker';

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

describe('the offline copy', () => {
  it('lists every file the browser asks for (not Pagefind’s unused interfaces), pages by their address, each with a content hash', () => {
    const manifest = precacheManifest(dist);
    expect(manifest.map((e) => e.url).sort()).toEqual(['', '_astro/app.js', 'modules/', 'pagefind/pagefind.js']);
    for (const e of manifest) expect(e.revision).toMatch(/^[0-9a-f]{12}$/);
  });

  it('gives a file a new revision, and the worker a new version, when its content changes', () => {
    const before = precacheManifest(dist);
    const workerBefore = serviceWorkerSource(before, '/');
    put('modules/index.html', '<h1>modules, revised</h1>');
    const after = precacheManifest(dist);
    expect(after.find((e) => e.url === 'modules/')!.revision).not.toBe(before.find((e) => e.url === 'modules/')!.revision);
    expect(after.find((e) => e.url === '')!.revision).toBe(before.find((e) => e.url === '')!.revision);
    const version = (source: string) => /const CACHE = 'crossing-boundaries-' \+ "([0-9a-f]+)"/.exec(source)?.[1];
    expect(version(serviceWorkerSource(after, '/'))).not.toBe(version(workerBefore));
  });

  it('writes a worker that parses as JavaScript and serves under the site’s base', () => {
    const source = serviceWorkerSource(precacheManifest(dist), '/cpd/');
    expect(() => new Script(source)).not.toThrow();
    expect(source).toContain('const BASE = "/cpd/"');
    expect(source).toContain('["modules/",');
  });
});
