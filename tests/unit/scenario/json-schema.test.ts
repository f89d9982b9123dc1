import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scenarioJsonSchema } from '../../../src/scenario/schema';
import { fixtureText, root } from './helpers';

describe('scenarios/scenario.schema.json', () => {
  it('is in step with the zod schema (regenerate with tsx scripts/scenario-schema.ts)', () => {
    // Compared as data, so reformatting the file (prettier) does not count as a change.
    const committed: unknown = JSON.parse(readFileSync(join(root, 'scenarios', 'scenario.schema.json'), 'utf8'));
    expect(committed).toEqual(scenarioJsonSchema());
  });

  it('describes every field, so editors can show help', () => {
    const text = JSON.stringify(scenarioJsonSchema());
    const properties = text.match(/"properties":\{/g)?.length ?? 0;
    expect(properties).toBeGreaterThan(10);
    expect(text).toContain('Stages the child waits before it starts');
  });

  it('is named at the top of every scenario fixture', () => {
    expect(fixtureText('reference.yaml').startsWith('# yaml-language-server: $schema=')).toBe(true);
    expect(fixtureText('good/minimal.yaml').startsWith('# yaml-language-server: $schema=')).toBe(true);
  });
});
