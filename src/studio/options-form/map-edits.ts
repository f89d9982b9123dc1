import { isNode, isScalar, type Pair, type YAMLMap } from 'yaml';
import { blockPair, blockValue, flowPair, flowValue, type NewValue } from './render-value';
import type { ScalarPlace, ScalarStyle } from './scalar-style';
import { columnOf, lineEnd, lineStart, startsLine, type TextChange } from './text-change';

/*
 * Minimal edits to one mapping in the text, found from the node ranges the `yaml` package keeps:
 * replace one value, add one field, remove one field. Each touches only the characters of that
 * field (and, for a whole line, its line break), so comments, blank lines and the style of every
 * other value stay as the author wrote them. Works on block mappings (one field a line) and flow
 * mappings (`{ a: 1, b: 2 }`) alike.
 */

export type MapPair = Pair<unknown, unknown>;

/** How to write a value, given where it lands in the text. */
export type Render = (place: ScalarPlace) => string;

const pad = (n: number) => ' '.repeat(n);

function range(node: unknown): [number, number] {
  if (!isNode(node) || !node.range) throw new Error('a node without a source range');
  return [node.range[0], node.range[1]];
}

/** A node's own text, without the line break a block value ends with. */
export function nodeSpan(text: string, node: unknown): [number, number] {
  const [start, end] = range(node);
  let e = end;
  while (e > start && (text[e - 1] === '\n' || text[e - 1] === '\r')) e--;
  return [start, e];
}

/** `key:` with nothing after it (a null written as nothing) has no text of its own to replace. */
function emptyValue(pair: MapPair): boolean {
  const v = pair.value;
  return !isNode(v) || (isScalar(v) && v.value === null && v.range?.[0] === v.range?.[1]);
}

/** Just after the colon that ends the pair's key. */
export function afterColon(text: string, pair: MapPair): number {
  const colon = text.indexOf(':', range(pair.key)[1]);
  if (colon < 0) throw new Error('a key without its colon');
  return colon + 1;
}

/** Where the pair's text ends: after its value, or after the colon when there is none. */
export function pairEnd(text: string, pair: MapPair): number {
  return emptyValue(pair) ? afterColon(text, pair) : nodeSpan(text, pair.value)[1];
}

/** Replaces the pair's value (or fills in an empty one) with `render`'s YAML. */
export function replaceValue(text: string, map: YAMLMap, pair: MapPair, render: Render): TextChange {
  const indent = columnOf(text, range(pair.key)[0]);
  const flow = Boolean(map.flow);
  const colon = afterColon(text, pair);
  const [from, to] = emptyValue(pair) ? [colon, colon] : nodeSpan(text, pair.value);
  const rendered = render({ flow, column: from === colon ? columnOf(text, colon) + 1 : columnOf(text, from), indent });
  // A block list or mapping starts on the next line, straight after the colon.
  if (rendered.startsWith('\n')) return { from: colon, to, insert: rendered };
  return moveComment(text, { from, to, insert: from === colon ? ` ${rendered}` : rendered });
}

/**
 * A block scalar (`>-`, `|`) runs to the end of its lines, so a comment that followed the old value
 * on its line would be swallowed into the text: it moves up to the block's first line instead.
 */
function moveComment(text: string, change: TextChange): TextChange {
  const rest = text.slice(change.to, lineEnd(text, change.to));
  const first = change.insert.indexOf('\n');
  if (!/^ ?[>|]/.test(change.insert) || first < 0 || rest.trim() === '') return change;
  return {
    from: change.from,
    to: change.to + rest.length,
    insert: change.insert.slice(0, first) + rest + change.insert.slice(first),
  };
}

/** The column of a block mapping's keys. */
function keyColumn(text: string, map: YAMLMap): number {
  const first = map.items[0];
  if (!first) throw new Error('an empty block mapping');
  return columnOf(text, range(first.key)[0]);
}

/** Where a new field goes: after a given field, before one, or (with neither) at the end. */
export type Anchor = { after: MapPair } | { before: MapPair } | null;

/**
 * Beside which field a new `key` goes, given the order fields usually come in: after the last
 * field that comes before it, else before the first that comes after it, else at the end.
 */
export function findAnchor(map: YAMLMap, key: string, order: readonly string[]): Anchor {
  const rank = order.indexOf(key);
  if (rank < 0) return null;
  const rankOf = (p: MapPair) => (isScalar(p.key) ? order.indexOf(String(p.key.value)) : -1);
  const after = map.items.filter((p) => rankOf(p) >= 0 && rankOf(p) < rank).pop();
  if (after) return { after };
  const before = map.items.find((p) => rankOf(p) > rank);
  return before ? { before } : null;
}

/** Adds `key: value` to the mapping beside `anchor`. */
export function insertPair(
  text: string,
  map: YAMLMap,
  key: string,
  value: NewValue,
  anchor: Anchor,
  style: ScalarStyle,
): TextChange {
  const last = map.items[map.items.length - 1];
  const where = anchor ?? (last ? { after: last } : null);
  if (map.flow) {
    const pair = flowPair(key, value, style);
    if (!where) {
      const [from, to] = nodeSpan(text, map);
      return { from, to, insert: `{ ${pair} }` };
    }
    if ('after' in where) {
      const at = pairEnd(text, where.after);
      return { from: at, to: at, insert: `, ${pair}` };
    }
    const at = range(where.before.key)[0];
    return { from: at, to: at, insert: `${pair}, ` };
  }
  if (!where) throw new Error('an empty block mapping');
  const indent = keyColumn(text, map);
  const pair = blockPair(key, value, indent, style);
  if ('after' in where) {
    const at = lineEnd(text, pairEnd(text, where.after));
    return { from: at, to: at, insert: `\n${pad(indent)}${pair}` };
  }
  const at = range(where.before.key)[0];
  return { from: at, to: at, insert: `${pair}\n${pad(indent)}` };
}

/** Removes one field; the mapping must keep at least one other. */
export function deletePair(text: string, map: YAMLMap, pair: MapPair): TextChange {
  const index = map.items.indexOf(pair);
  const next = map.items[index + 1];
  const previous = map.items[index - 1];
  const start = range(pair.key)[0];
  if (map.flow) {
    if (next) return { from: start, to: range(next.key)[0], insert: '' };
    if (!previous) throw new Error('cannot empty a mapping');
    return { from: pairEnd(text, previous), to: pairEnd(text, pair), insert: '' };
  }
  if (startsLine(text, start)) {
    const end = lineEnd(text, pairEnd(text, pair));
    return { from: lineStart(text, start), to: Math.min(end + 1, text.length), insert: '' };
  }
  // The first field of a list item shares the line with its hyphen: the next field moves up beside it.
  if (!next) throw new Error('cannot empty a mapping');
  return { from: start, to: range(next.key)[0], insert: '' };
}

/** Swaps a whole field for another in the same place (`next: a` for `end: true`). */
export function replacePair(
  text: string,
  map: YAMLMap,
  pair: MapPair,
  key: string,
  value: NewValue,
  style: ScalarStyle,
): TextChange {
  const from = range(pair.key)[0];
  const to = pairEnd(text, pair);
  const insert = map.flow ? flowPair(key, value, style) : blockPair(key, value, columnOf(text, from), style);
  return { from, to, insert };
}

/** A replacement for a whole value, written in the value's own flow or block manner. */
export function valueRender(value: NewValue, style: ScalarStyle): Render {
  return (place) => (place.flow ? flowValue(value, style) : blockValue(value, place.column, place.indent, style));
}
