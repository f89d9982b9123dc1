import { readFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

/*
 * The JavaScript a built page makes the browser load: inline scripts, module scripts, island
 * components and renderers, and every module they import statically or dynamically, each counted once.
 */

export interface PageJsFile {
  /** The file's address below the build folder, such as `/_astro/PlayArea.x1y2.js`. */
  path: string;
  bytes: number;
  gzip: number;
  lazy: boolean;
  /** The files it imports statically (`from "…"`, `import "…"`), as paths like `path`. */
  imports: string[];
}

export interface PageJs {
  files: PageJsFile[];
  inline: { bytes: number; gzip: number };
  /** Everything the page can load, lazily or not. */
  totalGzip: number;
  /** What loads before the learner can do anything: inline scripts and static imports only. */
  initialGzip: number;
  /** Code that loads only when someone opens a separate feature (the search dialog, the QR scanner); not in the totals. */
  onDemand: string[];
}

/** On a scenario page, the chunk Start and Resume import: the play screens, with the engine and XState among its imports. */
export const scenarioPlayScreens = /\/PlayArea\.[^/]+\.js$/;

/** Chunks behind features opened on purpose (search from any page, the mirror page's scanner), counted apart. */
const onDemandChunk = /\/(mount-search|jsQR)\.[^/]+\.js$/;

const attr = (html: string, name: string) => [...html.matchAll(new RegExp(`${name}="([^"]+)"`, 'g'))].map((m) => m[1]!);

/** `dist` is the build folder, `page` the HTML file inside it, `base` the site's base path ("/" or "/cpd/"). */
export function pageJs(dist: string, page: string, base = '/'): PageJs {
  const html = readFileSync(join(dist, page), 'utf8');
  const toFile = (url: string) => join(dist, url.replace(/&amp;/g, '&').replace(base, '/').split('?')[0]!);
  const pending = [
    ...attr(html, 'component-url'),
    ...attr(html, 'renderer-url'),
    ...[...html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g)].map((m) => m[1]!),
  ].map((url) => ({ file: toFile(url), lazy: false }));
  const seen = new Map<string, PageJsFile>();
  const onDemand = new Set<string>();
  const path = (file: string) => file.slice(dist.length);
  while (pending.length) {
    const { file, lazy } = pending.pop()!;
    if (onDemandChunk.test(file)) {
      onDemand.add(path(file));
      continue;
    }
    const known = seen.get(file);
    if (known) {
      // Reached statically after being reached lazily: it is part of the initial load after all.
      if (!lazy && known.lazy) {
        known.lazy = false;
        pending.push(...imports(file, false));
      }
      continue;
    }
    const code = readFileSync(file);
    const found = imports(file, lazy);
    const statics = found.filter((i) => !i.dynamic).map((i) => path(i.file));
    seen.set(file, { path: path(file), bytes: code.length, gzip: gzipSync(code).length, lazy, imports: statics });
    pending.push(...found);
  }
  const files = [...seen.values()];
  const inlineCode = [...html.matchAll(/<script(?![^>]*type="application\/json")(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)]
    .map((m) => m[1]!)
    .join('\n');
  const inline = { bytes: Buffer.byteLength(inlineCode), gzip: gzipSync(inlineCode).length };
  const sum = (list: PageJs['files']) => list.reduce((a, f) => a + f.gzip, 0) + inline.gzip;
  return { files, inline, totalGzip: sum(files), initialGzip: sum(files.filter((f) => !f.lazy)), onDemand: [...onDemand] };
}

/**
 * What the page has loaded once the learner reaches a feature that loads lazily: the initial load,
 * the chunk matching `entry` (the one a button imports, such as the scenario player's play screens)
 * and everything that chunk imports statically, but not what it imports lazily in turn.
 */
export function gzipWith(js: PageJs, entry: RegExp): number {
  const byPath = new Map(js.files.map((f) => [f.path, f]));
  const loaded = new Set(js.files.filter((f) => !f.lazy).map((f) => f.path));
  const pending = js.files.filter((f) => entry.test(f.path)).map((f) => f.path);
  // A renamed or merged chunk must fail loudly, not measure the initial load alone.
  if (pending.length === 0) throw new Error(`no JavaScript file of the page matches ${entry}`);
  while (pending.length) {
    const path = pending.pop()!;
    if (loaded.has(path)) continue;
    loaded.add(path);
    pending.push(...(byPath.get(path)?.imports ?? []));
  }
  return [...loaded].reduce((a, p) => a + (byPath.get(p)?.gzip ?? 0), 0) + js.inline.gzip;
}

/** Relative imports of a built chunk: `import(...)` is lazy, `from "…"` and `import "…"` are not. */
function imports(file: string, lazy: boolean): { file: string; lazy: boolean; dynamic: boolean }[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(import\s*\(|from|import)\s*["'](\.{1,2}\/[^"']+\.js)["']/g)].map((m) => {
    const dynamic = m[1]!.includes('(');
    return { file: join(dirname(file), posix.normalize(m[2]!)), lazy: lazy || dynamic, dynamic };
  });
}
