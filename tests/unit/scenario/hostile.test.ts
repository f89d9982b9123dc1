import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { firstNonUtf8Byte, loadScenarioBytes } from '../../../src/scenario/load';
import { fixtures, knownIds, root } from './helpers';

/* Files that are not scenarios at all, or are hostile: each is a finding on that file, never a crash. */
const bytesOf = (name: string) => readFileSync(join(fixtures, name));

describe('hostile scenario files', () => {
  it('reports an alias bomb as a finding on that file, with its line', () => {
    const { report } = loadScenarioBytes('hostile/alias-bomb.yaml', bytesOf('hostile/alias-bomb.yaml'), knownIds);
    expect(report.messages).toHaveLength(1);
    expect(report.messages[0]).toMatchObject({ severity: 'error', code: 'yaml-syntax', line: 3 });
    expect(report.messages[0]!.message).toMatch(/aliases \(\*name\) more than 100 times/);
  });

  it('refuses a file that is not UTF-8, naming the line and column of the first bad character', () => {
    const { report } = loadScenarioBytes('hostile/latin-1.yaml', bytesOf('hostile/latin-1.yaml'), knownIds);
    expect(report.messages).toEqual([expect.objectContaining({ severity: 'error', code: 'not-utf8', line: 3, column: 12 })]);
    expect(report.messages[0]!.message).toMatch(/save it again as "UTF-8"/);
  });

  it('tells UTF-8 from everything else, byte by byte', () => {
    const enc = (s: string) => new TextEncoder().encode(s);
    expect(firstNonUtf8Byte(enc('café — “quotes” 🙂'))).toBe(-1);
    expect(firstNonUtf8Byte(Uint8Array.from([0x63, 0x61, 0x66, 0xe9]))).toBe(3); // Latin-1 é
    expect(firstNonUtf8Byte(Uint8Array.from([0x41, 0xc0, 0xaf]))).toBe(1); // overlong "/"
    expect(firstNonUtf8Byte(Uint8Array.from([0xed, 0xa0, 0x80]))).toBe(0); // a surrogate
    expect(firstNonUtf8Byte(Uint8Array.from([0xf4, 0x90, 0x80, 0x80]))).toBe(0); // past U+10FFFF
    expect(firstNonUtf8Byte(Uint8Array.from([0xe2, 0x80]))).toBe(0); // cut short
  });

  it('the command carries on to the next file after a hostile one', () => {
    let out = '';
    try {
      execFileSync(
        'npx',
        [
          'tsx',
          'scripts/scenarios-check.ts',
          'tests/fixtures/scenarios/hostile/alias-bomb.yaml',
          'tests/fixtures/scenarios/hostile/latin-1.yaml',
          'tests/fixtures/scenarios/good/minimal.yaml',
        ],
        { cwd: root, encoding: 'utf8' },
      );
    } catch (error) {
      out = (error as { stdout: string }).stdout;
    }
    expect(out).toContain('alias-bomb.yaml:3');
    expect(out).toContain('latin-1.yaml:3:12 error [not-utf8]');
    expect(out).toMatch(/minimal\.yaml \(minimal\)\n {2}analysis: exact/);
    expect(out).toContain('2 of 3 scenario file(s) have errors.');
  });
});
