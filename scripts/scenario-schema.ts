/**
 * Writes scenarios/scenario.schema.json from the zod schema, so editors that read
 * `# yaml-language-server: $schema=./scenario.schema.json` check scenario files as authors type.
 * Usage: tsx scripts/scenario-schema.ts [--check]   (--check exits 1 if the file is out of date)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { scenarioJsonSchema } from '../src/scenario/schema';
import { readArgs } from './lib/args';

const target = fileURLToPath(new URL('../scenarios/scenario.schema.json', import.meta.url));
const text = `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`;
const { values: args } = readArgs({ check: { type: 'boolean' } }, 'Usage: tsx scripts/scenario-schema.ts [--check]');
if (args.check) {
  let current: unknown = null;
  try {
    current = JSON.parse(readFileSync(target, 'utf8'));
  } catch {
    // A missing or unreadable file is simply out of date.
  }
  // Compared as data, so reformatting the file (prettier) does not count as a change.
  if (JSON.stringify(current) !== JSON.stringify(scenarioJsonSchema())) {
    console.error('scenarios/scenario.schema.json is out of date: run tsx scripts/scenario-schema.ts');
    process.exit(1);
  }
  console.log('scenarios/scenario.schema.json is up to date');
} else {
  writeFileSync(target, text);
  console.log(`wrote scenarios/scenario.schema.json (${text.length} bytes)`);
}
