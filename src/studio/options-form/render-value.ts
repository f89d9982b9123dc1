import { LINE_WIDTH, renderKey, renderString, type ScalarStyle } from './scalar-style';

/*
 * YAML for values the form adds: a new field, a new option, a list of flags. Written the way the
 * shipped scenarios are: lists of ids and tables of numbers on one line (`flags: [a, b]`,
 * `scores: { knowing-who: 1 }`), anything else as an indented block.
 */

export type NewValue = string | number | boolean | readonly NewValue[] | { readonly [key: string]: NewValue };

const pad = (n: number) => ' '.repeat(n);
const isRecord = (v: NewValue): v is { readonly [key: string]: NewValue } => typeof v === 'object' && !Array.isArray(v);

/** Numbers, yes/no and ids fit a one-line `[ ]`; prose does not. */
function short(value: NewValue): boolean {
  return typeof value !== 'object' && (typeof value !== 'string' || /^[a-z0-9][a-z0-9-]*$/.test(value));
}

export function flowValue(value: NewValue, style: ScalarStyle): string {
  if (Array.isArray(value)) return `[${value.map((v: NewValue) => flowValue(v, style)).join(', ')}]`;
  if (isRecord(value)) {
    const pairs = Object.entries(value).map(([k, v]) => `${renderKey(k)}: ${flowValue(v, style)}`);
    return pairs.length ? `{ ${pairs.join(', ')} }` : '{}';
  }
  if (typeof value === 'string') return renderString(value, { flow: true, column: 0, indent: 0 }, style);
  return String(value);
}

/** The lines of a block mapping whose keys sit at column `indent`; the first line is not indented. */
export function blockMapping(value: { readonly [key: string]: NewValue }, indent: number, style: ScalarStyle): string {
  return Object.entries(value)
    .map(([k, v]) => blockPair(k, v, indent, style))
    .join(`\n${pad(indent)}`);
}

/** The lines of a block list whose hyphens sit at column `indent`; the first line is not indented. */
export function blockList(items: readonly NewValue[], indent: number, style: ScalarStyle): string {
  return items
    .map((item) =>
      isRecord(item) ? `- ${blockMapping(item, indent + 2, style)}` : `- ${blockValue(item, indent + 2, indent, style)}`,
    )
    .join(`\n${pad(indent)}`);
}

/**
 * A value after `key: ` (or `- `) at `column`, for a key indented by `indent`; a block list or
 * mapping starts with its line break.
 */
export function blockValue(value: NewValue, column: number, indent: number, style: ScalarStyle): string {
  if (typeof value === 'string') return renderString(value, { flow: false, column, indent }, style);
  if (typeof value !== 'object') return String(value);
  // Lists of ids and tables of numbers go on one line; a mapping with text in it (the expert's view) does not.
  const oneLine = flowValue(value, style);
  const flat = Array.isArray(value)
    ? value.every(short)
    : Object.values(value).every((v) => typeof v !== 'object' && typeof v !== 'string');
  if (flat && column + oneLine.length <= LINE_WIDTH) return oneLine;
  if (Array.isArray(value)) return `\n${pad(indent + 2)}${blockList(value, indent + 2, style)}`;
  return `\n${pad(indent + 2)}${blockMapping(value as { readonly [key: string]: NewValue }, indent + 2, style)}`;
}

/** `key: value` in a block mapping whose keys sit at column `indent`; the first line is not indented. */
export function blockPair(key: string, value: NewValue, indent: number, style: ScalarStyle): string {
  const k = renderKey(key);
  const rendered = blockValue(value, indent + k.length + 2, indent, style);
  return rendered.startsWith('\n') ? `${k}:${rendered}` : `${k}: ${rendered}`;
}

export function flowPair(key: string, value: NewValue, style: ScalarStyle): string {
  return `${renderKey(key)}: ${flowValue(value, style)}`;
}
