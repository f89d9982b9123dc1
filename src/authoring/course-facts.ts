import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { frameworkSchema, type Framework } from '../schemas/framework';
import { idOf, readContentFile, type ContentFile } from './content-file';
import type { AuthoringMessage } from './message';

/*
 * What every checker needs to know about the course before it checks one file: which files of each
 * kind exist (and so which ids may be referred to), and content/framework.yaml. The content check,
 * the scenario checker, the build's collections and the authoring guide's tables all read them here,
 * so they agree on what exists. Node only.
 */

/** Where each kind of course file lives; a file's name without its extension is its id. */
export const courseFolders = {
  modules: { dir: 'content/modules', extensions: ['.mdx'] },
  sessions: { dir: 'content/sessions', extensions: ['.mdx'] },
  glossary: { dir: 'content/glossary', extensions: ['.yaml', '.yml'] },
  roles: { dir: 'content/roles', extensions: ['.yaml', '.yml'] },
  pathways: { dir: 'content/pathways', extensions: ['.yaml', '.yml'] },
  scenarios: { dir: 'scenarios', extensions: ['.yaml', '.yml'] },
} as const satisfies Record<string, { dir: string; extensions: readonly string[] }>;

export type CourseFolder = keyof typeof courseFolders;

/** The competency framework and the life domains, relative to the project root. */
export const FRAMEWORK_FILE = 'content/framework.yaml';

/**
 * The files of one kind under `root`, as root-relative paths in name order. Names starting with `_`
 * are drafts kept out of the site, as Astro's loaders skip them.
 */
export function listCourseFiles(root: string, folder: CourseFolder): string[] {
  const { dir, extensions } = courseFolders[folder];
  const full = join(root, dir);
  if (!existsSync(full)) return [];
  return readdirSync(full)
    .filter((name) => !name.startsWith('_') && extensions.some((ext) => name.endsWith(ext)))
    .sort()
    .map((name) => `${dir}/${name}`);
}

/** The ids of every kind of course file: what a reference may name. Empty when a folder is empty or missing. */
export type CourseIds = Record<CourseFolder, ReadonlySet<string>>;

export function readCourseIds(root: string): CourseIds {
  const ids = {} as Record<CourseFolder, ReadonlySet<string>>;
  for (const folder of Object.keys(courseFolders) as CourseFolder[])
    ids[folder] = new Set(listCourseFiles(root, folder).map(idOf));
  return ids;
}

export interface FrameworkRead {
  /** The validated framework, or undefined when the file is missing or has errors. */
  framework: Framework | undefined;
  /** The parsed file, to position further findings about it; undefined when it is missing. */
  entry: ContentFile<Framework> | undefined;
  /** What is wrong with the file: empty when `framework` is there. */
  messages: AuthoringMessage[];
}

/** content/framework.yaml's text, validated by the course-wide framework schema. */
export function readFrameworkText(text: string): FrameworkRead {
  const messages: AuthoringMessage[] = [];
  const entry = readContentFile<Framework>(FRAMEWORK_FILE, text, 'yaml', frameworkSchema, messages);
  return { framework: entry.data, entry, messages };
}

/** content/framework.yaml under `root`: the one place it is read and validated. */
export function readFramework(root: string): FrameworkRead {
  const file = join(root, FRAMEWORK_FILE);
  if (!existsSync(file))
    return {
      framework: undefined,
      entry: undefined,
      messages: [
        {
          severity: 'error',
          file: FRAMEWORK_FILE,
          line: 1,
          column: 1,
          field: '',
          message:
            'the competency framework file is missing: modules and scenarios need its dimensions, and scenarios its domains',
        },
      ],
    };
  return readFrameworkText(readFileSync(file, 'utf8'));
}
