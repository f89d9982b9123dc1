import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { glossarySchema } from '../schemas/glossary';
import { roleSchema } from '../schemas/role';
import type { FinderSources } from './finder-documents';

/**
 * The finder's sources read straight from content/ (Node only), for the tests and the benchmark;
 * the build reads the same files through Astro's collections.
 */
export function readFinderSources(root: string): FinderSources {
  const read = <T>(dir: string, schema: { parse(v: unknown): T }) =>
    readdirSync(join(root, 'content', dir))
      .filter((f) => f.endsWith('.yaml'))
      .map((f) => ({ id: f.replace(/\.yaml$/, ''), data: schema.parse(parse(readFileSync(join(root, 'content', dir, f), 'utf8'))) }));
  return { roles: read('roles', roleSchema), glossary: read('glossary', glossarySchema) };
}
