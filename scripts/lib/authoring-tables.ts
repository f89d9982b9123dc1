import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { idOf, splitFrontmatter } from '../../src/authoring/content-file';
import { listCourseFiles, readFramework, type CourseFolder } from '../../src/authoring/course-facts';
import { formatMessage } from '../../src/authoring/message';
import { parseYamlWithPositions } from '../../src/authoring/yaml';
import { audienceLabels, audiences } from '../../src/schemas/audiences';

/*
 * The tables of valid ids in docs/authoring-scenarios.md, made by the reader the checker uses
 * (src/authoring/course-facts.ts: content/framework.yaml, content/roles, content/modules,
 * content/glossary) and from the audience list, so the guide lists exactly the ids a scenario may
 * use. A test fails when the guide's copy is stale; `tsx scripts/authoring-tables.ts` rewrites it.
 */

export const START = '<!-- valid-ids:start (made by scripts/authoring-tables.ts: edit the content, not this block) -->';
export const END = '<!-- valid-ids:end -->';

/** A field of a YAML file (or of an .mdx file's front matter), or undefined. */
function field(file: string, name: string): string | undefined {
  const text = readFileSync(file, 'utf8');
  const yaml = file.endsWith('.mdx') ? (splitFrontmatter(text)?.yaml ?? '') : text;
  const data = parseYamlWithPositions(yaml).data as Record<string, unknown> | undefined;
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

/** The generated block, markers included. */
export function authoringTables(root: string): string {
  const { framework, messages } = readFramework(root);
  if (!framework) throw new Error(messages.map(formatMessage).join('\n'));
  /** Each id the checker accepts (the files course-facts.ts lists) with a field of its file, in id order. */
  const named = (folder: CourseFolder, key: string): [string, string][] =>
    listCourseFiles(root, folder)
      .map((file): [string, string] => [idOf(file), field(join(root, file), key) ?? ''])
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
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
    table('Roles', "The learner's `role`: a file in `content/roles/`.", ['id', 'role'], named('roles', 'name')),
    '',
    table(
      'Modules',
      "For `modules` and each option's `expert.module`: a file in `content/modules/`.",
      ['id', 'module'],
      named('modules', 'title'),
    ),
    '',
    table('Glossary terms', 'For `concepts`: a file in `content/glossary/`.', ['id', 'term'], named('glossary', 'term')),
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
