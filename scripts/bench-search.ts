/**
 * Search figures: the "Who can help?" finder's payload size (raw and gzipped), its median query
 * time over real concerns, and, when a build exists, Pagefind's index size.
 * Usage: tsx scripts/bench-search.ts
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import lunr from 'lunr';
import { finderPayload } from '../src/search/finder-documents';
import { readFinderSources } from '../src/search/finder-files';
import { queryFinder } from '../src/search/finder-query';

const root = fileURLToPath(new URL('..', import.meta.url));
const json = JSON.stringify(finderPayload(readFinderSources(root)));
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
console.log(`finder payload: ${kb(json.length)} (${kb(gzipSync(json).length)} gzipped)`);

const t0 = performance.now();
const index = lunr.Index.load((JSON.parse(json) as { index: object }).index);
console.log(`finder index load: ${(performance.now() - t0).toFixed(1)} ms`);

const queries = ['not coming to school', 'speach', 'SALT', 'housing', 'domestic abuse', 'self-harm', 'young carer', 'allegation against a teacher', 'CAMHS', 'looked after child'];
const times: number[] = [];
for (let round = 0; round < 50; round++)
  for (const q of queries) {
    const t = performance.now();
    queryFinder(index, q);
    times.push(performance.now() - t);
  }
times.sort((a, b) => a - b);
console.log(`finder query: median ${(times[times.length >> 1]! * 1000).toFixed(0)} µs, 95th percentile ${(times[Math.floor(times.length * 0.95)]! * 1000).toFixed(0)} µs over ${times.length} queries`);

const pagefind = join(root, 'dist', 'pagefind');
if (existsSync(pagefind)) {
  let bytes = 0;
  let files = 0;
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (!name.endsWith('.js') && !name.endsWith('.css')) ((bytes += statSync(full).size), files++);
    }
  };
  walk(pagefind);
  console.log(`pagefind index: ${kb(bytes)} in ${files} files (already compressed)`);
} else console.log('pagefind index: no build in dist/ (run npm run build first)');
