import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Every page of a built site, as URL paths below its base ('', 'modules/', 'modules/trajectories/'…). */
export function builtPages(dir = 'dist'): string[] {
  const pages: string[] = [];
  const walk = (folder: string) => {
    for (const name of readdirSync(folder)) {
      const full = join(folder, name);
      if (statSync(full).isDirectory()) {
        if (name !== 'pagefind' && name !== '_astro') walk(full);
      } else if (name === 'index.html') {
        const rel = relative(dir, folder).split(sep).join('/');
        pages.push(rel ? `${rel}/` : '');
      } else if (name.endsWith('.html')) {
        pages.push(relative(dir, full).split(sep).join('/'));
      }
    }
  };
  walk(dir);
  return pages.sort();
}

/** A page's kind: pages whose paths differ only in their second part ('glossary/<term>/', 'scenarios/<id>/map/') are one kind. */
export function kindOf(path: string): string {
  return path
    .split('/')
    .filter(Boolean)
    .map((part, i) => (i === 1 ? '*' : part))
    .join('/');
}

/** The first page of each kind, in page order. */
export function onePageOfEachKind(pages: readonly string[]): string[] {
  return [...new Map(pages.map((p) => [kindOf(p), p] as const).reverse()).values()].reverse();
}
