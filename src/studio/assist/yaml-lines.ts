/*
 * One YAML line read on its own, without parsing the document: its indentation, the `- ` markers
 * opening sequence items, its key if it has one, and its value with any comment taken off. The
 * studio's hints read the file a line at a time like this, so they keep working while the author is
 * half-way through typing and the file will not parse.
 */

export interface LineShape {
  /** Column of the first character that is not a space (the line's length when there is none). */
  indent: number;
  /** Columns of the `- ` markers at the start of the line, outermost first. */
  dashes: number[];
  /** Column where the content after the markers starts. */
  col: number;
  /** The key, when the content starts `key:` followed by a space or the end of the line. */
  key?: string;
  /** Column where the value starts: after `key: `, or at `col` when there is no key. */
  valueCol: number;
  /** The value (the whole content when there is no key), without a comment or trailing spaces. */
  value: string;
  /** Whether a comment was taken off the end. */
  comment: boolean;
  /** Only spaces, perhaps with a comment. */
  blank: boolean;
}

/**
 * The read-only view of a document the hints need. An editor hands over its own lines rather than
 * copying a megabyte into one string at each keystroke, and walks them in its own fast way.
 */
export interface Lines {
  readonly count: number;
  /** Line `n` (from 0), without its line break. */
  text(n: number): string;
  /** The offset where line `n` starts. */
  start(n: number): number;
  /** The line holding offset `pos`. */
  lineAt(pos: number): number;
  /** Calls `visit` with lines `n - 1`, `n - 2`… back to the first, until it returns false. */
  walkUp(n: number, visit: (text: string, n: number) => boolean): void;
  /** Calls `visit` with lines `n + 1`, `n + 2`… on to the last, until it returns false. */
  walkDown(n: number, visit: (text: string, n: number) => boolean): void;
}

/*
 * A key is a plain word with no spaces (every key in a scenario is a field name or an id) or a quoted
 * string. Requiring no spaces keeps a half-typed value such as `kind referral` from passing for a key.
 */
const QUOTED_KEY = /^(?:"((?:[^"\\]|\\.)*)"|'((?:[^']|'')*)')[ \t]*:(?=[ \t]|$)/;

/** Characters that cannot start a plain key: they start quotes, collections, block scalars, anchors… */
const NOT_KEY_START = `"'{}[],#|>&*!%@\`?:`;

/**
 * The key starting at `col` in `line` (content ending at `end`), and where its colon ends, or
 * undefined. Plain string scans rather than a regular expression: it runs on every line of a large file.
 */
function keyOf(line: string, col: number, end: number): { key: string; end: number } | undefined {
  const first = line[col];
  if (col >= end || first === undefined || first === ' ' || first === '\t') return undefined;
  if (first === '-' && (col + 1 === end || line[col + 1] === ' ')) return undefined;
  if (first === '"' || first === "'") {
    const m = QUOTED_KEY.exec(line.slice(col, end));
    return m ? { key: m[1] ?? m[2]!.replace(/''/g, "'"), end: col + m[0].length } : undefined;
  }
  if (NOT_KEY_START.includes(first)) return undefined;
  let i = col + 1;
  while (i < end) {
    const c = line.charCodeAt(i);
    if (c === 58 || c === 32 || c === 9) break;
    i++;
  }
  let colon = i;
  while (line[colon] === ' ' || line[colon] === '\t') colon++;
  if (colon >= end || line[colon] !== ':') return undefined;
  const after = colon + 1 < end ? line[colon + 1] : undefined;
  if (after !== undefined && after !== ' ' && after !== '\t') return undefined;
  return { key: line.slice(col, i), end: colon + 1 };
}

/** A block scalar's header: `|` or `>` with optional chomping and indentation indicators. */
export const isBlockHeader = (value: string): boolean => /^[|>][-+0-9]*$/.test(value);

/**
 * Where a comment starts in `line` at or after `from`, or -1. A `#` starts a comment only at the start
 * or after a space; inside quotes it is text. A quote opens a quoted scalar only where a scalar can
 * start, so the apostrophe in `Sami's` is text.
 */
export function commentStart(line: string, from = 0): number {
  let quote = '';
  for (let i = from; i < line.length; i++) {
    const ch = line[i]!;
    if (quote) {
      if (ch === '\\' && quote === '"') i++;
      else if (ch === quote) {
        if (quote === "'" && line[i + 1] === "'") i++;
        else quote = '';
      }
      continue;
    }
    const prev = i === from ? ' ' : line[i - 1]!;
    if (ch === '#' && (prev === ' ' || prev === '\t')) return i;
    if ((ch === '"' || ch === "'") && ' \t[{,'.includes(prev)) quote = ch;
  }
  return -1;
}

export function shapeOf(line: string): LineShape {
  let i = 0;
  while (line.charCodeAt(i) === 32) i++;
  const indent = i;
  const dashes: number[] = [];
  while (line[i] === '-' && (i + 1 === line.length || line[i + 1] === ' ' || line[i + 1] === '\t')) {
    dashes.push(i);
    i++;
    while (line[i] === ' ' || line[i] === '\t') i++;
  }
  const col = i;
  const hash = line.indexOf('#', col) < 0 ? -1 : commentStart(line, col);
  const comment = hash >= 0;
  let end = comment ? hash : line.length;
  while (end > col && (line.charCodeAt(end - 1) === 32 || line.charCodeAt(end - 1) === 9)) end--;
  const blank = dashes.length === 0 && end === col;
  const found = keyOf(line, col, end);
  if (!found) return { indent, dashes, col, valueCol: col, value: line.slice(col, end), comment, blank };
  let valueCol = found.end;
  while (valueCol < end && (line[valueCol] === ' ' || line[valueCol] === '\t')) valueCol++;
  return { indent, dashes, col, key: found.key, valueCol, value: line.slice(valueCol, end), comment, blank };
}

/** How many more brackets `text` opens than it closes, outside quotes. */
export function openBrackets(text: string): number {
  let depth = 0;
  let quote = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quote) {
      if (ch === '\\' && quote === '"') i++;
      else if (ch === quote) quote = '';
    } else if (ch === '"' || ch === "'") {
      if (' \t[{,:'.includes(text[i - 1] ?? ' ')) quote = ch;
    } else if (ch === '{' || ch === '[') depth++;
    else if (ch === '}' || ch === ']') depth--;
  }
  return depth;
}

/** Lines over a plain string, for tests and callers that already hold the text. */
export function stringLines(text: string): Lines {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  const line = (n: number): string => {
    const end = n + 1 < starts.length ? starts[n + 1]! - 1 : text.length;
    return text.slice(starts[n], text[end - 1] === '\r' ? end - 1 : end);
  };
  return {
    count: starts.length,
    text: line,
    start: (n) => starts[n]!,
    lineAt: (pos) => {
      let lo = 0;
      let hi = starts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid]! <= pos) lo = mid;
        else hi = mid - 1;
      }
      return lo;
    },
    walkUp: (n, visit) => {
      for (let k = n - 1; k >= 0 && visit(line(k), k); k--);
    },
    walkDown: (n, visit) => {
      for (let k = n + 1; k < starts.length && visit(line(k), k); k++);
    },
  };
}
