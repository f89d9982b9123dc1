import { readFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

/*
 * The JavaScript a built page makes the browser load: inline scripts, module scripts, island
 * components and renderers, and every module they import statically or dynamically, each counted once.
 */

export interface PageJs {
  files: { path: string; bytes: number; gzip: number; lazy: boolean }[];
  inline: { bytes: number; gzip: number };
  /** Everything the page can load, lazily or not. */
  totalGzip: number;
  /** What loads before the learner can do anything: inline scripts and static imports only. */
  initialGzip: number;
  /** Code that loads only when someone opens a separate feature (the search dialog, the QR scanner); not in the totals. */
  onDemand: string[];
}

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
  const seen = new Map<string, PageJs['files'][number]>();
  const onDemand = new Set<string>();
  while (pending.length) {
    const { file, lazy } = pending.pop()!;
    if (onDemandChunk.test(file)) {
      onDemand.add(file.slice(dist.length));
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
    seen.set(file, { path: file.slice(dist.length), bytes: code.length, gzip: gzipSync(code).length, lazy });
    pending.push(...imports(file, lazy));
  }
  const files = [...seen.values()];
  const inlineCode = [...html.matchAll(/<script(?![^>]*type="application\/json")(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)]
    .map((m) => m[1]!)
    .join('\n');
  const inline = { bytes: Buffer.byteLength(inlineCode), gzip: gzipSync(inlineCode).length };
  const sum = (list: PageJs['files']) => list.reduce((a, f) => a + f.gzip, 0) + inline.gzip;
  return { files, inline, totalGzip: sum(files), initialGzip: sum(files.filter((f) => !f.lazy)), onDemand: [...onDemand] };
}

/** Relative imports of a built chunk: `import(...)` is lazy, `from "…"` and `import "…"` are not. */
function imports(file: string, lazy: boolean): { file: string; lazy: boolean }[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(import\s*\(|from|import)\s*["'](\.{1,2}\/[^"']+\.js)["']/g)].map((m) => ({
    file: join(dirname(file), posix.normalize(m[2]!)),
    lazy: lazy || m[1]!.includes('('),
  }));
}
