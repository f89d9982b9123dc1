/**
 * Builds the SCORM packages: the course, and each scenario on its own, for SCORM 1.2 and SCORM
 * 2004 4th edition (docs/lms.md). The site is built once with relative addresses and a launch
 * page (PUBLIC_CB_PACKAGE), then zipped per package with its own imsmanifest.xml.
 *
 * Usage: tsx scripts/package-scorm.ts [--only course,sami] [--version 1.2|2004] [--out packages] [--no-build]
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { zipSync, type Zippable } from 'fflate';
import { siteConfig } from '../src/site.config';
import { manifestXml, type PackageStandard } from '../src/packaging/manifest';
import { PAGEFIND_UNUSED } from '../src/search/pagefind-unused';
import { packageTargets, zipName, type PackageTarget } from '../src/packaging/targets';
import { readArgs } from './lib/args';

const { values: args } = readArgs(
  { only: { type: 'string' }, version: { type: 'string' }, out: { type: 'string' }, 'no-build': { type: 'boolean' } },
  'Usage: tsx scripts/package-scorm.ts [--only course,sami] [--version 1.2|2004] [--out packages] [--no-build]',
);

const out = resolve(args.out ?? 'packages');
const site = join(out, '.site');
const only = args.only
  ?.split(',')
  .map((s) => s.trim())
  .filter(Boolean);
const versionArg = args.version;
const isStandard = (v: string | undefined): v is PackageStandard => v === '1.2' || v === '2004';
if (versionArg !== undefined && !isStandard(versionArg)) {
  console.error(`--version must be 1.2 or 2004, not "${versionArg}".`);
  process.exit(1);
}
const standards: PackageStandard[] = isStandard(versionArg) ? [versionArg] : ['1.2', '2004'];

if (!args['no-build']) {
  console.log('Building the course with relative addresses for LMS packages…');
  rmSync(site, { recursive: true, force: true });
  const built = spawnSync('npx', ['astro', 'build', '--silent'], {
    stdio: 'inherit',
    env: { ...process.env, PUBLIC_CB_PACKAGE: 'scorm', CB_OUT_DIR: site },
    shell: process.platform === 'win32',
  });
  if (built.status !== 0) process.exit(built.status ?? 1);
}

function* walk(dir: string): Generator<string> {
  for (const name of readdirSync(dir).sort()) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) yield* walk(full);
    else yield full;
  }
}

/*
 * Files of the build that nothing in a package loads, left out of the zips (the packages e2e test
 * checks that every file kept is referenced, src/packaging/unreferenced.ts):
 * - `_headers`, a web server's settings: an LMS serves the package with its own headers;
 * - `404.html`, a web server's not-found page: an LMS answers a missing file itself;
 * - `offline/`, the page the offline copy's service worker shows: a package has no service worker;
 * - Pagefind's ready-made search interfaces and its highlighter: the site's search calls
 *   pagefind.js directly and draws its own results;
 * - the scenarios' drawings as files of their own (`art.svg`), for social previews and slides
 *   made from the public site: the course's pages draw them inline;
 * - the xAPI tracker's script: a packaged page never includes it (the LMS hears of progress
 *   through SCORM), but Astro bundles it because the layout imports its component.
 */
const unused = [
  /^_headers$/,
  /^404\.html$/,
  /^offline\//,
  PAGEFIND_UNUSED,
  /^scenarios\/[^/]+\/art\.svg$/,
  /^_astro\/XapiTracker\.astro_astro_type_script_index_0_lang\.[\w-]+\.js$/,
];
const files = [...walk(site)]
  .map((full) => relative(site, full).split('\\').join('/'))
  .filter((f) => !unused.some((pattern) => pattern.test(f)));
const contents = new Map(files.map((f) => [f, readFileSync(join(site, f))]));

let targets: PackageTarget[];
try {
  targets = packageTargets(site, siteConfig.courseTitle, only);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}

mkdirSync(out, { recursive: true });
// A fixed date in every entry, so the same build always makes the same zip.
const mtime = new Date('2026-01-01T00:00:00Z');
// Pagefind's index files are compressed already; deflating them again only costs time.
const stored = /^pagefind\/.*\.pf_/;
for (const target of targets) {
  for (const standard of standards) {
    const launch = `scorm/index.html?scope=${target.scope}&version=${standard}`;
    const manifest = manifestXml({
      standard,
      identifier: `crossing-boundaries-${target.scope}-scorm${standard.replace('.', '')}`,
      title: target.title,
      launch,
      files,
      passMark: siteConfig.integrations.scormPassMark,
    });
    const entries: Zippable = { 'imsmanifest.xml': [new TextEncoder().encode(manifest), { level: 9 }] };
    for (const [file, data] of contents) entries[file] = [data, { level: stored.test(file) ? 0 : 6 }];
    const name = zipName(target.scope, standard);
    const zip = zipSync(entries, { mtime });
    writeFileSync(join(out, name), zip);
    console.log(`${name}  ${(zip.length / 1024 / 1024).toFixed(1)} MB  (${files.length + 1} files; launches ${launch})`);
  }
}
