import { describe, expect, it } from 'vitest';
import { checkContent } from '../../../src/content-check/check';
import { formatMessage } from '../../../src/content-check/messages';

describe('cross-references between course files', () => {
  const { messages } = checkContent('tests/fixtures/content/project');
  const lines = messages.map(formatMessage);

  it('names the file, field and line of every id that points nowhere', () => {
    expect(lines).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^error content\/modules\/first\.mdx:9:\d+ concepts\.1: unknown glossary term "missing-term"$/),
        expect.stringMatching(/^error content\/modules\/first\.mdx:10:\d+ dimensions\.1: unknown dimension "nonsense"$/),
        expect.stringMatching(/^error content\/glossary\/known-term\.yaml:4:\d+ related\.1: unknown glossary term "absent"$/),
        expect.stringMatching(/^error content\/pathways\/route\.yaml:9:\d+ steps\.1\.id: unknown module "second"$/),
        expect.stringMatching(/^error content\/pathways\/route\.yaml:10:\d+ steps\.2\.id: unknown scenario "nobody"$/),
      ]),
    );
  });

  it('checks glossary terms and reflection ids used in the MDX body, with their lines', () => {
    expect(lines).toContainEqual(expect.stringMatching(/^error content\/modules\/first\.mdx:\d+:\d+ Term: unknown glossary term "ghost"$/));
    expect(lines).toContainEqual(expect.stringMatching(/^error content\/modules\/first\.mdx:\d+:\d+ Reflection: duplicate reflection id "one"/));
  });

  it('refuses links that are not http(s), mailto or a page of the course, in YAML fields and MDX bodies', () => {
    expect(lines).toContainEqual(
      expect.stringMatching(/^error content\/glossary\/known-term\.yaml:3:\d+ definition: unsafe link "javascript:alert\(1\)"/),
    );
    expect(lines).toContainEqual(expect.stringMatching(/^error content\/modules\/first\.mdx:\d+:\d+ unsafe link "data:text\/html,/));
  });

  it('accepts references that resolve', () => {
    expect(lines.join('\n')).not.toMatch(/"known-term"|"whole-child"|"first"/);
  });

  it('warns when a term lists itself as related', () => {
    expect(lines).toContainEqual(expect.stringMatching(/^warning content\/glossary\/known-term\.yaml:4:\d+ related: a term should not list itself/));
  });
});
