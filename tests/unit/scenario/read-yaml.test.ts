import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseYamlWithPositions } from '../../../src/authoring/yaml';
import { analyseScenario } from '../../../src/scenario/analyse';
import { generateScenario, generatedFile } from '../../../src/scenario/generate';
import { listScenarioFiles } from '../../../src/scenario/load';
import { FAST_READ_BYTES, readFast, readLargeYaml } from '../../../src/scenario/read-yaml';
import { fixtures, knownIds, root } from './helpers';
import { minimal } from './minimal';
import { slips } from './slips';
import { cases } from '../cases';

/*
 * Large files are read by js-yaml (read-yaml.ts) and small ones by the `yaml` package (src/authoring/yaml.ts).
 * Whatever the fast reader accepts, the positioned parser must accept too, with the same data;
 * whatever it refuses goes to the positioned parser, which says what is wrong.
 */
function agrees(text: string): void {
  const fast = readFast(text);
  if (!fast) return;
  const slow = parseYamlWithPositions(text);
  expect(slow.syntaxErrors).toEqual([]);
  expect(fast.data).toEqual(slow.data);
}

const texts: [string, string][] = [
  ...listScenarioFiles(root).map((f): [string, string] => [f, readFileSync(join(root, f), 'utf8')]),
  ...readdirSync(join(fixtures, 'good'))
    .filter((f) => f.endsWith('.yaml'))
    .map((f): [string, string] => [`good/${f}`, readFileSync(join(fixtures, 'good', f), 'utf8')]),
  ...slips.map((s): [string, string] => [`the small example with ${s.name}`, s.patch(minimal)]),
  ['reference.yaml', readFileSync(join(fixtures, 'reference.yaml'), 'utf8')],
  ['generated, 100 scenes', generatedFile(generateScenario(100))],
];

describe('the fast reader for large files', () => {
  it.each(texts)('reads %s as the positioned parser does, or leaves it to that parser', (_name, text) => {
    agrees(text);
  });

  it('reads generated files, and leaves files written by hand (flow mappings, block text, comments) to the positioned parser', () => {
    expect(readFast(generatedFile(generateScenario(20)))).not.toBeNull();
    expect(readFast(readFileSync(join(fixtures, 'reference.yaml'), 'utf8'))).toBeNull();
    expect(readFast('a: 1 # a comment\n')).toBeNull();
    expect(readFast('text: >\n  folded\n')).toBeNull();
    expect(readFast('a: "one\n  two"\n')).toBeNull();
  });

  it('leaves YAML errors, aliases of lists and mappings, and several documents to the positioned parser', () => {
    expect(readFast('a: 1\na: 2\n')).toBeNull();
    expect(readFast('a: &x [1, 2]\nb: *x\n')).toBeNull();
    expect(readFast('a: 1\n---\nb: 2\n')).toBeNull();
    expect(readFast('a: [1, 2\n')).toBeNull();
    expect(readFast('')).toBeNull();
  });

  it('resolves plain scalars as YAML 1.2 core does in the positioned parser (numbers, booleans, null; dates stay text)', () => {
    const scalars = [
      '1_000',
      'yes',
      'No',
      'on',
      '2026-01-01',
      '0o17',
      '0x1F',
      '+5',
      '017',
      '.5',
      '1e3',
      '-2.5E-1',
      '.inf',
      '-.Inf',
      '.NaN',
      '~',
      'null',
      'NULL',
      'True',
      'FALSE',
      'tRUE',
      '1.',
      '12:30',
      '0b101',
      '5 apples',
      'null1',
    ];
    for (const s of scalars) agrees(`v: ${s}\n`);
    fc.assert(
      fc.property(fc.stringMatching(/^[-+.0-9a-zA-Z_:~ ]{1,8}$/), (s) => agrees(`v: ${s}\n`)),
      { numRuns: cases(500) },
    );
  });

  it('never accepts a damaged scenario that the positioned parser refuses, nor reads it differently', () => {
    const original = generatedFile(generateScenario(12));
    const edits = fc.tuple(
      fc.nat(original.length - 1),
      fc.constantFrom('', ' ', '  ', '\t', ':', '-', '"', "'", '#', '[', '{', '\n', '*', '&', '!', '|', '>'),
    );
    fc.assert(
      fc.property(fc.array(edits, { minLength: 1, maxLength: 3 }), (changes) => {
        let text = original;
        for (const [at, insert] of changes) text = `${text.slice(0, at)}${insert}${text.slice(at + (insert === '' ? 1 : 0))}`;
        agrees(text);
      }),
      { numRuns: cases(250) },
    );
  }, 120_000);

  it('is used only for files too large to have been written by hand, and gives the same report', () => {
    const small = generatedFile(generateScenario(20));
    expect(small.length).toBeLessThan(FAST_READ_BYTES);
    expect(readLargeYaml(small)).toBeNull();
    const large = generatedFile(generateScenario(100));
    expect(large.length).toBeGreaterThan(FAST_READ_BYTES);
    expect(readLargeYaml(large)).not.toBeNull();
    // A message in a large file is positioned by the positioned parser, read only when needed.
    const broken = large.replace('minutes: 20', 'minutes: "twenty"');
    const { report } = analyseScenario('generated-100.yaml', broken, knownIds);
    expect(report.messages.map((m) => `${m.line}:${m.column} ${m.code} ${m.field}`)).toEqual(['12:10 schema minutes']);
  });
});
