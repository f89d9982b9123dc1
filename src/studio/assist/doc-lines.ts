import type { Text } from '@codemirror/state';
import type { Lines } from './yaml-lines';

/*
 * A CodeMirror document as Lines. Walking up goes through the document's own backward iterator,
 * which reads its stored lines in place: looking each line up by number costs several times more,
 * and the walk up from a scene near the end of a 2,000-scene file passes tens of thousands of lines.
 */

export function docLines(doc: Text): Lines {
  return {
    count: doc.lines,
    text: (n) => doc.line(n + 1).text,
    start: (n) => doc.line(n + 1).from,
    lineAt: (pos) => doc.lineAt(pos).number - 1,
    walkUp: (n, visit) => {
      if (n <= 0 || n >= doc.lines) return;
      // Backwards from the start of line n: the break before it, then each line's text (none for an
      // empty line) and the break before that line, until the document's start.
      const iter = doc.iterRange(doc.line(n + 1).from, 0);
      iter.next();
      let k = n - 1;
      let text = '';
      for (;;) {
        iter.next();
        if (iter.done || iter.lineBreak) {
          if (!visit(text, k) || iter.done || k === 0) return;
          k--;
          text = '';
        } else text = iter.value + text;
      }
    },
    walkDown: (n, visit) => {
      let k = n + 1;
      if (k >= doc.lines) return;
      for (const text of doc.iterLines(k + 1)) if (!visit(text, k++)) return;
    },
  };
}
