/**
 * Whole-site figures: build time (astro build with scenario analysis and Pagefind) for the real
 * course and for generated content at 4× and 16× its size, JS and CSS per page type, and the
 * search indexes' sizes. Each size builds in a temporary copy of the project with its own, empty
 * analysis cache, so every build does the full work. Nothing generated is written to the project.
 * Prints a table and writes bench/results.json (git-ignored) for comparison between changes.
 * Usage: tsx scripts/bench-site.ts [--sizes 1,4,16]
 */
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { generateScenario, generatedFile } from '../src/scenario/generate';
import { pageCssGzip } from './lib/page-css';
import { gzipWith, pageJs, scenarioPlayScreens } from './lib/page-js';
import { readArgs } from './lib/args';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values: args } = readArgs({ sizes: { type: 'string' } }, 'Usage: tsx scripts/bench-site.ts [--sizes 1,4,16]');
const sizes = args.sizes ? args.sizes.split(',').map(Number) : [1, 4, 16];
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

/** A copy of the project to build in; node_modules is shared file by file, except the analysis cache. */
function scratchProject(): string {
  const dir = mkdtempSync(join(tmpdir(), 'cb-bench-'));
  for (const name of ['src', 'content', 'scenarios', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json'])
    cpSync(join(root, name), join(dir, name), { recursive: true });
  mkdirSync(join(dir, 'node_modules'));
  for (const entry of readdirSync(join(root, 'node_modules')))
    if (entry !== '.cache') symlinkSync(join(root, 'node_modules', entry), join(dir, 'node_modules', entry));
  return dir;
}

/** Adds (factor − 1) copies of every module, renamed, and as many generated scenarios as that many more libraries. */
function grow(dir: string, factor: number): { modules: number; scenarios: number } {
  const modulesDir = join(dir, 'content', 'modules');
  const modules = readdirSync(modulesDir).filter((f) => f.endsWith('.mdx') && !f.startsWith('_'));
  const scenarioCount = readdirSync(join(dir, 'scenarios')).filter((f) => f.endsWith('.yaml')).length;
  let order = 100;
  for (let copy = 1; copy < factor; copy++) {
    for (const file of modules) {
      const text = readFileSync(join(modulesDir, file), 'utf8')
        .replace(
          /^title: (.*)$/m,
          (_, t: string) => `title: ${JSON.stringify(`${t.replace(/^["']|["']$/g, '')} (copy ${copy})`)}`,
        )
        .replace(/^order: \d+$/m, () => `order: ${order++}`);
      writeFileSync(join(modulesDir, file.replace('.mdx', `-copy-${copy}.mdx`)), text);
    }
    for (let i = 0; i < scenarioCount; i++) {
      const scenario = generateScenario(16);
      scenario.id = `generated-${copy}-${i}`;
      scenario.title = `Generated scenario ${copy}.${i}`;
      writeFileSync(join(dir, 'scenarios', `${scenario.id}.yaml`), generatedFile(scenario));
    }
  }
  return { modules: modules.length * factor, scenarios: scenarioCount * factor };
}

function folderBytes(dir: string): number {
  if (!existsSync(dir)) return 0;
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .reduce((sum, e) => sum + statSync(join(e.parentPath, e.name)).size, 0);
}

interface SizeResult {
  factor: number;
  modules: number;
  scenarios: number;
  pages: number;
  buildSeconds: number;
}

const results: SizeResult[] = [];
let pageTypes: Record<string, { js: number; jsInitial: number; jsFirstDecision?: number; css: number }> = {};
let indexes: Record<string, number> = {};

for (const factor of sizes) {
  const dir = scratchProject();
  try {
    const counts = grow(dir, factor);
    const started = performance.now();
    const build = spawnSync('npx', ['astro', 'build', '--silent'], { cwd: dir, encoding: 'utf8' });
    const buildSeconds = (performance.now() - started) / 1000;
    if (build.status !== 0) throw new Error(`build at ${factor}× failed:\n${build.stderr || build.stdout}`);
    const dist = join(dir, 'dist');
    const pages = readdirSync(dist, { recursive: true }).filter((f) => String(f).endsWith('.html')).length;
    results.push({ factor, ...counts, pages, buildSeconds });
    console.log(`${factor}×: ${pages} pages built in ${buildSeconds.toFixed(1)} s`);
    if (factor === 1) {
      const types: Record<string, string> = {
        'content page (glossary term)': 'glossary/relational-agency/index.html',
        'module with islands': 'modules/knowing-who/index.html',
        'scenario page': 'scenarios/sami/index.html',
        'presenter page': 'scenarios/sami/facilitate/index.html',
        'record page': 'record/index.html',
      };
      pageTypes = Object.fromEntries(
        Object.entries(types).map(([name, file]) => {
          const js = pageJs(dist, file);
          const figures = { js: js.totalGzip, jsInitial: js.initialGzip, css: pageCssGzip(dist, file) };
          // What a scenario page's first decision waits for: the play screens Start and Resume load.
          return [name, name === 'scenario page' ? { ...figures, jsFirstDecision: gzipWith(js, scenarioPlayScreens) } : figures];
        }),
      );
      const finder = readFileSync(join(dist, 'who-can-help', 'finder.json'));
      indexes = {
        'Pagefind index (all files)': folderBytes(join(dist, 'pagefind')),
        'lunr finder payload': finder.length,
        'lunr finder payload, gzipped': gzipSync(finder).length,
      };
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

console.log('\nBuild (astro build + scenario analysis + Pagefind), cold analysis cache');
console.log('size  modules  scenarios  pages  build      s per page  growth vs 1×  (content grew)');
const one = results.find((r) => r.factor === 1);
for (const r of results) {
  const growth = one ? r.buildSeconds / one.buildSeconds : NaN;
  console.log(
    `${`${r.factor}×`.padEnd(5)} ${String(r.modules).padStart(7)}  ${String(r.scenarios).padStart(9)}  ${String(r.pages).padStart(5)}  ${`${r.buildSeconds.toFixed(1)} s`.padStart(8)}  ${(r.buildSeconds / r.pages).toFixed(3).padStart(10)}  ${`${growth.toFixed(2)}×`.padStart(12)}  (${r.factor}×)`,
  );
}
console.log('Target: build time grows no faster than the content (growth ≤ size).');

console.log('\nJavaScript and CSS per page type (gzipped)');
for (const [name, t] of Object.entries(pageTypes)) {
  console.log(
    `${name.padEnd(30)} JS ${kb(t.jsInitial).padStart(8)} first, ${kb(t.js).padStart(8)} in all   CSS ${kb(t.css).padStart(7)}`,
  );
  if (t.jsFirstDecision !== undefined)
    console.log(`${''.padEnd(30)} JS ${kb(t.jsFirstDecision).padStart(8)} to the first decision`);
}
console.log(
  'Targets: a content page without islands 0 bytes of JS (we ship the 1.9 KB site shell); a scenario page usable with ≤ 30 KB, at its first decision with ≤ 50 KB, ≤ 72 KB in all; CSS ≤ 20 KB.',
);

console.log('\nSearch indexes');
for (const [name, bytes] of Object.entries(indexes)) console.log(`${name.padEnd(30)} ${kb(bytes)}`);

mkdirSync(join(root, 'bench'), { recursive: true });
writeFileSync(
  join(root, 'bench', 'results.json'),
  `${JSON.stringify({ at: new Date().toISOString(), node: process.version, builds: results, pageTypes, indexes }, null, 2)}\n`,
);
console.log('\nWritten to bench/results.json');
