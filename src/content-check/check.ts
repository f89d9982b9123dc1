import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentKinds, type ContentKindName } from './kinds';
import { readContentFile, type ContentFile } from './read';
import { checkLinks } from './links';
import { checkIds, componentIds, type KnownIds } from './references';
import { frameworkSchema, type Framework } from '../schemas/framework';
import type { ModuleFrontmatter } from '../schemas/module';
import type { GlossaryEntry } from '../schemas/glossary';
import type { Pathway } from '../schemas/pathway';
import type { ContentMessage } from './messages';

/** Files whose names start with `_` are drafts kept out of the site, as Astro's loaders skip them. */
function listFiles(root: string, dir: string, extensions: readonly string[]): string[] {
  const full = join(root, dir);
  if (!existsSync(full)) return [];
  return readdirSync(full)
    .filter((name) => !name.startsWith('_') && extensions.some((ext) => name.endsWith(ext)))
    .sort()
    .map((name) => `${dir}/${name}`);
}

export interface ContentReport {
  messages: ContentMessage[];
  files: number;
}

/**
 * Validates every course file under `root` and every reference between them.
 * Pure apart from reading files: the build, the CLI and the tests all call this.
 */
export function checkContent(root: string): ContentReport {
  const messages: ContentMessage[] = [];
  const entries = {} as Record<ContentKindName, ContentFile[]>;
  let files = 0;
  for (const [name, kind] of Object.entries(contentKinds) as [ContentKindName, (typeof contentKinds)[ContentKindName]][]) {
    const paths = listFiles(root, kind.dir, kind.format === 'mdx' ? ['.mdx'] : ['.yaml', '.yml']);
    files += paths.length;
    entries[name] = paths.map((file) =>
      readContentFile(file, readFileSync(join(root, file), 'utf8'), kind.format, kind.schema, messages),
    );
  }

  const frameworkFile = 'content/framework.yaml';
  let frameworkEntry: ContentFile | undefined;
  if (existsSync(join(root, frameworkFile))) {
    files++;
    frameworkEntry = readContentFile(
      frameworkFile,
      readFileSync(join(root, frameworkFile), 'utf8'),
      'yaml',
      frameworkSchema,
      messages,
    );
  } else {
    messages.push({
      severity: 'error',
      file: frameworkFile,
      line: 1,
      column: 1,
      field: '',
      message: 'the competency framework file is missing',
    });
  }

  const framework = frameworkEntry?.data as Framework | undefined;
  if (frameworkEntry && framework) checkFramework(frameworkEntry, framework, messages);

  for (const entry of Object.values(entries).flat()) checkLinks(entry, messages);

  const known: KnownIds = {
    modules: new Set(entries.modules.map((e) => e.id)),
    glossary: new Set(entries.glossary.map((e) => e.id)),
    roles: new Set(entries.roles.map((e) => e.id)),
    pathways: new Set(entries.pathways.map((e) => e.id)),
    sessions: new Set(entries.sessions.map((e) => e.id)),
    scenarios: new Set(listFiles(root, 'scenarios', ['.yaml', '.yml']).map((f) => f.replace(/^.*\/|\.ya?ml$/g, ''))),
    dimensions: new Set(framework?.dimensions.map((d) => d.id) ?? []),
  };

  for (const entry of entries.modules) {
    if (!entry.data) continue;
    checkIds(entry, ['concepts'], 'glossary', known, messages);
    checkIds(entry, ['dimensions'], 'dimensions', known, messages);
    checkIds(entry, ['scenarios'], 'scenarios', known, messages);
    checkBodyComponents(entry, known, messages);
    const data = entry.data as ModuleFrontmatter;
    const clash = entries.modules.find(
      (other) => other !== entry && (other.data as ModuleFrontmatter | undefined)?.order === data.order,
    );
    if (clash)
      messages.push({
        severity: 'warning',
        file: entry.file,
        ...entry.locate(['order']),
        field: 'order',
        message: `order ${data.order} is also used by ${clash.file}`,
      });
  }
  for (const entry of entries.sessions) {
    if (!entry.data) continue;
    checkIds(entry, ['scenarios'], 'scenarios', known, messages);
    checkIds(entry, ['modules'], 'modules', known, messages);
    checkBodyComponents(entry, known, messages);
  }
  for (const entry of entries.glossary) {
    if (!entry.data) continue;
    checkIds(entry, ['related'], 'glossary', known, messages);
    checkIds(entry, ['modules'], 'modules', known, messages);
    if ((entry.data as GlossaryEntry).related.includes(entry.id)) {
      messages.push({
        severity: 'warning',
        file: entry.file,
        ...entry.locate(['related']),
        field: 'related',
        message: 'a term should not list itself as related',
      });
    }
  }
  for (const entry of entries.pathways) {
    if (!entry.data) continue;
    (entry.data as Pathway).steps.forEach((step, i) => {
      const kind = step.type === 'module' ? 'modules' : step.type === 'scenario' ? 'scenarios' : 'sessions';
      if (!step.planned) checkIds(entry, ['steps', i, 'id'], kind, known, messages);
      else if (known[kind].has(step.id)) {
        messages.push({
          severity: 'warning',
          file: entry.file,
          ...entry.locate(['steps', i, 'planned']),
          field: `steps.${i}.planned`,
          message: `"${step.id}" exists now: remove planned: true`,
        });
      }
    });
  }
  if (frameworkEntry && framework) {
    framework.dimensions.forEach((_, i) => checkIds(frameworkEntry, ['dimensions', i, 'module'], 'modules', known, messages));
  }
  return { messages, files };
}

function checkFramework(fw: ContentFile, framework: Framework, messages: ContentMessage[]): void {
  const seen = new Set<string>();
  framework.dimensions.forEach((d, i) => {
    if (seen.has(d.id))
      messages.push({
        severity: 'error',
        file: fw.file,
        ...fw.locate(['dimensions', i, 'id']),
        field: `dimensions.${i}.id`,
        message: `duplicate dimension id "${d.id}"`,
      });
    seen.add(d.id);
  });
}

function checkBodyComponents(entry: ContentFile, known: KnownIds, messages: ContentMessage[]): void {
  for (const term of componentIds(entry, 'Term')) {
    if (!known.glossary.has(term.id)) {
      messages.push({
        severity: 'error',
        file: entry.file,
        line: term.line,
        column: term.column,
        field: 'Term',
        message: `unknown glossary term "${term.id}"`,
      });
    }
  }
  const seen = new Set<string>();
  for (const reflection of componentIds(entry, 'Reflection')) {
    if (seen.has(reflection.id)) {
      messages.push({
        severity: 'error',
        file: entry.file,
        line: reflection.line,
        column: reflection.column,
        field: 'Reflection',
        message: `duplicate reflection id "${reflection.id}": each must be unique in its file, or saved answers would overwrite each other`,
      });
    }
    seen.add(reflection.id);
  }
}

export type { KnownIds };
