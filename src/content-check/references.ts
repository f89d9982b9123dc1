import type { ContentFile } from '../authoring/content-file';
import type { AuthoringMessage } from '../authoring/message';
import type { CourseIds } from '../authoring/course-facts';

/** The ids each kind of thing can be referred to by: the course's files (course-facts.ts) and the framework's dimensions. */
export interface KnownIds extends CourseIds {
  dimensions: ReadonlySet<string>;
}

type IdKind = keyof KnownIds;

/**
 * Reports every id in `field` (a string or a list of strings) that names nothing.
 * Positions point at the offending list item.
 */
export function checkIds(
  entry: ContentFile,
  field: readonly (string | number)[],
  kind: IdKind,
  known: KnownIds,
  messages: AuthoringMessage[],
): void {
  let value: unknown = entry.data;
  for (const key of field) value = (value as Record<string | number, unknown> | undefined)?.[key];
  const ids = Array.isArray(value) ? value : value === undefined ? [] : [value];
  ids.forEach((id, i) => {
    if (typeof id !== 'string' || known[kind].has(id)) return;
    const path = Array.isArray(value) ? [...field, i] : field;
    messages.push({
      severity: 'error',
      file: entry.file,
      ...entry.locate(path),
      field: path.join('.'),
      message: `unknown ${kind === 'glossary' ? 'glossary term' : kind.replace(/s$/, '')} "${id}"`,
    });
  });
}

/** `<Term id="…">` and `<Reflection id="…">` in an MDX body, with their lines. */
export function componentIds(entry: ContentFile, component: string): { id: string; line: number; column: number }[] {
  const found: { id: string; line: number; column: number }[] = [];
  const pattern = new RegExp(`<${component}\\b[^>]*?\\bid="([^"]*)"`, 'g');
  entry.body.split('\n').forEach((text, i) => {
    for (const m of text.matchAll(pattern)) found.push({ id: m[1] ?? '', line: entry.bodyLine + i, column: (m.index ?? 0) + 1 });
  });
  return found;
}
