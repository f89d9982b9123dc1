import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readContentFile, type ContentFile } from '../authoring/content-file';
import { listCourseFiles, readCourseIds, readFramework } from '../authoring/course-facts';
import type { AuthoringMessage } from '../authoring/message';
import { contentKinds, type ContentKindName } from './kinds';
import { checkLinks } from './links';
import { checkIds, componentIds, type KnownIds } from './references';
import type { Framework } from '../schemas/framework';
import type { ModuleFrontmatter } from '../schemas/module';
import type { GlossaryEntry } from '../schemas/glossary';
import type { Pathway } from '../schemas/pathway';

export interface ContentReport {
  messages: AuthoringMessage[];
  files: number;
}

/**
 * Validates every course file under `root` and every reference between them.
 * Pure apart from reading files: the build, the CLI and the tests all call this.
 */
export function checkContent(root: string): ContentReport {
  const messages: AuthoringMessage[] = [];
  const entries = {} as Record<ContentKindName, ContentFile[]>;
  let files = 0;
  for (const [name, kind] of Object.entries(contentKinds) as [ContentKindName, (typeof contentKinds)[ContentKindName]][]) {
    const paths = listCourseFiles(root, name);
    files += paths.length;
    entries[name] = paths.map((file) =>
      readContentFile(file, readFileSync(join(root, file), 'utf8'), kind.format, kind.schema, messages),
    );
  }

  const { framework, entry: frameworkEntry, messages: frameworkMessages } = readFramework(root);
  if (frameworkEntry) files++;
  messages.push(...frameworkMessages);
  if (frameworkEntry && framework) checkFramework(frameworkEntry, framework, messages);

  for (const entry of Object.values(entries).flat()) checkLinks(entry, messages);

  const known: KnownIds = { ...readCourseIds(root), dimensions: new Set(framework?.dimensions.map((d) => d.id) ?? []) };

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

function checkFramework(fw: ContentFile, framework: Framework, messages: AuthoringMessage[]): void {
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

function checkBodyComponents(entry: ContentFile, known: KnownIds, messages: AuthoringMessage[]): void {
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
