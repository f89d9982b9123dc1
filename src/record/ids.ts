/**
 * A random id such as 'cpd-3f9c…'. Uses crypto.getRandomValues, which, unlike randomUUID, also
 * works on pages served over plain http (a course laptop on a training venue's network).
 */
export function newId(prefix: string): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return `${prefix}-${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}
