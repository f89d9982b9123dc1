import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compile } from '../../../src/scenario/compile';
import { loadScenario } from '../../../src/scenario/load';
import { replay } from '../../../src/scenario/replay';
import { knownIds, root } from './helpers';

/** The guide's example and its worked numbers must stay true as the engine changes. */
describe('docs/authoring-scenarios.md', () => {
  const guide = readFileSync(join(root, 'docs', 'authoring-scenarios.md'), 'utf8');
  const example = /## A complete small example[\s\S]*?```yaml\n([\s\S]*?)```/.exec(guide)?.[1] ?? '';

  it('contains a complete example that passes the checker without a word', () => {
    const loaded = loadScenario('scenarios/minimal.yaml', example, knownIds);
    expect(loaded.report.messages).toEqual([]);
    expect(loaded.ok).toBe(true);
  });

  it('works the example through correctly', () => {
    const loaded = loadScenario('scenarios/minimal.yaml', example, knownIds);
    if (!loaded.ok) throw new Error('example does not load');
    const engine = compile(loaded.compiled);
    const yearTwo = (choices: string[]) => replay(engine, choices).snapshot.context.trajectory[1];
    expect(yearTwo(['ring-dad', 'family-plan'])).toEqual({ learning: 4, health: 1, family: 2, community: 3, wellbeing: 2 });
    expect(Object.values(yearTwo(['refer-nurse']) ?? {}).reduce((a, b) => a + b, 0)).toBe(18);
    expect(guide).toContain('a total of 12');
    expect(guide).toContain('giving a total of 18');
  });
});
