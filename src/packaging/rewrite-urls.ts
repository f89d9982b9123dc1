import { posix } from 'node:path';

/*
 * Turns a build made under PACKAGE_BASE into one that works from any folder: an LMS serves a
 * package from a path such as /pluginfile.php/42/mod_scorm/content/3/, unknown at build time.
 *
 * - Pages and stylesheets: each occurrence of the marker becomes the steps from that file's
 *   folder back to the package root (`../../` from modules/x/index.html). Pages pass the base to
 *   their scripts in attributes and island props, so those get a relative base too, which fetch
 *   and links resolve against the page (import() does not: loaders use document.baseURI).
 * - Scripts: a module cannot know which page loaded it, but it knows its own address, so a
 *   quoted address under the marker becomes one worked out from `import.meta.url` (Vite's preload
 *   helper and the base compiled into shared code hold such strings).
 * - Anything else holding the marker would be an address the rewrite cannot fix: refused.
 */

/** The steps from the folder of `file` (a path inside the package) back to the package root. */
export function stepsToRoot(file: string): string {
  const depth = posix
    .dirname(file.split('\\').join('/'))
    .split('/')
    .filter((part) => part && part !== '.').length;
  return depth ? '../'.repeat(depth) : './';
}

export type Rewrite =
  { kind: 'rewritten'; text: string; count: number } | { kind: 'unchanged' } | { kind: 'refused'; count: number };

/** A quoted "<marker>rest" in a module at `file` → the same address worked out from the module's own. */
function rewriteScript(file: string, text: string, marker: string): string {
  const escaped = marker.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  return text.replace(
    new RegExp(`(["'])${escaped}([^"'\\\\\\n]*)\\1`, 'g'),
    (_, _quote: string, rest: string) =>
      // In brackets: minified code has `return"…"`, and `returnnew` would not parse.
      `(new URL(${JSON.stringify(stepsToRoot(file) + rest)},import.meta.url).href)`,
  );
}

/** What the rewrite does to one file of the build, by its type. */
export function rewriteFile(file: string, text: string, marker: string): Rewrite {
  const count = text.split(marker).length - 1;
  if (!count) return { kind: 'unchanged' };
  if (/\.(html|css)$/.test(file)) return { kind: 'rewritten', text: text.split(marker).join(stepsToRoot(file)), count };
  // A marker in a template literal or a comment is left, and refused: better a failed build than a broken package.
  const rewritten = /\.m?js$/.test(file) ? rewriteScript(file, text, marker) : text;
  return rewritten.includes(marker) ? { kind: 'refused', count } : { kind: 'rewritten', text: rewritten, count };
}
