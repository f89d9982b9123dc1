import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { LINE_WIDTH, renderString, type ScalarStyle } from '../../../../src/studio/options-form/scalar-style';
import { read, shipped } from './helpers';

/*
 * Text the form writes must read back as exactly what the author typed, wherever it lands: a
 * field's value in an indented mapping, or an item inside `{ }` or `[ ]`.
 */

const indent = 10;

/** `value` written as the field `k` of a mapping indented like an option's, with a field after it. */
function inBlock(value: string, style: ScalarStyle): string {
  const rendered = renderString(value, { flow: false, column: indent + 3, indent }, style);
  return `a:\n${' '.repeat(indent)}k: ${rendered}\n${' '.repeat(indent)}after: 1\n`;
}

function inFlow(value: string, style: ScalarStyle): string {
  return `a: { k: ${renderString(value, { flow: true, column: 6, indent: 0 }, style)}, after: 1 }\n`;
}

const readsBack = (doc: string, value: string) => expect(parse(doc)).toEqual({ a: { k: value, after: 1 } });

const awkward = [
  'Phone the duty team: today',
  'Record it #1 # on the log',
  'Say "I\'m worried" to the SENCO',
  "'single quotes' first",
  '- starts like a list item',
  '? starts like a key',
  '[not a list]',
  '{not, a, mapping}',
  '&anchor *alias !tag %directive @at `tick`',
  'ends with a colon:',
  'true',
  'No',
  '12',
  '0x1F',
  '1e3',
  '2026-12-06',
  '~',
  'null',
  '',
  ' leading space',
  'trailing space ',
  'tab\there',
  'First paragraph.\n\nSecond: with a colon\n- a list item\n',
  'no final line break\nsecond line',
  'two final line breaks\n\n',
  '\nstarts with a line break',
  '  indented first line\nthen not',
  'line with trailing spaces   \nnext',
  'Nani’s café — “curly quotes” and emoji 🧒',
  'control \u0007 and \u0085 and \u2028 and \ufeff',
  `${'A long paragraph with a colon: and a hash # and "quotes", '.repeat(6)}ending here.`,
  `${'x'.repeat(150)} one very long word`,
  `double  spaces  ${'word '.repeat(40)}end`,
];

describe('a string written by the form', () => {
  it.each(awkward)('reads back exactly in every style and place: %j', (value) => {
    for (const style of ['preferred', 'quoted'] as const) {
      readsBack(inBlock(value, style), value);
      readsBack(inFlow(value, style), value);
    }
  });

  it('reads back exactly for any text at all', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 300 }),
        fc.string({ unit: fc.constantFrom(' ', '\n', ':', '#', '-', '"', "'", 'a', '\t'), maxLength: 120 }),
        (a, b) => {
          for (const value of [a, b, `${a}${b}`])
            for (const style of ['preferred', 'quoted'] as const) {
              readsBack(inBlock(value, style), value);
              readsBack(inFlow(value, style), value);
            }
        },
      ),
      { numRuns: 400 },
    );
  });

  it('reads back exactly when it is a long paragraph, however its spaces fall', () => {
    const words = fc.array(fc.constantFrom('word', 'a', ' ', '  ', '   ', ': ', ' #', '"', '-'), {
      minLength: 30,
      maxLength: 120,
    });
    fc.assert(
      fc.property(words, (parts) => {
        const value = parts.join('');
        readsBack(inBlock(value, 'preferred'), value);
      }),
      { numRuns: 300 },
    );
  });

  it('is plain when it is short ordinary text, as authors write it', () => {
    expect(renderString('Invite the family to a meeting', { flow: false, column: 17, indent }, 'preferred')).toBe(
      'Invite the family to a meeting',
    );
  });

  it('is in double quotation marks when a colon, hash or leading hyphen would change its meaning', () => {
    for (const value of ['Ring dad: now', 'Note #2 # here', '- a hyphen first', 'yes'])
      expect(renderString(value, { flow: false, column: 17, indent }, 'preferred')).toBe(JSON.stringify(value));
  });

  it('is a folded block wrapped to the line width when it is a long paragraph', () => {
    const value = `${'Meet the family and the SENCO: hear how Sami talks at home # and plan. '.repeat(4)}Done.`;
    const rendered = renderString(value, { flow: false, column: 17, indent }, 'preferred');
    const lines = rendered.split('\n');
    expect(lines[0]).toBe('>-');
    expect(lines.length).toBeGreaterThan(3);
    for (const line of lines.slice(1)) {
      expect(line.startsWith(' '.repeat(indent + 2))).toBe(true);
      expect(line.length).toBeLessThanOrEqual(LINE_WIDTH);
    }
  });

  it('is a literal block when it has line breaks, and on one line inside { }', () => {
    const value = 'One.\n\n- two\n- three';
    expect(renderString(value, { flow: false, column: 17, indent }, 'preferred')).toMatch(/^\|-\n/);
    expect(renderString(value, { flow: true, column: 17, indent }, 'preferred')).toBe(JSON.stringify(value));
  });
});

describe('the prose in the shipped scenarios', () => {
  const strings = (data: unknown): string[] =>
    typeof data === 'string' ? [data] : typeof data === 'object' && data !== null ? Object.values(data).flatMap(strings) : [];

  it.each(shipped)('reads back exactly when the form writes it again (%s)', (_file, text) => {
    const values = strings(read(text));
    expect(values.length).toBeGreaterThan(500);
    for (const value of values) readsBack(inBlock(value, 'preferred'), value);
  });
});
