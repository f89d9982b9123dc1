import { describe, expect, it } from 'vitest';
import { unsafeLinksInData, unsafeLinksInText } from '../../../src/authoring/unsafe-links';
import { checkContent } from '../../../src/content-check/check';
import { analyseScenario } from '../../../src/scenario/analyse';
import { knownIds } from '../scenario/helpers';
import { DRAFT, minimal, swap } from '../scenario/minimal';

/*
 * One check for links a course may not hold, used by the content check (fields and MDX bodies) and
 * by the scenario checker (every text of a scenario). What counts as unsafe is src/security/links.ts,
 * tested in tests/unit/security/links.test.ts; here, where each link is reported and in what words.
 */
const why = 'links may only be http(s), mailto or a page of the course';

describe('unsafe links in what an author wrote', () => {
  it('finds each one in every text of the data, however deep, with the path of its field', () => {
    const feedback = 'See [the policy](javascript:go()), or <vbscript:run>.';
    const data = { title: 'Safe [link](https://example.org)', minutes: 10, scenes: { a: { options: [{ feedback }] } } };
    const path = ['scenes', 'a', 'options', 0, 'feedback'];
    expect(unsafeLinksInData(data)).toEqual([
      { path, message: `unsafe link "javascript:go()": ${why}` },
      { path, message: `unsafe link "vbscript:run": ${why}` },
    ]);
    expect(unsafeLinksInData({ text: 'mailto and [a page](../glossary/)', list: ['[x](https://a.org)'] })).toEqual([]);
  });

  it('gives a link in an MDX body the line and column of the link itself', () => {
    expect(unsafeLinksInText('Intro.\n\nA [link](data:text/html,x) here.', 5)).toEqual([
      { line: 7, column: 10, message: `unsafe link "data:text/html,x": ${why}` },
    ]);
  });

  it('is reported in the same words by the content check and by scenarios:check', () => {
    const fromContent = checkContent('tests/fixtures/content/project').messages.filter((m) =>
      m.message.startsWith('unsafe link'),
    );
    expect(fromContent.map((m) => [m.file, m.field, m.message])).toEqual([
      ['content/modules/first.mdx', '', `unsafe link "data:text/html,<script": ${why}`],
      ['content/glossary/known-term.yaml', 'definition', `unsafe link "javascript:alert(1)": ${why}`],
    ]);
    const scenario = swap('fed and calm.', 'fed and calm. [More](javascript:alert(1)).')(minimal);
    const fromScenario = analyseScenario(DRAFT, scenario, knownIds).report.messages;
    expect(fromScenario.map((m) => [m.code, m.line, m.column, m.message])).toEqual([
      ['unsafe-link', 107, 21, fromContent[1]!.message],
    ]);
  });
});
