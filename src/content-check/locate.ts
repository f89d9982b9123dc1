import { LineCounter, isNode, parseDocument, type Document } from 'yaml';

export interface Position {
  line: number;
  column: number;
}

export interface ParsedYaml {
  data: unknown;
  /** Syntax errors, already positioned. */
  syntaxErrors: { message: string; position: Position }[];
  /** Where a value sits in the file; falls back to the nearest ancestor that exists. */
  locate(path: readonly (string | number)[]): Position;
}

/**
 * Parses YAML keeping the positions of its nodes, so a schema error can name the line.
 * `lineOffset` is for YAML embedded in another file (MDX frontmatter starts on line 2).
 */
export function parseYamlWithPositions(text: string, lineOffset = 0): ParsedYaml {
  const lineCounter = new LineCounter();
  const doc: Document = parseDocument(text, { lineCounter, prettyErrors: false });
  const at = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: line + lineOffset, column: col };
  };
  const syntaxErrors = doc.errors.map((e) => ({ message: e.message.split('\n')[0] ?? e.message, position: at(e.pos[0]) }));
  let data: unknown;
  if (!syntaxErrors.length) {
    try {
      data = doc.toJS({ maxAliasCount: 100 });
    } catch {
      // Aliases expanding past any real file's need (an "alias bomb"): a finding, not a crash.
      syntaxErrors.push({
        message: 'the file uses YAML aliases (*name) more than 100 times, which course files never need',
        position: at(0),
      });
    }
  }
  return {
    data,
    syntaxErrors,
    locate(path) {
      // A missing field has no node of its own: fall back to the closest ancestor that has one.
      for (let depth = path.length; depth > 0; depth--) {
        const node: unknown = doc.getIn(path.slice(0, depth), true);
        if (isNode(node) && node.range) return at(node.range[0]);
      }
      return isNode(doc.contents) && doc.contents.range ? at(doc.contents.range[0]) : { line: 1 + lineOffset, column: 1 };
    },
  };
}
