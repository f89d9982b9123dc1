import { posix } from 'node:path';

/*
 * Finds the files of a package that nothing loads, so a zip carries only what a learner's browser
 * can ask for. Starting from the launch page, and from the pages the manifest's resources launch,
 * a file counts as referenced when a file already referenced names it:
 *
 * - as an address in its text: each run of address characters ("../_astro/a.js", "./x.woff2",
 *   "pagefind/pagefind.js") is resolved from the naming file's folder (how pages, stylesheets and
 *   `new URL(…, import.meta.url)` resolve it) and from the package root (how a script's
 *   `${base}path` resolves, `base` being the page's way back to the root);
 * - through a template literal whose placeholders stand for path segments, such as
 *   `${base}scenarios/${id}/scenario.json`: a file whose path ends the same way counts when each
 *   segment in a placeholder's place is a quoted string in some referenced file (the launch
 *   page's "scenarios":["sami",…], Pagefind's entry naming its language and index hash). So a
 *   scenario nobody lists stays unreferenced even though the template could name it;
 * - by Pagefind: its index, fragment and filter chunks are named by hashes inside the compressed
 *   metadata file, which this text scan cannot read, so they count once pagefind.js and the
 *   pagefind-entry.json beside it are referenced.
 *
 * Only text files are read. The manifest's <file> list is an inventory of everything, not a
 * load, so from the manifest only the resources' launch addresses are followed.
 */

const TEXT = /\.(html|js|mjs|css|json|webmanifest|svg|xml|txt)$/;
const MANIFEST = 'imsmanifest.xml';

/** Runs of characters an address can be written with; quotes, brackets, spaces and `${` end one. */
const ADDRESS = /[\w.~%@+-]+(?:\/[\w.~%@+-]+)*\/?/g;
const PLACEHOLDER = /\$\{[^{}`]*\}/;
/** A template literal's path after any leading placeholders (the base), with placeholders in or as segments. */
const TEMPLATE = /`(?:\$\{[^{}`]*\})*((?:[\w.~-]|\$\{[^{}`]*\})+(?:\/(?:[\w.~-]|\$\{[^{}`]*\})+)*)`/g;
const QUOTED = /["'`]([\w.~-]{1,200})["'`]/g;
const PAGEFIND_CHUNK = /^((?:.*\/)?)(?:index|fragment|filter)\/[^/]+$/;

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** A file named by a template literal, with one group per placeholder; null for a template that names no file. */
function templatePattern(path: string): RegExp | null {
  const parts = path.split(new RegExp(PLACEHOLDER.source, 'g'));
  // A plain address is a token like any other; one must end in a written extension to name a file.
  if (parts.length < 2 || !/\.\w+$/.test(parts.at(-1)!)) return null;
  return new RegExp(`(?:^|/)${parts.map(escapeRegExp).join('([^/]+)')}$`);
}

function decode(token: string): string {
  try {
    return decodeURIComponent(token);
  } catch {
    return token;
  }
}

/**
 * The files of `files` (paths inside the package → contents) that nothing reachable from `entry`,
 * the launch page, refers to, sorted. The manifest itself is never reported.
 */
export function unreferencedFiles(files: Record<string, Uint8Array>, entry: string): string[] {
  const referenced = new Set<string>();
  const queue: string[] = [];
  const mark = (file: string) => {
    if (file in files && !referenced.has(file)) {
      referenced.add(file);
      queue.push(file);
    }
  };
  const text = (file: string) => new TextDecoder().decode(files[file]);

  const names = new Set(Object.keys(files).map((file) => posix.basename(file)));
  const patterns = new Map<string, RegExp>();
  const named = new Set<string>();

  mark(entry);
  if (MANIFEST in files) {
    referenced.add(MANIFEST);
    for (const [, href] of text(MANIFEST).matchAll(/<resource\b[^>]*\shref="([^"?#]*)/g))
      mark(posix.normalize(decode(href!.replaceAll('&amp;', '&'))));
  }

  for (;;) {
    while (queue.length) {
      const file = queue.pop()!;
      if (!TEXT.test(file)) continue;
      const content = text(file);
      const folder = posix.dirname(file);
      for (const token of new Set(content.match(ADDRESS))) {
        // A folder's address ('../', 'modules/') names its index.html, as pageHref makes it in a package.
        const path = decode(token).replace(/\/$/, '/index.html');
        // Most runs are words and code; only one ending in a file's name can name a file.
        if (!names.has(posix.basename(path))) continue;
        mark(posix.join(folder, path));
        mark(posix.normalize(path));
      }
      for (const [, path] of content.matchAll(TEMPLATE)) {
        const pattern = templatePattern(path!);
        if (pattern) patterns.set(pattern.source, pattern);
      }
      for (const [, value] of content.matchAll(QUOTED)) named.add(value!);
    }

    for (const file of Object.keys(files)) {
      if (referenced.has(file)) continue;
      const chunk = PAGEFIND_CHUNK.exec(file);
      if (chunk && referenced.has(`${chunk[1]}pagefind.js`) && referenced.has(`${chunk[1]}pagefind-entry.json`)) mark(file);
      for (const pattern of patterns.values()) {
        const match = pattern.exec(file);
        if (match && match.slice(1).every((segment) => named.has(segment))) mark(file);
      }
    }
    if (!queue.length) break;
  }

  return Object.keys(files)
    .filter((file) => !referenced.has(file) && !file.endsWith('/'))
    .sort();
}
