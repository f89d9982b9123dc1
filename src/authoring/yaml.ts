import { LineCounter, isMap, isNode, isScalar, isSeq, parseDocument, type Document } from 'yaml';
import { explainSlips } from './yaml-hints';

export interface Position {
  line: number;
  column: number;
}

export type Path = readonly (string | number)[];

/** YAML aliases (*name) a file may use; no course file or scenario needs any, and expansion past this is an attack. */
const MAX_ALIASES = 100;

export interface ParsedYaml {
  /** The plain data, or undefined when the YAML itself is broken. */
  data: unknown;
  /** The first YAML slip in plain words (yaml-hints.ts), or an alias refusal; empty when the YAML is sound. */
  syntaxErrors: { message: string; position: Position }[];
  /** Where the value at `path` starts; a missing value falls back to its nearest ancestor. */
  locate(path: Path): Position;
  /** Where the key of the last path segment starts (for unknown fields and scene ids). */
  locateKey(path: Path): Position;
}

/**
 * Parses YAML keeping each node's source range, so every message can name a line and column.
 * The one reader of YAML for authoring messages: course files (content-file.ts), content/framework.yaml
 * and scenarios all come through here. `lineOffset` is for YAML inside another file: an MDX file's
 * frontmatter starts on line 2, so its positions, and the line numbers in its hints, are one further on.
 */
export function parseYamlWithPositions(text: string, lineOffset = 0): ParsedYaml {
  const lineCounter = new LineCounter();
  const doc: Document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: line + lineOffset, column: col };
  };
  const start = (): Position =>
    isNode(doc.contents) && doc.contents.range ? at(doc.contents.range[0]) : { line: 1 + lineOffset, column: 1 };
  const locate = (path: Path): Position => {
    for (let depth = path.length; depth > 0; depth--) {
      const node: unknown = doc.getIn(path.slice(0, depth), true);
      if (isNode(node) && node.range) return at(node.range[0]);
    }
    return start();
  };
  const locateKey = (path: Path): Position => {
    const parent: unknown = path.length > 1 ? doc.getIn(path.slice(0, -1), true) : doc.contents;
    const last = path[path.length - 1];
    if (isMap(parent)) {
      const pair = parent.items.find((p) => (isScalar(p.key) ? p.key.value : p.key) === last);
      if (pair && isNode(pair.key) && pair.key.range) return at(pair.key.range[0]);
    }
    if (isSeq(parent) && typeof last === 'number') {
      const item: unknown = parent.items[last];
      if (isNode(item) && item.range) return at(item.range[0]);
    }
    return locate(path.slice(0, -1));
  };
  const syntaxErrors = explainSlips(
    // Blank lines in place of the lines before the YAML, so a hint's "line N" is the file's line N.
    '\n'.repeat(lineOffset) + text,
    doc.errors.map((e) => ({
      code: e.code,
      // yaml appends " at line L, column C" to some messages; the position is reported separately.
      message: (e.message.split('\n')[0] ?? e.message).replace(/ at line \d+, column \d+:?$/, ''),
      position: at(e.pos[0]),
    })),
  );
  if (syntaxErrors.length) return { data: undefined, syntaxErrors, locate, locateKey };
  try {
    return { data: doc.toJS({ maxAliasCount: MAX_ALIASES }), syntaxErrors, locate, locateKey };
  } catch (error) {
    // An "alias bomb" (aliases of aliases, expanding to millions of nodes) is refused as a finding
    // on this file, so the checker carries on with the others instead of crashing.
    const alias = /(^|[\s[{,:-])\*[^\s,\]}]+/m.exec(text);
    const position = alias ? at(alias.index + alias[1]!.length) : start();
    const reason =
      error instanceof Error && /alias/i.test(error.message)
        ? `it uses aliases (*name) more than ${MAX_ALIASES} times, which no scenario or course file needs`
        : 'it could not be read';
    return { data: undefined, syntaxErrors: [{ message: `the file cannot be used: ${reason}`, position }], locate, locateKey };
  }
}
