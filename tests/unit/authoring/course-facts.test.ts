import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FRAMEWORK_FILE, listCourseFiles, readCourseIds, readFramework } from '../../../src/authoring/course-facts';
import { formatMessage } from '../../../src/authoring/message';
import { checkContent } from '../../../src/content-check/check';
import { readKnownIds } from '../../../src/scenario/load';
import { root } from '../scenario/helpers';

/*
 * The content check and the scenario checker learn what exists in the course from one reader, so
 * they agree on which ids may be named and say the same about a broken content/framework.yaml.
 */

const projects: string[] = [];
/** A throwaway project holding `files` (path → text). */
function project(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'course-facts-'));
  projects.push(dir);
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), text);
  }
  return dir;
}
afterAll(() => {
  for (const dir of projects) rmSync(dir, { recursive: true, force: true });
});

const framework = readFileSync(join(root, FRAMEWORK_FILE), 'utf8');

describe('what the course holds, read once for every checker', () => {
  it('gives the scenario checker the framework and ids the content check reads', () => {
    const known = readKnownIds(root);
    const ids = readCourseIds(root);
    expect(known.ok).toBe(true);
    if (!known.ok) return;
    expect(known.ids.framework).toEqual(readFramework(root).framework);
    expect(known.ids.roles).toEqual(ids.roles);
    expect(known.ids.modules).toEqual(ids.modules);
    expect(known.ids.concepts).toEqual(ids.glossary);
    expect(ids.modules.size).toBe(10);
  });

  it('leaves out drafts and files of other kinds, for both checkers', () => {
    const dir = project({
      [FRAMEWORK_FILE]: framework,
      'content/roles/school-nurse.yaml': 'name: School nurse\n',
      'content/roles/_draft-role.yaml': 'name: Not yet\n',
      'content/glossary/term.yml': 'term: A term\n',
      'content/glossary/notes.md': '# not a glossary entry\n',
      'scenarios/_draft.yaml': 'id: _draft\n',
    });
    expect(listCourseFiles(dir, 'roles')).toEqual(['content/roles/school-nurse.yaml']);
    expect(listCourseFiles(dir, 'scenarios')).toEqual([]);
    const known = readKnownIds(dir);
    expect(known.ok && [[...(known.ids.roles ?? [])], [...(known.ids.concepts ?? [])], known.ids.modules]).toEqual([
      ['school-nurse'],
      ['term'],
      undefined,
    ]);
  });

  it('reports a broken framework file in the same words to the content check and to scenarios:check', () => {
    const dir = project({ [FRAMEWORK_FILE]: framework.replace(/\ndomains:[\s\S]*$/, '\n') });
    const known = readKnownIds(dir);
    const fromContent = checkContent(dir)
      .messages.filter((m) => m.file === FRAMEWORK_FILE)
      .map(formatMessage);
    expect(fromContent).toEqual([expect.stringMatching(/^content\/framework\.yaml:\d+:\d+ error domains: Required$/)]);
    expect(known.ok ? [] : known.problems).toEqual(fromContent);
  });

  it('says the same when the framework file is missing', () => {
    const dir = project({});
    const known = readKnownIds(dir);
    const fromContent = checkContent(dir).messages.map(formatMessage);
    expect(fromContent).toEqual([
      'content/framework.yaml:1:1 error: the competency framework file is missing: modules and scenarios need its dimensions, and scenarios its domains',
    ]);
    expect(known.ok ? [] : known.problems).toEqual(fromContent);
  });
});
