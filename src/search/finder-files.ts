import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { idOf } from '../authoring/content-file';
import { listCourseFiles } from '../authoring/course-facts';
import { glossarySchema } from '../schemas/glossary';
import { roleSchema } from '../schemas/role';
import type { FinderSources } from './finder-documents';

/**
 * The finder's sources read straight from content/ (Node only), for the tests and the benchmark;
 * the build reads the same files through Astro's collections (drafts, named `_…`, left out by both).
 */
export function readFinderSources(root: string): FinderSources {
  const read = <T>(folder: 'roles' | 'glossary', schema: { parse(v: unknown): T }) =>
    listCourseFiles(root, folder).map((file) => ({
      id: idOf(file),
      data: schema.parse(parse(readFileSync(join(root, file), 'utf8'))),
    }));
  return { roles: read('roles', roleSchema), glossary: read('glossary', glossarySchema) };
}
