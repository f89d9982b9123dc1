import { unsafeLinks } from '../security/links';
import type { Path, Position } from './yaml';

/*
 * Links a course may not hold (src/security/links.ts), wherever an author wrote them: a file someone
 * was sent must not be able to put a `javascript:` link in front of a learner. The content check and
 * the scenario checker both find them here, so both report the same links in the same words.
 */

const message = (url: string): string => `unsafe link "${url}": links may only be http(s), mailto or a page of the course`;

/** Every unsafe link in every text of a file's data, with the path of the field that holds it. */
export function unsafeLinksInData(data: unknown): { path: Path; message: string }[] {
  const found: { path: Path; message: string }[] = [];
  const walk = (value: unknown, path: Path) => {
    if (typeof value === 'string') for (const link of unsafeLinks(value)) found.push({ path, message: message(link.url) });
    else if (Array.isArray(value)) value.forEach((v, i) => walk(v, [...path, i]));
    else if (typeof value === 'object' && value !== null) for (const [k, v] of Object.entries(value)) walk(v, [...path, k]);
  };
  walk(data, []);
  return found;
}

/** Every unsafe link in a text that starts on line `firstLine` of its file (an MDX body), with the link's own line and column. */
export function unsafeLinksInText(text: string, firstLine: number): (Position & { message: string })[] {
  return unsafeLinks(text).map((link) => {
    const before = text.slice(0, link.offset).split('\n');
    return { line: firstLine + before.length - 1, column: (before.at(-1)?.length ?? 0) + 1, message: message(link.url) };
  });
}
