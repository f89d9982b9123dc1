import type { Path } from '../../authoring/yaml';
import { flowPlace } from './flow-path';
import { isBlockHeader, openBrackets, shapeOf, type LineShape, type Lines } from './yaml-lines';

/*
 * Where the cursor is in a scenario file, worked out from indentation and the shapes of lines rather
 * than a parse, because the file is half-typed while the author writes and often will not parse: an
 * unclosed quote or a missing colon elsewhere must not stop the hints. Walks up from the cursor line
 * only as far as it must and stops at column 0; a line indented deeper than the mapping being looked
 * for is passed over after its first few characters, so a scene near the end of a 2,000-scene file
 * costs one such glance per line above it, never a parse.
 */

export type YamlPlace =
  /** In a comment, a block scalar (`|`, `>-`), or text that is not a key or an id. */
  | { kind: 'none' }
  | {
      kind: 'key';
      /** The mapping whose key is being typed, e.g. `['scenes', 'y1-start', 'decision', 'options', 0]`. */
      path: Path;
      /** Keys the mapping already has, above and below the cursor. */
      present: string[];
      /**
       * The line starts a sequence item (`- ` and the cursor): the item may be a mapping, whose first
       * key is being typed, or a plain value such as a module id, the item at `path` itself.
       */
      itemStart: boolean;
      word: string;
      /** Where the word being typed starts and ends (the end may be past the cursor). */
      from: number;
      to: number;
      /** A colon already follows the word, so a completion should not add another. */
      colonAfter: boolean;
    }
  | {
      kind: 'value';
      /** The mapping holding `key`. */
      path: Path;
      /** The key whose value, or whose list's item, is being typed. */
      key: string;
      /** The value being typed: `[...path, key]`, with the item's index for a list item. */
      node: Path;
      word: string;
      from: number;
      to: number;
      /** The cursor sits straight after `key:`, and YAML needs a space before the value. */
      needsSpace: boolean;
    };

const NONE: YamlPlace = { kind: 'none' };

type Frame = { list: false; col: number } | { list: true; col: number; index: number };

/** Where a walk up ends early: in a scalar's text, or in a flow collection opening on an earlier line. */
type Held = 'scalar' | { flow: { line: number; col: number } };

/** The walk up from a line: the path found, or where it ended early. */
type Climb = { path: Path; present: string[] } | Held;

/**
 * What a parent line's own value says about the lines below it: an empty value (or a flow collection
 * left open) holds them; a block header or a scalar means they are text.
 */
