import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { gzipWith, pageJs } from '../../../scripts/lib/page-js';

/*
 * A built page in miniature: an island that imports the runtime statically and the play screens
 * lazily; the play screens import the engine statically and the debrief lazily; the debrief
 * imports the engine too (already loaded by then) and a QR code of its own.
 */
const chunks: Record<string, string> = {
  'island.js': 'import{r}from"./runtime.js";const p=()=>import("./play.js");',
  'runtime.js': 'export const r=1;'.repeat(20),
  'play.js': 'import{e}from"./engine.js";import"./runtime.js";const d=()=>import("./debrief.js");',
  'engine.js': 'export const e=2;'.repeat(40),
  'debrief.js': 'import{e}from"./engine.js";import{q}from"./qr.js";',
  'qr.js': 'export const q=3;'.repeat(60),
};
const dist = mkdtempSync(join(tmpdir(), 'page-js-'));
mkdirSync(join(dist, '_astro'));
for (const [name, code] of Object.entries(chunks)) writeFileSync(join(dist, '_astro', name), code);
writeFileSync(
  join(dist, 'index.html'),
  '<script>document.documentElement.classList.add("js")</script><astro-island component-url="/_astro/island.js"></astro-island>',
);
afterAll(() => rmSync(dist, { recursive: true }));

const gz = (...names: string[]) => names.reduce((a, n) => a + gzipSync(chunks[n]!).length, 0);
const inline = gzipSync('document.documentElement.classList.add("js")').length;

describe('the JavaScript a page loads', () => {
  const js = pageJs(dist, 'index.html');

  it('counts the island and its static imports as the initial load', () => {
    expect(js.initialGzip).toBe(inline + gz('island.js', 'runtime.js'));
  });

  it('counts every chunk the page can reach, once each, in all', () => {
    expect(js.files).toHaveLength(6);
    expect(js.totalGzip).toBe(inline + gz(...Object.keys(chunks)));
  });

  it('adds a lazy chunk and its static imports, but not what it loads lazily, for the feature behind it', () => {
    expect(gzipWith(js, /\/play\.js$/)).toBe(inline + gz('island.js', 'runtime.js', 'play.js', 'engine.js'));
    expect(gzipWith(js, /\/debrief\.js$/)).toBe(inline + gz('island.js', 'runtime.js', 'debrief.js', 'engine.js', 'qr.js'));
  });

  it('refuses an entry that matches no chunk, so a renamed chunk cannot pass unmeasured', () => {
    expect(() => gzipWith(js, /\/PlayArea\./)).toThrow(/no JavaScript file/);
  });
});
