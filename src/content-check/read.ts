import type { ZodTypeAny } from 'zod';
import { parseYamlWithPositions, type Position } from './locate';
import type { ContentMessage } from './messages';

/** A course file after parsing and schema validation. */
export interface ContentFile<T = unknown> {
  id: string;
  file: string;
  /** The validated data, or undefined when the file has errors. */
  data: T | undefined;
  /** MDX body (empty for YAML files) and the line it starts on. */
  body: string;
  bodyLine: number;
  locate(path: readonly (string | number)[]): Position;
}

const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

/**
 * Parses one course file and validates it against its schema.
 * Every problem becomes a message with the file, the field and the line.
 */
export function readContentFile(
  file: string,
  text: string,
  format: 'mdx' | 'yaml',
  schema: ZodTypeAny,
  messages: ContentMessage[],
): ContentFile {
  const id = (file.split('/').pop() ?? file).replace(/\.[^.]+$/, '');
  let yamlText = text;
  let body = '';
  let bodyLine = 1;
  if (format === 'mdx') {
    const match = frontmatter.exec(text);
    if (!match) {
      messages.push({ severity: 'error', file, line: 1, column: 1, field: '', message: 'the file must start with YAML frontmatter between two --- lines' });
      return { id, file, data: undefined, body: text, bodyLine: 1, locate: () => ({ line: 1, column: 1 }) };
    }
    yamlText = match[1] ?? '';
    body = text.slice(match[0].length);
    bodyLine = match[0].split('\n').length;
  }
  // Frontmatter YAML starts on line 2 of an MDX file.
  const parsed = parseYamlWithPositions(yamlText, format === 'mdx' ? 1 : 0);
  for (const e of parsed.syntaxErrors) {
    messages.push({ severity: 'error', file, ...e.position, field: '', message: `YAML syntax: ${e.message}` });
  }
  if (parsed.syntaxErrors.length) return { id, file, data: undefined, body, bodyLine, locate: parsed.locate };
  const result = schema.safeParse(parsed.data ?? {});
  if (!result.success) {
    for (const issue of result.error.issues) {
      messages.push({ severity: 'error', file, ...parsed.locate(issue.path), field: issue.path.join('.'), message: issue.message });
    }
  }
  return { id, file, data: result.success ? result.data : undefined, body, bodyLine, locate: parsed.locate };
}
