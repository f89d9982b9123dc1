import { parseDocument } from 'yaml';

/*
 * How the form writes a piece of text into YAML. Authors never see the rules, so each string
 * gets the style that reads most like the files people write by hand, and that reads back as
 * exactly the same string:
 *   - plain (no quotation marks) for short, ordinary text;
 *   - a folded block (`>-`), wrapped at LINE_WIDTH, for a long paragraph: inside a block no
 *     character needs escaping, so colons, hashes, quotation marks and leading hyphens are safe;
 *   - a literal block (`|`) for text with line breaks (Markdown lists, several paragraphs);
 *   - double quotation marks otherwise, and always inside `{ }` or `[ ]`, where blocks cannot go.
 * Double quotation marks can say anything, so they are the fallback: the writers check every
 * edit by reading it back and use the "quoted" style when the preferred one does not come back
 * exactly.
 */

/** The width the shipped scenarios are wrapped to. */
export const LINE_WIDTH = 100;

export type ScalarStyle = 'preferred' | 'quoted';

/** Where a value goes in the text. */
export interface ScalarPlace {
  /** Inside a flow collection (`{ }` or `[ ]`), where block styles cannot go. */
  flow: boolean;
  /** The column the value starts at, to judge whether it fits on the line. */
  column: number;
  /** The indentation of the key that owns the value; a block's lines go two spaces further in. */
  indent: number;
}

// Characters YAML will not take raw, or that some readers treat as line breaks; written as escapes.
const UNPRINTABLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]/;
const UNPRINTABLE_ALL = new RegExp(UNPRINTABLE.source, 'g');
// Characters that start something else (a list item, a comment, an anchor, a quoted string…) at the start of a plain value.
const INDICATOR_START = /^[-?:,[\]{}#&*!|>'"%@`]/;

export function doubleQuoted(value: string): string {
  // JSON's escapes are all valid in YAML's double-quoted style; JSON leaves a few unprintable characters raw.
  return JSON.stringify(value).replace(UNPRINTABLE_ALL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** True when a YAML reader (1.2, or the older 1.1 some editors use) reads `value` unquoted as this very string. */
export function plainSafe(value: string, flow: boolean): boolean {
  if (value === '' || value !== value.trim() || /[\n\r\t]/.test(value) || UNPRINTABLE.test(value)) return false;
  if (INDICATOR_START.test(value) || /: | #|:$/.test(value)) return false;
  if (flow && /[,[\]{}]/.test(value)) return false;
  // Words such as true, null, yes or 12 and dates would come back as something other than text.
  return (['core', 'yaml-1.1'] as const).every((schema) => {
    const doc = parseDocument(value, { schema });
    return doc.errors.length === 0 && doc.toJS() === value;
  });
}

function blockSafe(value: string): boolean {
  return value !== '' && !/^[ \t\n]/.test(value) && !/[\r\t]/.test(value) && !UNPRINTABLE.test(value);
}

/**
 * Breaks a paragraph at single spaces so no line passes `width`, where it can: a folded block turns
 * each of those line breaks back into the one space, so the text reads back unchanged.
 */
function wrap(value: string, width: number): string[] {
  const breakable = (i: number) => value[i] === ' ' && value[i - 1] !== ' ' && value[i + 1] !== ' ';
  const lines: string[] = [];
  let start = 0;
  while (value.length - start > width) {
    // The last break that keeps the line within the width, or failing that the first at all.
    let cut = -1;
    for (let i = start + 1; i < value.length - 1; i++) {
      if (!breakable(i)) continue;
      if (i - start <= width) cut = i;
      else {
        if (cut < 0) cut = i;
        break;
      }
    }
    if (cut < 0) break;
    lines.push(value.slice(start, cut));
    start = cut + 1;
  }
  lines.push(value.slice(start));
  return lines;
}

function folded(value: string, indent: number): string {
  const pad = ' '.repeat(indent + 2);
  return `>-${wrap(value, LINE_WIDTH - pad.length)
    .map((line) => `\n${pad}${line}`)
    .join('')}`;
}

function literal(value: string, indent: number): string {
  const pad = ' '.repeat(indent + 2);
  const body = value.replace(/\n+$/, '');
  const trailing = value.length - body.length;
  // "-" drops the final line break, none keeps one, "+" keeps them all.
  const chomp = trailing === 0 ? '-' : trailing === 1 ? '' : '+';
  const lines = body.split('\n').map((line) => (line === '' ? '\n' : `\n${pad}${line}`));
  return `|${chomp}${lines.join('')}${'\n'.repeat(Math.max(0, trailing - 1))}`;
}

/** The YAML for `value` at `place`, without a final line break. */
export function renderString(value: string, place: ScalarPlace, style: ScalarStyle): string {
  if (style === 'quoted') return doubleQuoted(value);
  const multiline = value.includes('\n');
  const fits = place.column + value.length <= LINE_WIDTH;
  if (!multiline && plainSafe(value, place.flow) && (fits || place.flow)) return value;
  if (place.flow || !blockSafe(value)) return doubleQuoted(value);
  if (multiline) return literal(value, place.indent);
  return fits ? doubleQuoted(value) : folded(value, place.indent);
}

/** A mapping key: plain when it can be, as every key in the scenario files is. */
export function renderKey(key: string): string {
  return plainSafe(key, true) ? key : doubleQuoted(key);
}
