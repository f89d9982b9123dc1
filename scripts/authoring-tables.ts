/**
 * Rewrites the tables of valid ids in docs/authoring-scenarios.md from the content folders.
 * Run it after adding a role, module, glossary term, audience or dimension; a unit test
 * (tests/unit/scenario/docs.test.ts) fails while the guide's tables are stale.
 * Usage: tsx scripts/authoring-tables.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { authoringTables, withTables } from './lib/authoring-tables';

const root = fileURLToPath(new URL('..', import.meta.url));
const file = join(root, 'docs', 'authoring-scenarios.md');
const guide = readFileSync(file, 'utf8');
const updated = withTables(guide, authoringTables(root));
if (updated === guide) console.log('docs/authoring-scenarios.md: the tables of valid ids are up to date.');
else {
  writeFileSync(file, updated);
  console.log('docs/authoring-scenarios.md: the tables of valid ids were rewritten.');
}
