/**
 * Checks scenario files and prints a report for each: errors and warnings with file:line:column,
 * what the analysis found (plays, shortest and longest play, endings, score bounds), and which
 * figures are exact. Exit status 1 if any file has an error.
 * Usage: tsx scripts/scenarios-check.ts [files…]   (default: every scenarios/*.yaml)
 */
import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { listScenarioFiles, loadScenarioBytes, readKnownIds } from '../src/scenario/load';
import { errorCount, formatReport } from '../src/scenario/report';

const root = fileURLToPath(new URL('..', import.meta.url));
const known = readKnownIds(root);
if (!known.ok) {
  for (const p of known.problems) console.error(p);
  process.exit(1);
}
const args = process.argv.slice(2);
const files = args.length ? args.map((f) => relative(root, resolve(f))) : listScenarioFiles(root);
if (!files.length) {
  console.log('No scenario files found in scenarios/.');
  process.exit(0);
}
let failed = 0;
for (const file of files) {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(resolve(root, file));
  } catch {
    console.log(`${file}\n  cannot be read\n`);
    failed++;
    continue;
  }
  let report;
  try {
    ({ report } = loadScenarioBytes(file, bytes, known.ids));
  } catch (error) {
    // A checker fault on one file must not stop the others being checked.
    console.log(`${file}\n  the checker failed on this file: ${error instanceof Error ? error.message : String(error)}\n`);
    failed++;
    continue;
  }
  console.log(`${formatReport(report)}\n`);
  if (errorCount(report)) failed++;
}
console.log(
  failed ? `${failed} of ${files.length} scenario file(s) have errors.` : `All ${files.length} scenario file(s) passed.`,
);
process.exit(failed ? 1 : 0);
