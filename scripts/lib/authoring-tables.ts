import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { audienceLabels, audiences } from '../../src/schemas/audiences';
import { readKnownIds } from '../../src/scenario/load';
import { parseYaml } from '../../src/scenario/parse';

/*
 * The tables of valid ids in docs/authoring-scenarios.md, made from the same sources the checker
 * reads (content/framework.yaml, content/roles, content/modules, content/glossary and the audience
 * list), so the guide lists exactly the ids a scenario may use. A test fails when the guide's copy
 * is stale; `tsx scripts/authoring-tables.ts` rewrites it.
 */

export const START = '<!-- valid-ids:start (made by scripts/authoring-tables.ts: edit the content, not this block) -->';
export const END = '<!-- valid-ids:end -->';

/** A field of a YAML file (or of an .mdx file's front matter), or undefined. */
function field(file: string, name: string): string | undefined {
  const text = readFileSync(file, 'utf8');
  const yaml = file.endsWith('.mdx') ? (/^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '') : text;
  const data = parseYaml(yaml).data as Record<string, unknown> | undefined;
  const value = data?.[name];
  return typeof value === 'string' ? value : undefined;
}

const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim();

function table(heading: string, intro: string, columns: [string, string], rows: [string, string][]): string {
  return [
    `### ${heading}`,
    '',
    intro,
    '',
    `| ${columns[0]} | ${columns[1]} |`,
    '|---|---|',
    ...rows.map(([id, name]) => `| \`${id}\` | ${cell(name)} |`),
  ].join('\n');
}

/** The first file in `dir` named `id` with one of `extensions`. */
function fileFor(dir: string, id: string, extensions: readonly string[]): string {
  for (const ext of extensions) {
    const file = join(dir, `${id}${ext}`);
    try {
      readFileSync(file);
      return file;
    } catch {
      // try the next extension
    }
  }
  throw new Error(`no file for "${id}" in ${dir}`);
}

/** The generated block, markers included. */
export function authoringTables(root: string): string {
  const known = readKnownIds(root);
  if (!known.ok) throw new Error(known.problems.join('\n'));
  const { framework, roles, modules, concepts } = known.ids;
  const named = (set: ReadonlySet<string> | undefined, folder: string, extensions: string[], key: string): [string, string][] =>
    [...(set ?? [])].sort().map((id) => [id, field(fileFor(join(root, 'content', folder), id, extensions), key) ?? '']);
  return [
    START,
    '',
    table(
      'Dimensions',
      `The ${framework.dimensions.length} competency dimensions an option can score on (\`scores\`), from \`content/framework.yaml\`, with the module the debrief suggests for each.`,
      ['id', 'dimension (and its module)'],
      framework.dimensions.map((d) => [d.id, `${d.name} (\`${d.module}\`)`]),
    ),
    '',
    table(
      'Domains',
      `The ${framework.domains.length} domains of a child's life, used by \`start\`, \`drift\`, \`spill\`, signals, \`vulnerability\`, supports and \`level\` conditions. Each runs from 0 to its scale's top.`,
      ['id', 'domain'],
      framework.domains.map((d) => [d.id, `${d.name} (0–${d.scale.max})`]),
    ),
    '',
    table(
      'Roles',
      "The learner's `role`: a file in `content/roles/`.",
      ['id', 'role'],
      named(roles, 'roles', ['.yaml', '.yml'], 'name'),
    ),
    '',
    table(
      'Modules',
      "For `modules` and each option's `expert.module`: a file in `content/modules/`.",
      ['id', 'module'],
      named(modules, 'modules', ['.mdx'], 'title'),
    ),
    '',
    table(
      'Glossary terms',
      'For `concepts`: a file in `content/glossary/`.',
      ['id', 'term'],
      named(concepts, 'glossary', ['.yaml', '.yml', '.md'], 'term'),
    ),
    '',
    table(
      'Audiences',
      'For `audiences`: the fixed list in `src/schemas/audiences.ts`.',
      ['id', 'who'],
      audiences.map((a) => [a, audienceLabels[a]]),
    ),
    '',
    END,
  ].join('\n');
}

/** The guide with its block replaced; throws if the markers are missing. */
export function withTables(guide: string, block: string): string {
  const start = guide.indexOf(START);
  const end = guide.indexOf(END);
  if (start < 0 || end < start) throw new Error(`the guide has no "${START}" … "${END}" block`);
  return guide.slice(0, start) + block + guide.slice(end + END.length);
}
