import type { Path } from '../../authoring/yaml';

/*
 * Where the cursor is inside a flow collection, `{ domain: health, text: "…" }` or `[a, b]`, which
 * scenarios use for short maps and lists. Reads brackets, commas and colons from the opening bracket
 * to the cursor, then on to the end of the text only to learn which keys the cursor's own map
 * already has. Offsets are into `text`.
 */

export type FlowPlace =
  | { kind: 'none' }
  /** Typing a key of the map at `path`. */
  | { kind: 'key'; path: Path; present: string[]; word: string; from: number }
  /** Typing the value at `node` (a map key's value, or a list item). */
  | { kind: 'value'; node: Path; word: string; from: number };

interface Frame {
  list: boolean;
  path: Path;
  keys: string[];
  /** The key whose value comes next, in a map. */
  key?: string;
  index: number;
}

const closesKey = (ch: string | undefined): boolean => ch === undefined || ' \t\r\n,}]'.includes(ch);

/**
 * The place at `cursor` in the flow collection opening at `open` (a `{` or `[`), whose own path is
 * `base`. `none` once the collection has closed before the cursor, inside a comment, or after a
 * value that is already complete (a closed quote or a nested collection).
 */
export function flowPlace(text: string, open: number, cursor: number, base: Path): FlowPlace {
  const stack: Frame[] = [];
  let tokenStart = open;
  let quote = '';
  let complete = false;
  let place: FlowPlace | undefined;
  let cursorFrame: Frame | undefined;
  /** Keys of the cursor's map are counted until then; the cursor's own half-typed key is not one. */
  let cursorToken = false;
  const childPath = (top: Frame): Path => [...top.path, top.list ? top.index : (top.key ?? '')];

  const settle = (): FlowPlace => {
    const top = stack[stack.length - 1];
    if (!top || complete) return { kind: 'none' };
    let from = tokenStart;
    while (from < cursor && ' \t\r\n'.includes(text[from]!)) from++;
    if (text[from] === '"' || text[from] === "'") {
      if (!quote) return { kind: 'none' };
      from++;
    }
    const word = text.slice(from, cursor);
    if (top.list) return { kind: 'value', node: childPath(top), word, from };
    if (top.key !== undefined) return { kind: 'value', node: [...top.path, top.key], word, from };
    return { kind: 'key', path: top.path, present: top.keys, word, from };
  };

  for (let i = open; i < text.length; i++) {
    if (i === cursor) {
      place = settle();
      if (place.kind !== 'key') return place;
      cursorFrame = stack[stack.length - 1];
      cursorToken = true;
    }
    const ch = text[i]!;
    if (quote) {
      if (ch === '\\' && quote === '"') i++;
      else if (ch === quote) {
        if (quote === "'" && text[i + 1] === "'") i++;
        else {
          quote = '';
          complete = true;
        }
      }
      continue;
    }
    if (ch === '#' && (i === 0 || ' \t'.includes(text[i - 1]!))) {
      const end = text.indexOf('\n', i);
      if (cursor > i && (end < 0 || cursor <= end)) return { kind: 'none' };
      if (end < 0) break;
      i = end;
      continue;
    }
    const top = stack[stack.length - 1];
    if (ch === '{' || ch === '[') {
      stack.push({ list: ch === '[', path: top ? childPath(top) : base, keys: [], index: 0 });
      tokenStart = i + 1;
      complete = false;
    } else if (ch === '}' || ch === ']') {
      const closed = stack.pop();
      if (closed === cursorFrame && place) return place;
      if (stack.length === 0 && !place) {
        tokenStart = i + 1;
        break;
      }
      tokenStart = i + 1;
      complete = true;
    } else if (ch === ',' && top) {
      if (top.list) top.index++;
      else delete top.key;
      tokenStart = i + 1;
      complete = false;
      if (top === cursorFrame) cursorToken = false;
    } else if (ch === ':' && top && !top.list && top.key === undefined && closesKey(text[i + 1])) {
      const key = text
        .slice(tokenStart, i)
        .trim()
        .replace(/^(["'])(.*)\1$/, '$2');
      if (!(top === cursorFrame && cursorToken)) top.keys.push(key);
      top.key = key;
      tokenStart = i + 1;
      complete = false;
    } else if ((ch === '"' || ch === "'") && text.slice(tokenStart, i).trim() === '') quote = ch;
  }
  return place ?? (cursor >= text.length ? settle() : { kind: 'none' });
}
