import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analysisCacheKey, engineInputs, type EngineInputs } from '../../../src/scenario/cache-key';
import { loadScenario, loadScenarioFile } from '../../../src/scenario/load';
import { fixtures, knownIds, root } from './helpers';

describe('the analysis cache', () => {
  const dir = join(root, 'tests', '.output', 'cache-test');
  const file = 'tests/.output/cache-test/reference.yaml';
  const cacheDir = join(root, 'node_modules', '.cache', 'crossing-boundaries', 'scenarios');
  const names = () => {
    try {
      return readdirSync(cacheDir);
    } catch {
      return [];
    }
  };
  const entries = () => names().length;
  // A comment unique to this run, so entries left by earlier runs cannot answer for this one.
  const text = `${readFileSync(join(fixtures, 'reference.yaml'), 'utf8')}\n# run ${Date.now()}-${Math.random()}\n`;

  it('gives exactly what a fresh analysis gives, and recomputes when the text changes', () => {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(root, file), text);
    const fresh = loadScenario(file, text, knownIds);
    const existing = new Set(names());
    const start = existing.size;
    const first = loadScenarioFile(root, file, knownIds);
    const before = entries();
    expect(before).toBe(start + 1);
    const second = loadScenarioFile(root, file, knownIds);
    expect(JSON.parse(JSON.stringify(first))).toEqual(JSON.parse(JSON.stringify(fresh)));
    expect(second).toEqual(JSON.parse(JSON.stringify(fresh)));
    expect(entries()).toBe(before);

    writeFileSync(join(root, file), text.replace('title: "Kai: Reception', 'title: "Kai again: Reception'));
    const changed = loadScenarioFile(root, file, knownIds);
    expect(entries()).toBe(before + 1);
    expect(changed.ok && changed.compiled.scenario.title).not.toBe(first.ok && first.compiled.scenario.title);
    rmSync(dir, { recursive: true, force: true });
    for (const name of names()) if (!existing.has(name)) rmSync(join(cacheDir, name));
  });
});

describe('the analysis cache key', () => {
  const inputs = engineInputs(root);
  const text = readFileSync(join(fixtures, 'reference.yaml'), 'utf8');
  const key = (changed: Partial<EngineInputs> = {}) =>
    analysisCacheKey('reference.yaml', text, knownIds, { ...inputs, ...changed });

  it("follows the checker's imports to every source file and package that can change a result", () => {
    for (const file of ['src/scenario/analyse.ts', 'src/scenario/explore.ts', 'src/schemas/ids.ts', 'src/schemas/audiences.ts'])
      expect(Object.keys(inputs.sources)).toContain(file);
    for (const name of ['zod', 'yaml', 'js-yaml', 'xstate']) expect(inputs.packages[name]).toMatch(/^\d+\.\d+/);
    expect(inputs.framework).toContain('dimensions');
  });

  it('is the same for the same inputs, and changes when any of them changes', () => {
    expect(key()).toBe(key());
    const edited = (file: string) => ({ sources: { ...inputs.sources, [file]: 'edited' } });
    const upgraded = (name: string) => ({ packages: { ...inputs.packages, [name]: '99.0.0' } });
    const changes: [string, Partial<EngineInputs>][] = [
      ['src/schemas/ids.ts edited', edited('src/schemas/ids.ts')],
      ['src/schemas/audiences.ts edited', edited('src/schemas/audiences.ts')],
      ['the framework file edited', { framework: `${inputs.framework}\n# edited` }],
      ['zod upgraded', upgraded('zod')],
      ['yaml upgraded', upgraded('yaml')],
      ['xstate upgraded', upgraded('xstate')],
    ];
    for (const [what, change] of changes) expect(key(change), what).not.toBe(key());
    expect(analysisCacheKey('reference.yaml', `${text}\n`, knownIds, inputs)).not.toBe(key());
    expect(analysisCacheKey('reference.yaml', text, { ...knownIds, roles: new Set(['gp']) }, inputs)).not.toBe(key());
  });
});
