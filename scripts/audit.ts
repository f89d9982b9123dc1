/**
 * Lighthouse (mobile profile) on the built site, served locally, with the system Chromium: the
 * home page, a module, a scenario and the record page. Prints the four category scores per page
 * and, for anything below 100, the audits that cost points. Reports; never fails on a score.
 * Usage: npm run build && tsx scripts/audit.ts
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumArgs, chromiumExecutable } from '../tests/e2e/support/browser';

const root = fileURLToPath(new URL('..', import.meta.url));
const port = 4391;
const pages = ['', 'modules/relational-agency/', 'scenarios/sami/', 'record/'];
const categories = ['performance', 'accessibility', 'best-practices', 'seo'];

if (!existsSync(`${root}dist/index.html`)) {
  console.error('No built site in dist/. Run `npm run build` first.');
  process.exit(1);
}

const server = spawn('npx', ['tsx', 'scripts/serve.ts', '--dir', 'dist', '--base', '/', '--port', String(port)], {
  cwd: root,
  stdio: ['ignore', 'pipe', 'inherit'],
});
await new Promise<void>((resolve) => server.stdout.on('data', (d: Buffer) => String(d).includes('served at') && resolve()));

const chromePath = chromiumExecutable();
const chrome = await chromeLauncher.launch({
  ...(chromePath ? { chromePath } : {}),
  chromeFlags: ['--headless=new', ...chromiumArgs],
});
const below: string[] = [];
try {
  console.log(`Lighthouse, mobile profile, ${new Date().toISOString()}\n`);
  console.log(`${'page'.padEnd(30)} ${categories.map((c) => c.padStart(15)).join('')}`);
  for (const page of pages) {
    const url = `http://localhost:${port}/${page}`;
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: categories });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const { lhr } = result;
    const scores = categories.map((c) => Math.round((lhr.categories[c]?.score ?? 0) * 100));
    console.log(`${`/${page}`.padEnd(30)} ${scores.map((s) => String(s).padStart(15)).join('')}`);
    for (const c of categories) {
      const category = lhr.categories[c];
      if (!category || category.score === 1) continue;
      for (const ref of category.auditRefs) {
        const audit = lhr.audits[ref.id];
        if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1)
          below.push(`/${page} ${c}: ${audit.title}${audit.displayValue ? ` (${audit.displayValue})` : ''}`);
      }
    }
  }
} finally {
  await chrome.kill();
  server.kill();
}
console.log('\nTarget: 100 in every category.');
console.log(below.length ? `Audits costing points:\n  ${below.join('\n  ')}` : 'Nothing below 100.');
