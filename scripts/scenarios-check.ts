/**
 * Checks scenario files and prints a report for each: errors and warnings with file:line:column,
 * what the analysis found (plays, shortest and longest play, endings with their plays and final
 * totals, score bounds), and which figures are exact. Exit status 1 if any file has an error.
 * Usage: tsx scripts/scenarios-check.ts [--explain <option-id>] [files…]   (default: every scenarios/*.yaml)
 * With --explain, also says whether that option can ever be chosen: a shortest route to it, or why not.
 */
import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyseScenario } from '../src/scenario/analyse';
import { firstNonUtf8Byte, listScenarioFiles, loadScenarioBytes, readKnownIds } from '../src/scenario/load';
import { errorCount, formatOptionStatus, formatReport, type ScenarioReport } from '../src/scenario/report';
import { readArgs } from './lib/args';

const root = fileURLToPath(new URL('..', import.meta.url));
const known = readKnownIds(root);
if (!known.ok) {
  for (const p of known.problems) console.error(p);
  process.exit(1);
}
const { values: args, positionals: named } = readArgs(
  { explain: { type: 'string' } },
  'Usage: npm run scenarios:check -- [--explain <option-id>] [files…], e.g. npm run scenarios:check -- --explain ring-dad',
  true,
);
const explain = args.explain;
const files = named.length ? named.map((f) => relative(root, resolve(f))) : listScenarioFiles(root);
if (!files.length) {
  console.log('No scenario files found in scenarios/.');
  process.exit(0);
}
let failed = 0;
let explained = false;
for (const file of files) {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(resolve(root, file));
  } catch {
    console.log(`${file}\n  cannot be read\n`);
    failed++;
    continue;
  }
  let report: ScenarioReport;
  let status: string | undefined;
  try {
    if (explain && firstNonUtf8Byte(bytes) < 0) {
      // The full analysis keeps what --explain needs; the build's loader drops it.
      const result = analyseScenario(file, new TextDecoder().decode(bytes), known.ids);
      report = result.report;
      const found = result.options?.get(explain);
      if (found) status = formatOptionStatus(found);
      else if (
        result.scenario &&
        Object.values(result.scenario.scenes).some((s) => s.decision.options.some((o) => o.id === explain))
      )
        status = `  option "${explain}": not explained, because the plays could not all be explored (see above)`;
    } else ({ report } = loadScenarioBytes(file, bytes, known.ids));
  } catch (error) {
    // A checker fault on one file must not stop the others being checked.
    console.log(`${file}\n  the checker failed on this file: ${error instanceof Error ? error.message : String(error)}\n`);
    failed++;
    continue;
  }
  console.log(`${formatReport(report)}${status ? `\n${status}` : ''}\n`);
  if (status) explained = true;
  if (errorCount(report)) failed++;
}
if (explain && !explained) console.log(`No option "${explain}" in ${files.length === 1 ? files[0] : 'these files'}.`);
console.log(
  failed ? `${failed} of ${files.length} scenario file(s) have errors.` : `All ${files.length} scenario file(s) passed.`,
);
process.exit(failed ? 1 : 0);
