import type { Position } from './yaml';

/*
 * Plain words for YAML slips. The parser's own messages ("Nested mappings are not allowed in
 * compact mappings") are accurate but speak of YAML's grammar; an educator needs to hear which
 * line is wrong and what to type. Each hint looks at the lines around the parser's position for
 * the usual causes — indentation, a missing space after a colon or hyphen, a colon inside text, an
 * unclosed bracket or quotation mark — and may move the position to the line that needs the fix.
 * The parser's words follow the plain sentence, so nothing it said is lost.
 */

export interface Slip {
  /** The yaml package's error code (BAD_INDENT, TAB_AS_INDENT…). */
  code: string;
  message: string;
  position: Position;
}

interface Hint {
  text: string;
  position?: Position;
}

const indentOf = (line: string): number => line.length - line.trimStart().length;
const blank = (line: string): boolean => !line.trim() || line.trimStart().startsWith('#');

/** A hyphen starting a list item with no space after it: `-id: x`. */
function hyphenSlip(lines: string[], from: number, to: number): Hint | undefined {
  for (let n = to; n >= Math.max(1, from); n--) {
    const m = /^(\s*)-(?=[A-Za-z"'{[])/.exec(lines[n - 1] ?? '');
    if (m)
      return {
        text: `line ${n} starts a list item with a hyphen but no space after it; YAML needs "- " (a hyphen and a space) before the item. Write "- ${(lines[n - 1] ?? '').trimStart().slice(1)}".`,
        position: { line: n, column: m[1]!.length + 1 },
      };
  }
  return undefined;
}

/** A field name followed by a colon with no space: `title:Kai`. */
function colonSlip(lines: string[], from: number, to: number): Hint | undefined {
  for (let n = to; n >= Math.max(1, from); n--) {
    const m = /^(\s*(?:-\s+)?)([A-Za-z][\w-]*):(?=[^\s:/])(.*)$/.exec(lines[n - 1] ?? '');
    if (m)
      return {
        text: `line ${n} has no space after the colon in "${m[2]}:${m[3]}"; a field is its name, a colon, a space and its value. Write "${m[2]}: ${m[3]}".`,
        position: { line: n, column: m[1]!.length + 1 },
      };
  }
  return undefined;
}

/** A colon and a space inside a value, which YAML reads as a second field: `label: Ring dad: now`. */
function colonInText(line: string, n: number): Hint | undefined {
  const m = /^(\s*(?:-\s+)?[^\s:#][^:#]*:\s+)(.*)$/.exec(line);
  if (!m) return undefined;
  const value = m[2]!;
  const inner = /:(\s|$)/.exec(value);
  if (!inner || /^["'|>]/.test(value)) return undefined;
  return {
    text: `line ${n} has a colon followed by a space inside its text ("${value.trim()}"), which YAML reads as the start of another field. Put the whole text in double quotes, or leave out that colon.`,
    position: { line: n, column: m[1]!.length + inner.index + 1 },
  };
}

/** The next line with content after line `n`, and its number. */
function nextContent(lines: string[], n: number): { line: string; n: number } | undefined {
  for (let k = n + 1; k <= lines.length; k++) if (!blank(lines[k - 1] ?? '')) return { line: lines[k - 1]!, n: k };
  return undefined;
}

/** The previous line with content before line `n`, and its number. */
function previousContent(lines: string[], n: number): { line: string; n: number } | undefined {
  for (let k = n - 1; k >= 1; k--) if (!blank(lines[k - 1] ?? '')) return { line: lines[k - 1]!, n: k };
  return undefined;
}

/** The nearest line at or above `n` that opens more of `open` than it closes. */
function unclosed(lines: string[], n: number, open: string, close: string): Position | undefined {
  for (let k = n; k >= 1; k--) {
    const line = lines[k - 1] ?? '';
    let depth = 0;
    let at = -1;
    for (let i = 0; i < line.length; i++) {
      if (line[i] === open && depth++ === 0) at = i;
      else if (line[i] === close && depth > 0) depth--;
    }
    if (depth > 0) return { line: k, column: at + 1 };
  }
  return undefined;
}

/** Where `key` is first used at the same indentation, in the same block, above line `n`. */
function firstUse(lines: string[], n: number, column: number, key: string): number | undefined {
  for (let k = n - 1; k >= 1; k--) {
    const line = lines[k - 1] ?? '';
    if (blank(line)) continue;
    if (line.slice(column - 1).startsWith(`${key}:`) && /^[\s-]*$/.test(line.slice(0, column - 1))) return k;
    // A line further out is the parent (or the start of this list item): the block ends there.
    if (line.search(/\S/) + 1 < column) return undefined;
  }
  return undefined;
}

function hintFor(slip: Slip, lines: string[]): Hint {
  const { line: n, column } = slip.position;
  const here = lines[n - 1] ?? '';
  const near = (): Hint | undefined => hyphenSlip(lines, n - 2, n) ?? colonSlip(lines, n - 2, n);
  switch (slip.code) {
    case 'TAB_AS_INDENT':
      return {
        text: `line ${n} is indented with a tab, and YAML only accepts spaces. Replace the tab with spaces (most editors can be set to type spaces when you press Tab).`,
        position: { line: n, column: 1 },
      };
    case 'DUPLICATE_KEY': {
      const key = /^([^:]+):/.exec(here.slice(column - 1))?.[1]?.trim() ?? '';
      const first = key ? firstUse(lines, n, column, key) : undefined;
      return {
        text: `"${key}" appears twice at the same level${first ? `: it is first used on line ${first}` : ''}. Two fields, or two scenes, side by side cannot share a name; rename one, or merge them.`,
      };
    }
    case 'BLOCK_IN_FLOW':
      return {
        text: `line ${n} has a colon followed by a space inside text between "{" and "}" or "[" and "]", which YAML reads as another field. Put that text in double quotes, e.g. text: "Note: pale".`,
      };
    case 'BAD_SCALAR_START':
      return {
        text: `the text on line ${n} starts with "${here[column - 1] ?? ''}", a character YAML keeps for itself at the start of a value. Put the whole text in double quotes.`,
      };
    case 'UNEXPECTED_TOKEN':
      return {
        text: `line ${n} has more text after a closing quotation mark or bracket (as in "Mr" Okafor, or [note] says), but YAML reads quotation marks or brackets at the start as wrapping the whole value. Put the whole text in double quotes, with single quotes inside it if needed.`,
      };
    default:
      break;
  }
  if (/^Missing closing .?quote/.test(slip.message)) {
    const quote = slip.message.includes("'") ? "'" : '"';
    for (let k = n; k >= 1; k--) {
      const line = lines[k - 1] ?? '';
      if ((line.split(quote).length - 1) % 2 === 1)
        return {
          text: `the quotation mark (${quote}) opened on line ${k} is never closed. Add the closing ${quote} at the end of the text.`,
          position: { line: k, column: line.indexOf(quote) + 1 },
        };
    }
  }
  const flow = /^Flow (map|sequence) in block collection/.exec(slip.message);
  if (flow) {
    const [open, close] = flow[1] === 'map' ? ['{', '}'] : ['[', ']'];
    const at = unclosed(lines, n, open!, close!);
    if (at)
      return {
        text: `the "${open}" on line ${at.line} is never closed: a list or set of fields written on one line needs its closing "${close}" on that line too. Add the missing "${close}".`,
        position: at,
      };
  }
  if (/^Nested mappings are not allowed/.test(slip.message)) {
    const inText = near() ?? colonInText(here, n);
    if (inText) return inText;
    const next = nextContent(lines, n);
    if (next && indentOf(next.line) > indentOf(here))
      return {
        text: `line ${next.n} is indented further than line ${n} above it, so YAML reads it as part of that line's value. Line it up with the field it belongs beside: fields in the same group start in the same column.`,
        position: { line: next.n, column: indentOf(next.line) + 1 },
      };
  }
  if (/^Implicit (map )?keys need/.test(slip.message))
    return (
      near() ?? {
        text: `line ${n} is not a "name: value" field where YAML expected one. If it continues the text of the field above, indent it further than that field's name (or write the text as a block after "|"); if it is a field, put a space after its colon.`,
      }
    );
  if (/^A block sequence may not be used as an implicit map key/.test(slip.message))
    return (
      near() ?? {
        text: `line ${n} starts a list item ("- ") where YAML expected another field of the group above. Line list items up under the field that holds the list (or one step further in); if this should be a field, remove the hyphen.`,
      }
    );
  if (/^All mapping items must start at the same column/.test(slip.message)) {
    const above = previousContent(lines, n);
    const where = above ? `, but line ${above.n} above it starts in column ${indentOf(above.line) + 1}` : '';
    return (
      near() ?? {
        text: `line ${n} starts in column ${indentOf(here) + 1}${where}. Fields that belong together start in the same column: move this line into line with the fields of its group.`,
        position: { line: n, column: indentOf(here) + 1 },
      }
    );
  }
  return {
    text: `line ${n} is not valid YAML. Check its indentation against the line above, that every colon and hyphen has a space after it, and that quotation marks and brackets are closed.`,
  };
}

/**
 * The first slip, in plain words, at the line that needs the fix. Only the first: after one slip
 * the parser reads the lines that follow out of place, and its further complaints are mostly about
 * lines that are fine ("line 33 is indented further…" when line 32 is the one out of line).
 */
export function explainSlips(text: string, slips: readonly Slip[]): { message: string; position: Position }[] {
  const [slip] = slips;
  if (!slip) return [];
  const hint = hintFor(slip, text.split(/\r?\n/));
  return [{ message: `${hint.text} (The YAML reader says: "${slip.message}".)`, position: hint.position ?? slip.position }];
}
