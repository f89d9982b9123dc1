import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { root } from './helpers';

/**
 * The browser must get the engine without the build-time tools: no YAML parser, no zod, no
 * xstate/graph and none of the checker's own modules may be reachable from runtime.ts.
 */
function reachable(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const queue = [entry];
  while (queue.length) {
    const file = queue.pop()!;
    if (files.has(file)) continue;
    files.add(file);
    for (const { fileName: spec } of ts.preProcessFile(readFileSync(file, 'utf8'), true, true).importedFiles) {
      if (!spec.startsWith('.')) {
        packages.add(spec);
        continue;
      }
      const base = join(dirname(file), spec);
      const resolved = [base, `${base}.ts`, join(base, 'index.ts')].find((p) => p.endsWith('.ts') && existsSync(p));
      if (!resolved) throw new Error(`cannot resolve ${spec} from ${file}`);
      queue.push(resolved);
    }
  }
  return { files, packages };
}

describe('the run-time import graph', () => {
  const { files, packages } = reachable(join(root, 'src', 'scenario', 'runtime.ts'));
  const names = [...files].map((f) => relative(root, f)).sort();

  it('reaches XState and the engine', () => {
    expect(packages).toContain('xstate');
    expect(names).toContain('src/scenario/compile.ts');
    expect(names).toContain('src/scenario/debrief.ts');
  });

  it('never reaches zod, yaml, js-yaml, xstate/graph or Node built-ins', () => {
    const forbidden = [...packages].filter(
      (p) => /^(zod|zod-to-json-schema|yaml|js-yaml|xstate\/graph)(\/|$)/.test(p) || p.startsWith('node:'),
    );
    expect(forbidden).toEqual([]);
  });

  it('never reaches the build-time modules', () => {
    const buildOnly = [
      'schema',
      'read-yaml',
      'load',
      'cache-key',
      'analyse',
      'explore',
      'fast-model',
      'state-key',
      'key-table',
      'why',
      'findings',
      'checks',
      'graph',
      'report',
      'generate',
    ].map((m) => `src/scenario/${m}.ts`);
    expect(names.filter((n) => buildOnly.includes(n) || !n.startsWith('src/scenario/'))).toEqual([]);
  });
});

describe('the studio worker’s import graph', () => {
  const { files, packages } = reachable(join(root, 'src', 'studio', 'check-worker.ts'));

  it('holds the whole checker and the map layout, as the command line runs them', () => {
    const names = [...files].map((f) => relative(root, f));
    expect(names).toContain('src/scenario/analyse.ts');
    expect(names).toContain('src/scenario/map.ts');
  });

  it('never reaches Node built-ins or the file-reading loaders', () => {
    expect([...packages].filter((p) => p.startsWith('node:'))).toEqual([]);
    const names = [...files].map((f) => relative(root, f));
    expect(names.filter((n) => /src\/scenario\/(load|cache-key)\.ts|src\/authoring\/course-facts\.ts/.test(n))).toEqual([]);
  });
});
