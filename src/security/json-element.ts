/**
 * JSON for a `<script type="application/json">` element, the one way pages hand data to their
 * islands: every "<" is escaped, so no text inside ("</script>", "<!--") can end the element early.
 */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

/**
 * Reads the JSON a page carries in a `<script type="application/json">` for its islands; null when
 * the element is missing or broken, so the island can say so instead of failing.
 */
export function readJsonElement<T>(elementId: string): T | null {
  const text = document.getElementById(elementId)?.textContent;
  if (!text) return null;
  try {
    return JSON.parse(text) as T;
  } catch {
    return null;
  }
}
