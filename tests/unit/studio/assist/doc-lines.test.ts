import { Text } from '@codemirror/state';
import { describe, expect, it } from 'vitest';
import { docLines } from '../../../../src/studio/assist/doc-lines';
import { stringLines, type Lines } from '../../../../src/studio/assist/yaml-lines';

/*
 * An editor's document walked in place reads the same lines, in the same order, as the plain text.
 */

const walk = (lines: Lines, n: number, dir: 'walkUp' | 'walkDown') => {
  const seen: [number, string][] = [];
  lines[dir](n, (text, k) => (seen.push([k, text]), true));
  return seen;
};

describe('a CodeMirror document as lines', () => {
  const texts = ['a: 1\n\n  b: 2\n\n\nc:\n  - d', '\n\nx', 'one line', `${'k: v\n'.repeat(3000)}end`];

  it('walks up and down like the plain text, blank lines included', () => {
    for (const text of texts) {
      const plain = stringLines(text);
      const doc = docLines(Text.of(text.split('\n')));
      expect(doc.count).toBe(plain.count);
      for (const n of new Set([0, 1, Math.floor(plain.count / 2), plain.count - 1].filter((n) => n < plain.count))) {
        expect(walk(doc, n, 'walkUp')).toEqual(walk(plain, n, 'walkUp'));
        expect(walk(doc, n, 'walkDown')).toEqual(walk(plain, n, 'walkDown'));
        expect(doc.text(n)).toBe(plain.text(n));
        expect(doc.start(n)).toBe(plain.start(n));
      }
    }
  });

  it('stops when told to', () => {
    const doc = docLines(Text.of(['a', 'b', 'c', 'd']));
    const seen: string[] = [];
    doc.walkUp(3, (text) => (seen.push(text), text !== 'b'));
    expect(seen).toEqual(['c', 'b']);
  });
});
