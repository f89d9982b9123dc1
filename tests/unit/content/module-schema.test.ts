import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readContentFile } from '../../../src/authoring/content-file';
import { formatMessage, type AuthoringMessage } from '../../../src/authoring/message';
import { moduleSchema } from '../../../src/schemas/module';

const dir = 'tests/fixtures/content/broken-modules';

function check(name: string): string[] {
  const file = `${dir}/${name}.mdx`;
  const messages: AuthoringMessage[] = [];
  readContentFile(file, readFileSync(file, 'utf8'), 'mdx', moduleSchema, messages);
  return messages.map(formatMessage);
}

describe('module frontmatter', () => {
  it('accepts a valid module', () => {
    expect(check('valid')).toEqual([]);
  });

  // Each broken fixture: the field the message must name and the line it must point at.
  const cases: [fixture: string, field: string, line: number, text: RegExp][] = [
    ['missing-title', 'title', 2, /Required/],
    ['negative-minutes', 'minutes', 5, /greater than 0/],
    ['outcomes-not-a-list', 'outcomes', 6, /Expected array, received string/],
    ['unknown-audience', 'audiences.1', 11, /Invalid enum value.*'astronauts'/],
    ['two-correct-answers', 'knowledgeCheck.0.answers', 18, /exactly one answer must have correct: true/],
    ['summary-too-short', 'summary', 3, /at least 20 character/],
    ['order-as-text', 'order', 4, /Expected number, received string/],
    ['no-references', 'references', 12, /at least 1 element/],
    ['bad-concept-id', 'concepts.0', 9, /kebab-case/],
  ];

  it.each(cases)('rejects %s, naming the file, the field %s and line %i', (fixture, field, line, text) => {
    const messages = check(fixture);
    expect(messages).toHaveLength(1);
    const [message] = messages;
    expect(message).toContain(`${dir}/${fixture}.mdx:${line}:`);
    expect(message).toContain(` ${field}: `);
    expect(message).toMatch(text);
  });

  it('reports a YAML syntax error with its position', () => {
    const messages = check('yaml-syntax-error');
    expect(messages.length).toBeGreaterThan(0);
    expect(messages[0]).toMatch(
      new RegExp(`^${dir}/yaml-syntax-error.mdx:5:10 error: YAML syntax: the "\\[" on line 5 is never closed`),
    );
  });

  it('rejects a file without frontmatter', () => {
    const messages: AuthoringMessage[] = [];
    readContentFile('x.mdx', '## Just a heading\n', 'mdx', moduleSchema, messages);
    expect(messages.map(formatMessage)).toEqual(['x.mdx:1:1 error: the file must start with YAML frontmatter between two --- lines']);
  });
});
