/**
 * Lighthouse (mobile profile) on the built site, served locally, with the system Chromium: the
 * home page, a module, a scenario and the record page, empty and again holding a year's record
 * (scripts/lib/year-of-record.ts). Prints the four category scores per page with Total Blocking
 * Time and Largest Contentful Paint and, for anything below 100, the audits that cost points.
 * With --runs, each page is measured that many times and the median of each figure printed.
 * With --tasks, the first run of each page also lists the tasks that made its blocking time, and
 * whether script or the browser's redrawing took most of each (scripts/lib/main-thread.ts).
 * Reports; never fails on a score.
 * Usage: npm run build && tsx scripts/audit.ts [--runs 3] [--only record] [--tasks] [--dir dist] [--port 4391]
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, chromiumExecutable } from '../tests/e2e/support/browser';
import { readArgs } from './lib/args';
import { blockingByKind, busyTasks, type TraceEvent } from './lib/main-thread';
import { yearOfRecord } from './lib/year-of-record';

const { values: args } = readArgs(
  {
    runs: { type: 'string' },
    only: { type: 'string' },
    tasks: { type: 'boolean' },
    dir: { type: 'string' },
    port: { type: 'string' },
  },
  'Usage: tsx scripts/audit.ts [--runs 3] [--only record] [--tasks] [--dir dist] [--port 4391]',
);
const root = fileURLToPath(new URL('..', import.meta.url));
const dist = resolve(root, args.dir ?? 'dist');
const runs = Number(args.runs ?? 1);
if (!Number.isInteger(runs) || runs < 1) {
  console.error('--runs takes a whole number of runs, 1 or more.');
  process.exit(2);
}
const port = Number(args.port ?? 4391);
const origin = `http://localhost:${port}`;
const categories = ['performance', 'accessibility', 'best-practices', 'seo'];

interface Target {
  label: string;
  path: string;
  /** The record stored before the page opens; without one, Lighthouse starts from empty storage. */
  record?: string;
}

const targets: Target[] = [
  { label: '/', path: '' },
  { label: '/modules/relational-agency/', path: 'modules/relational-agency/' },
  { label: '/scenarios/sami/', path: 'scenarios/sami/' },
  { label: '/record/', path: 'record/' },
  { label: '/record/ (a year’s record)', path: 'record/', record: JSON.stringify(yearOfRecord(root, dist, Date.now())) },
].filter((t) => !args.only || t.label.includes(args.only));

if (!existsSync(`${dist}/index.html`)) {
  console.error(`No built site in ${dist}. Run \`npm run build\` first.`);
  process.exit(1);
}

// In a process group of its own, so that stopping it stops the server npx starts, not only npx.
const server = spawn('npx', ['tsx', 'scripts/serve.ts', '--dir', dist, '--base', '/', '--port', String(port)], {
  cwd: root,
  stdio: ['ignore', 'pipe', 'inherit'],
  detached: true,
});
await new Promise<void>((resolve, reject) => {
  server.stdout.on('data', (d: Buffer) => String(d).includes('served at') && resolve());
  server.on('exit', (code) => reject(new Error(`The site server stopped (exit code ${code}).`)));
});

const chromePath = chromiumExecutable();
const chrome = await chromeLauncher.launch({
  ...(chromePath ? { chromePath } : {}),
  chromeFlags: ['--headless=new', ...chromiumArgs],
});

/**
 * Empties the site's storage as Lighthouse would (service worker and caches too, so no page is
 * served from an offline copy), then writes the record, from a plain file of the same origin so
 * that no page script runs.
 */
async function seed(record: string) {
  const browser = await puppeteer.connect({ browserURL: `http://127.0.0.1:${chrome.port}` });
  try {
    const page = await browser.newPage();
    await page.goto(`${origin}/favicon.svg`);
    const cdp = await page.createCDPSession();
    await cdp.send('Storage.clearDataForOrigin', { origin, storageTypes: 'all' });
    await page.evaluate((text) => localStorage.setItem('cb:record', text), record);
    await page.close();
  } finally {
    await browser.disconnect();
  }
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/** Tasks printed with --tasks, by page, after the table. */
const taskLines: string[] = [];

function tasksOf(label: string, events: TraceEvent[], url: string) {
  const tasks = busyTasks(events, url);
  const by = blockingByKind(tasks);
  taskLines.push(
    `${label}: ${tasks.length} tasks over 50 ms at Lighthouse's fourfold slowdown after the first paint, adding ${Math.round(by.script)} ms of blocking in script, ${Math.round(by.redraw)} ms in redrawing, ${Math.round(by.other)} ms in other work`,
    `  as observed, ms after navigation (duration, kind): ${tasks.map((t) => `${Math.round(t.at)} (${Math.round(t.ms)}, ${t.kind})`).join(', ')}`,
  );
}

/** Each audit costing points, with what it measured in each run. */
const below = new Map<string, string[]>();
try {
  console.log(`Lighthouse, mobile profile, ${new Date().toISOString()}, ${availableParallelism()} cores`);
  console.log(runs > 1 ? `Median of ${runs} runs per page.\n` : '');
  console.log(`${'page'.padEnd(30)} ${[...categories, 'TBT ms', 'LCP ms'].map((c) => c.padStart(15)).join('')}`);
  for (const target of targets) {
    const figures: number[][] = [];
    for (let run = 0; run < runs; run++) {
      if (target.record) await seed(target.record);
      const url = `${origin}/${target.path}`;
      const result = await lighthouse(url, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: categories,
        disableStorageReset: Boolean(target.record),
      });
      if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
      const { lhr } = result;
      if (args.tasks && run === 0)
        tasksOf(target.label, result.artifacts.Trace.traceEvents as TraceEvent[], lhr.finalDisplayedUrl);
      figures.push([
        ...categories.map((c) => Math.round((lhr.categories[c]?.score ?? 0) * 100)),
        Math.round(lhr.audits['total-blocking-time']?.numericValue ?? NaN),
        Math.round(lhr.audits['largest-contentful-paint']?.numericValue ?? NaN),
      ]);
      for (const c of categories) {
        const category = lhr.categories[c];
        if (!category || category.score === 1) continue;
        for (const ref of category.auditRefs) {
          const audit = lhr.audits[ref.id];
          if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) {
            const key = `${target.label} ${c}: ${audit.title}`;
            below.set(key, [...(below.get(key) ?? []), audit.displayValue ?? '']);
          }
        }
      }
    }
    const shown = figures[0]!.map((_, i) => median(figures.map((f) => f[i]!)));
    console.log(`${target.label.padEnd(30)} ${shown.map((s) => String(s).padStart(15)).join('')}`);
    if (runs > 1)
      for (const f of figures) console.log(`${'  one run'.padEnd(30)} ${f.map((s) => String(s).padStart(15)).join('')}`);
  }
} finally {
  await chrome.kill();
  process.kill(-server.pid!);
}
if (taskLines.length) console.log(`\n${taskLines.join('\n')}`);
console.log('\nTarget: 100 in every category.');
console.log(
  below.size
    ? `Audits costing points:\n  ${[...below].map(([key, values]) => `${key}${values.some(Boolean) ? ` (${values.join('; ')})` : ''}`).join('\n  ')}`
    : 'Nothing below 100.',
);
