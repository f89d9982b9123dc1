/** A run of text, italic or not. */
export interface Segment {
  text: string;
  italic: boolean;
}

/**
 * Splits `*italic*` markup in a reference string into segments, so references render
 * with APA italics without passing author text to set:html.
 */
export function italicSegments(text: string): Segment[] {
  return text
    .split(/(\*[^*]+\*)/)
    .filter(Boolean)
    .map((part) => (part.startsWith('*') && part.endsWith('*') && part.length > 2 ? { text: part.slice(1, -1), italic: true } : { text: part, italic: false }));
}
