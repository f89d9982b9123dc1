import type { ZodTypeAny } from 'zod';
import type { AuthoringMessage } from './message';
import { parseYamlWithPositions, type Path, type Position } from './yaml';

/** A course file after parsing and schema validation. */
export interface ContentFile<T = unknown> {
  id: string;
  file: string;
  /** The validated data, or undefined when the file has errors. */
  data: T | undefined;
  /** MDX body (empty for YAML files) and the line it starts on. */
  body: string;
  bodyLine: number;
  locate(path: Path): Position;
}

/** A course file's id: its name without folder or extension. */
export const idOf = (file: string): string => (file.split(/[\\/]/).pop() ?? file).replace(/\.[^.]+$/, '');

const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

/** An MDX file's YAML frontmatter (which starts on line 2), and the body after it with the line it starts on. */
export function splitFrontmatter(text: string): { yaml: string; body: string; bodyLine: number } | undefined {
  const match = frontmatter.exec(text);
  if (!match) return undefined;
  return { yaml: match[1] ?? '', body: text.slice(match[0].length), bodyLine: match[0].split('\n').length };
}

/**
 * Parses one course file and validates it against its schema.
 * Every problem becomes a message with the file, the field and the line.
 */
export function readContentFile<T = unknown>(
  file: string,
  text: string,
  format: 'mdx' | 'yaml',
  schema: ZodTypeAny,
  messages: AuthoringMessage[],
): ContentFile<T> {
  const id = idOf(file);
  let yamlText = text;
  let body = '';
  let bodyLine = 1;
  if (format === 'mdx') {
    const split = splitFrontmatter(text);
    if (!split) {
      messages.push({ severity: 'error', file, line: 1, column: 1, field: '', message: 'the file must start with YAML frontmatter between two --- lines' });
      return { id, file, data: undefined, body: text, bodyLine: 1, locate: () => ({ line: 1, column: 1 }) };
    }
    ({ yaml: yamlText, body, bodyLine } = split);
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
  return { id, file, data: result.success ? (result.data as T) : undefined, body, bodyLine, locate: parsed.locate };
}