function parentValue(value: string, line: number, valueCol: number): Held | undefined {
  if (value === '') return undefined;
  if (/^[{[]/.test(value) && openBrackets(value) > 0) return { flow: { line, col: valueCol } };
  return 'scalar';
}

/**
 * Walks up from above line `from`, starting in `frame`, collecting the path outwards. Records the
 * sibling keys of the starting mapping when `present` is given.
 */
function climb(lines: Lines, from: number, start: Frame, present?: string[]): Climb {
  const segs: (string | number)[] = [];
  let frame = start;
  let collecting = present !== undefined;
  let ended: Held | undefined;
  lines.walkUp(from, (text, n) => {
    // Cheap skip: a line indented past the frame's column (or at it, when siblings do not matter).
    const limit = frame.col + 1;
    let i = 0;
    while (i < limit && text.charCodeAt(i) === 32) i++;
    if (i === text.length || text[i] === '#') return true;
    if (i > frame.col || (i === frame.col && !collecting && !frame.list)) return true;
    if (i === 0 && /^(---|\.\.\.)(\s|$)/.test(text)) return false;
    const shape = shapeOf(text);
    if (shape.blank) return true;
    const step = climbLine(shape, n, frame, segs, collecting ? present : undefined);
    if (step === 'scalar' || (step !== undefined && 'flow' in step)) {
      ended = step;
      return false;
    }
    if (step) {
      frame = step.frame;
      if (step.parent) collecting = false;
    }
    return frame.list || frame.col > 0 || collecting;
  });
  if (ended) return ended;
  if (frame.list) segs.push(frame.index);
  return { path: segs.reverse(), present: present ?? [] };
}

/**
 * One line's effect on the walk: its key and `- ` markers taken innermost first. Returns the new
 * frame (and whether the walk has left the starting mapping), or how the walk ends.
 */
function climbLine(
  shape: LineShape,
  n: number,
  start: Frame,
  segs: (string | number)[],
  present: string[] | undefined,
): { frame: Frame; parent: boolean } | Held | undefined {
  let frame = start;
  let parent = false;
  // A line at the frame's own column: a sibling key, or another item of the same list.
  if (shape.indent === frame.col) {
    if (!frame.list) {
      if (shape.dashes.length === 0 && shape.key !== undefined) present?.push(shape.key);
      return undefined;
    }
    if (shape.dashes[0] === frame.col) {
      frame.index++;
      return undefined;
    }
    if (shape.key === undefined) return undefined;
    // `options:` with its items at the same column (a compact sequence).
    const held = parentValue(shape.value, n, shape.valueCol);
    if (held) return held;
    segs.push(frame.index, shape.key);
    return { frame: { list: false, col: shape.col }, parent: true };
  }
  let key = shape.key;
  // A bare word with deeper lines below is a key whose colon is missing; longer text is a scalar's.
  if (key === undefined && shape.dashes.length === 0) {
    if (!/^[\w-]+$/.test(shape.value)) return 'scalar';
    key = shape.value;
  }
  if (key !== undefined) {
    if (!frame.list && shape.col >= frame.col) present?.push(key);
    else if (!frame.list || shape.col <= frame.col) {
      const held = shape.key === undefined ? undefined : parentValue(shape.value, n, shape.valueCol);
      if (held) return held;
      if (frame.list) segs.push(frame.index);
      segs.push(key);
      frame = { list: false, col: shape.col };
      parent = true;
    }
  } else {
    // `- ` with a value and nothing else: the lines below continue its text, or its open flow collection.
    const held = parentValue(shape.value, n, shape.valueCol);
    if (held) return held;
  }
  for (let d = shape.dashes.length - 1; d >= 0; d--) {
    const dash = shape.dashes[d]!;
    if (!frame.list) {
      if (dash >= frame.col) continue;
      frame = { list: true, col: dash, index: 0 };
    } else if (dash === frame.col) frame.index++;
    else if (dash < frame.col) {
      segs.push(frame.index);
      frame = { list: true, col: dash, index: 0 };
    }
    parent = true;
  }
  return { frame, parent };
}

/** Keys of the mapping at column `col` on the lines below line `from`, until the mapping ends. */
function keysBelow(lines: Lines, from: number, col: number, present: string[]): void {
  lines.walkDown(from, (text) => {
    let i = 0;
    while (i <= col && text.charCodeAt(i) === 32) i++;
    if (i === text.length || text[i] === '#' || i > col) return true;
    if (i < col) return false;
    const shape = shapeOf(text);
    if (shape.dashes.length === 0 && shape.key !== undefined) present.push(shape.key);
    return true;
  });
}

/** The frame a line's own `- ` markers open, with the index segments of all but the outermost. */
function lineFrame(shape: LineShape): { frame: Frame; inner: number[] } {
  if (shape.dashes.length === 0) return { frame: { list: false, col: shape.col }, inner: [] };
  return { frame: { list: true, col: shape.dashes[0]!, index: 0 }, inner: shape.dashes.slice(1).map(() => 0) };
}

/** The path of the mapping (or list item) that line `n`'s content belongs to. */
function pathOfLine(lines: Lines, n: number, shape: LineShape, present?: string[]): Climb {
  const { frame, inner } = lineFrame(shape);
  const found = climb(lines, n, frame, present);
  return typeof found === 'object' && 'path' in found ? { ...found, path: [...found.path, ...inner] } : found;
}

/** The value of the last key in `node`, e.g. `flag` for `[..., 'any', 0, 'flag']`. */
function valuePlace(node: Path, word: string, from: number, to: number, needsSpace = false): YamlPlace {
  let k = node.length - 1;
  while (k > 0 && typeof node[k] !== 'string') k--;
  const key = node[k];
  if (typeof key !== 'string') return NONE;
  return { kind: 'value', path: node.slice(0, k), key, node, word, from, to, needsSpace };
}

const wordEnd = (line: string, at: number, stop: RegExp): number => {
  let end = at;
  while (end < line.length && !stop.test(line[end]!)) end++;
  return end;
};

/** The place in a flow collection opening at `open` (line and column), whose own path is `base`. */
function inFlow(lines: Lines, open: { line: number; col: number }, pos: number, base: Path): YamlPlace {
  const first = lines.start(open.line) + open.col;
  const last = lines.lineAt(pos);
  let text = lines.text(open.line).slice(open.col);
  for (let n = open.line + 1; n <= last; n++) text += '\n' + lines.text(n);
  const found = flowPlace(text, 0, pos - first, base);
  if (found.kind === 'none') return NONE;
  const from = first + found.from;
  const line = lines.text(last);
  const to = lines.start(last) + wordEnd(line, pos - lines.start(last), /[\s,:{}[\]"'#]/);
  if (found.kind === 'value') return valuePlace(found.node, found.word, from, to);
  const colonAfter = /^\s*:/.test(line.slice(to - lines.start(last)));
  return { kind: 'key', path: found.path, present: found.present, itemStart: false, word: found.word, from, to, colonAfter };
}

/** The path of the flow collection opening on line `open.line`, from that line's own shape. */
function flowBase(lines: Lines, open: { line: number }): Path | undefined {
  const shape = shapeOf(lines.text(open.line));
  const found = pathOfLine(lines, open.line, shape);
  if (typeof found !== 'object' || !('path' in found)) return undefined;
  return shape.key === undefined ? found.path : [...found.path, shape.key];
}

/** Where the cursor at offset `pos` is: see YamlPlace. */
export function placeAt(lines: Lines, pos: number): YamlPlace {
  const n = lines.lineAt(pos);
  const lineStart = lines.start(n);
  const line = lines.text(n);
  const column = pos - lineStart;
  const before = line.slice(0, column);
  const shape = shapeOf(before);
  if (shape.comment) return NONE;
  if (shape.dashes.length > 0 && shape.dashes[shape.dashes.length - 1] === column - 1) return NONE;
  const value = shape.value;

  const found = pathOfLine(lines, n, shape, shape.key === undefined && !/^[{[]/.test(value) ? [] : undefined);
  if (found === 'scalar') return NONE;
  if ('flow' in found) {
    const base = flowBase(lines, found.flow);
    return base ? inFlow(lines, found.flow, pos, base) : NONE;
  }
  const to = lineStart + wordEnd(line, column, /[\s,:{}[\]#"']/);

  if (shape.key !== undefined) {
    const node = [...found.path, shape.key];
    if (value === '') return valuePlace(node, '', pos, to, before.endsWith(':'));
    if (isBlockHeader(value) || /^[&*!]/.test(value)) return NONE;
    if (/^[{[]/.test(value)) return inFlow(lines, { line: n, col: shape.valueCol }, pos, node);
    if (/^["']/.test(value)) {
      if (value.length > 1 && value.endsWith(value[0]!)) return NONE;
      return valuePlace(node, value.slice(1), lineStart + shape.valueCol + 1, to);
    }
    return valuePlace(node, value, lineStart + shape.valueCol, to);
  }
  if (/^[{[]/.test(value)) {
    return shape.dashes.length > 0 ? inFlow(lines, { line: n, col: shape.valueCol }, pos, found.path) : NONE;
  }
  if (/^[^\s:#{}[\],"'|>&*!%@`]*$/.test(value)) {
    if (value !== '' && /\s$/.test(before)) return NONE;
    keysBelow(lines, n, shape.col, found.present);
    const colonAfter = /^\s*:/.test(line.slice(to - lineStart));
    const itemStart = shape.dashes.length > 0;
    return {
      kind: 'key',
      path: found.path,
      present: found.present,
      itemStart,
      word: value,
      from: pos - value.length,
      to,
      colonAfter,
    };
  }
  if (shape.dashes.length > 0 && /^["']/.test(value) && !(value.length > 1 && value.endsWith(value[0]!))) {
    return valuePlace(found.path, value.slice(1), lineStart + shape.valueCol + 1, to);
  }
  return NONE;
}
