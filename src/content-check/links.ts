import { unsafeLinks } from '../security/links';
import type { ContentFile } from '../authoring/content-file';
import type { AuthoringMessage } from '../authoring/message';

const why = 'links may only be http(s), mailto or a page of the course';

/** Every text field and the MDX body: no address another scheme could turn into code (src/security/links.ts). */
export function checkLinks(entry: ContentFile, messages: AuthoringMessage[]): void {
  const walk = (value: unknown, path: (string | number)[]) => {
    if (typeof value === 'string') {
      for (const link of unsafeLinks(value))
        messages.push({
          severity: 'error',
          file: entry.file,
          ...entry.locate(path),
          field: path.join('.'),
          message: `unsafe link "${link.url}": ${why}`,
        });
    } else if (Array.isArray(value)) value.forEach((v, i) => walk(v, [...path, i]));
    else if (typeof value === 'object' && value !== null) for (const [k, v] of Object.entries(value)) walk(v, [...path, k]);
  };
  walk(entry.data, []);
  for (const link of unsafeLinks(entry.body)) {
    const before = entry.body.slice(0, link.offset).split('\n');
    messages.push({
      severity: 'error',
      file: entry.file,
      line: entry.bodyLine + before.length - 1,
      column: (before.at(-1)?.length ?? 0) + 1,
      field: '',
      message: `unsafe link "${link.url}": ${why}`,
    });
  }
}
