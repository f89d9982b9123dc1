import { FAILSAFE_SCHEMA, load, Type } from 'js-yaml';

/*
 * A fast reader for very large scenario files (generated ones run to megabytes). The `yaml`
 * package, which the positioned reader (src/authoring/yaml.ts) uses for its line and column
 * positions, reads about 1.5 MB a second; js-yaml reads the same data ten times faster but keeps
 * no positions. So a large file is read here, and yaml.ts is only asked for positions when a
 * message needs one.
 *
 * The two must give the same data. js-yaml is given the scalar rules of the `yaml` package's
 * YAML 1.2 core schema (below, copied from its tags), so `1_000`, `yes` or `2026-01-01` read as
 * the same text or number in both. js-yaml is more forgiving of some slips that yaml.ts reports
 * (a quoted text continued on a line less indented, a "#" straight after a value), so it is only
 * trusted with a plain layout: one key or list item per line, text on one line, no anchors,
 * aliases, tags, block scalars or tabs; generated files are written that way. Anything else, and
 * anything js-yaml refuses, is left to yaml.ts. tests/unit/scenario/read-yaml.test.ts compares the
 * two readers, on damaged files too.
 */

/** Files smaller than this are written by hand: the positioned parser reads them quickly enough. */
export const FAST_READ_BYTES = 128 * 1024;

const scalar = (tag: string, test: RegExp, construct: (s: string) => unknown) =>
  new Type(`tag:yaml.org,2002:${tag}`, { kind: 'scalar', resolve: (s: string | null) => test.test(s ?? ''), construct });

// The yaml package's core tags (yaml/dist/schema/core/*.js and common/null.js), in its order.
const coreSchema = FAILSAFE_SCHEMA.extend({
  implicit: [
    scalar('null', /^(?:~|[Nn]ull|NULL)?$/, () => null),
    scalar('bool', /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/, (s) => s[0] === 't' || s[0] === 'T'),
    scalar('int', /^(?:0o[0-7]+|[-+]?[0-9]+|0x[0-9a-fA-F]+)$/, (s) =>
      s.startsWith('0o') ? parseInt(s.slice(2), 8) : s.startsWith('0x') ? parseInt(s.slice(2), 16) : parseInt(s, 10),
    ),
    scalar(
      'float',
      /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+|[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*))$/,
      (s) =>
        s.slice(-3).toLowerCase() === 'nan' ? NaN : /inf$/i.test(s) ? (s[0] === '-' ? -Infinity : Infinity) : parseFloat(s),
    ),
  ],
});

// A line of the plain layout: indentation, any "- " list markers, then a key with or without a
// value on the line, or a value alone. A value is double-quoted text on one line, [], {}, or
// plain words that cannot be read as anything but text, a number, true, false or null.
const KEY = /[A-Za-z0-9_][A-Za-z0-9_.-]*/.source;
const VALUE = /(?:"(?:[^"\\]|\\.)*"|\[\]|\{\}|[A-Za-z0-9_+.-](?:[^:#{}[\],&*!|>'"%@`\t]*[^:#{}[\],&*!|>'"%@`\t ])?)/.source;
const PLAIN_LINE = new RegExp(`^ *(?:- +)*(?:${KEY}:(?: +${VALUE})?|${VALUE})$`);

/** True when every line is blank, a whole-line comment, or a plain-layout line. */
function plainLayout(text: string): boolean {
  for (const line of text.split('\n')) {
    if (line === '' || /^ *#/.test(line)) continue;
    if (!PLAIN_LINE.test(line)) return false;
  }
  return true;
}

/** True when some list or mapping appears twice in the data: the file used an alias (*name) of it. */
function shares(value: unknown, seen = new Set<object>()): boolean {
  if (value === null || typeof value !== 'object') return false;
  if (seen.has(value)) return true;
  seen.add(value);
  for (const child of Array.isArray(value) ? value : Object.values(value)) if (shares(child, seen)) return true;
  return false;
}

/**
 * The data of a large file, or null when the file is small, is not plain YAML that js-yaml reads
 * the same way, or is empty: yaml.ts then reads it, with positions and its own messages.
 */
export function readLargeYaml(text: string): { data: unknown } | null {
  if (text.length < FAST_READ_BYTES || text.includes('__proto__')) return null;
  return readFast(text);
}

/** The fast reader on any text, for the tests that compare it with yaml.ts. */
export function readFast(text: string): { data: unknown } | null {
  if (!plainLayout(text)) return null;
  let data: unknown;
  try {
    data = load(text, { schema: coreSchema });
  } catch {
    return null;
  }
  if (data === null || data === undefined || shares(data)) return null;
  return { data };
}
