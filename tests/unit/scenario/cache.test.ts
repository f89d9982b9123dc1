import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
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
