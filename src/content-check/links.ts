import { unsafeLinksInData, unsafeLinksInText } from '../authoring/unsafe-links';
import type { ContentFile } from '../authoring/content-file';
import type { AuthoringMessage } from '../authoring/message';

/** Every text field and the MDX body: no address another scheme could turn into code. */
export function checkLinks(entry: ContentFile, messages: AuthoringMessage[]): void {
  for (const { path, message } of unsafeLinksInData(entry.data))
    messages.push({ severity: 'error', file: entry.file, ...entry.locate(path), field: path.join('.'), message });
  for (const { message, ...position } of unsafeLinksInText(entry.body, entry.bodyLine))
    messages.push({ severity: 'error', file: entry.file, ...position, field: '', message });
}
