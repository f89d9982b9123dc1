import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The CSS a built page makes the browser load, inline and linked, gzipped together as one would be sent. */
export function pageCssGzip(dist: string, page: string, base = '/'): number {
  const html = readFileSync(join(dist, page), 'utf8');
  const inline = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]!);
  const linked = [...html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) =>
    readFileSync(join(dist, m[1]!.replace(base, '/')), 'utf8'),
  );
  return gzipSync([...inline, ...linked].join('\n')).length;
}
