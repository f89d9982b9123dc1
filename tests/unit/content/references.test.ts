import { describe, expect, it } from 'vitest';
import { checkContent } from '../../../src/content-check/check';
import { formatMessage } from '../../../src/authoring/message';

describe('cross-references between course files', () => {
  const { messages } = checkContent('tests/fixtures/content/project');
  const lines = messages.map(formatMessage);

  it('names the file, field and line of every id that points nowhere', () => {
    expect(lines).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^content\/modules\/first\.mdx:9:\d+ error concepts\.1: unknown glossary term "missing-term"$/),
        expect.stringMatching(/^content\/modules\/first\.mdx:10:\d+ error dimensions\.1: unknown dimension "nonsense"$/),
        expect.stringMatching(/^content\/glossary\/known-term\.yaml:4:\d+ error related\.1: unknown glossary term "absent"$/),
        expect.stringMatching(/^content\/pathways\/route\.yaml:9:\d+ error steps\.1\.id: unknown module "second"$/),
        expect.stringMatching(/^content\/pathways\/route\.yaml:10:\d+ error steps\.2\.id: unknown scenario "nobody"$/),
      ]),
    );
  });

  it('checks glossary terms and reflection ids used in the MDX body, with their lines', () => {
    expect(lines).toContainEqual(expect.stringMatching(/^content\/modules\/first\.mdx:\d+:\d+ error Term: unknown glossary term "ghost"$/));
    expect(lines).toContainEqual(expect.stringMatching(/^content\/modules\/first\.mdx:\d+:\d+ error Reflection: duplicate reflection id "one"/));
  });

  it('refuses links that are not http(s), mailto or a page of the course, in YAML fields and MDX bodies', () => {
    expect(lines).toContainEqual(
      expect.stringMatching(/^content\/glossary\/known-term\.yaml:3:\d+ error definition: unsafe link "javascript:alert\(1\)"/),
    );
    expect(lines).toContainEqual(expect.stringMatching(/^content\/modules\/first\.mdx:\d+:\d+ error: unsafe link "data:text\/html,/));
  });

  it('accepts references that resolve', () => {
    expect(lines.join('\n')).not.toMatch(/"known-term"|"whole-child"|"first"/);
  });

  it('warns when a term lists itself as related', () => {
    expect(lines).toContainEqual(expect.stringMatching(/^content\/glossary\/known-term\.yaml:4:\d+ warning related: a term should not list itself/));
  });
});
