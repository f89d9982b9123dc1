import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { MAX_KNOTS, moduleArt } from '../../../src/illustration/module-art';
import { root } from '../scenario/helpers';
import { all, decorativeSvg, styleOf } from './svg-check';

/** The course's modules as their headers would draw them: id and concept ids from the frontmatter. */
const modules = readdirSync(join(root, 'content', 'modules'))
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => {
    const text = readFileSync(join(root, 'content', 'modules', f), 'utf8');
    const frontmatter = parse(text.split(/^---$/m)[1] ?? '') as { concepts?: string[] };
    return { id: f.replace(/\.mdx$/, ''), concepts: frontmatter.concepts ?? [] };
  });

const knots = (svg: string) => all(decorativeSvg(svg)).filter((e) => e.name === 'circle' && styleOf(e)['fill'] === 'none');
const strands = (svg: string) =>
  all(decorativeSvg(svg)).filter((e) => e.name === 'path' && (styleOf(e)['fill'] ?? '').startsWith('var(--series-'));

describe.each(modules.map((m) => [m.id, m] as const))('the header drawing of %s', (_, { id, concepts }) => {
  const svg = moduleArt(id, concepts);

  it('is decorative, with no text', () => {
    const root = decorativeSvg(svg);
    expect(root.attrs['aria-hidden']).toBe('true');
    expect(root.attrs['focusable']).toBe('false');
    expect(all(root).map((e) => e.name)).not.toContain('text');
  });

  it('ties one knot per concept among five strands', () => {
    expect(knots(svg)).toHaveLength(Math.min(concepts.length, MAX_KNOTS));
    expect(strands(svg).map((e) => styleOf(e)['fill'])).toEqual([0, 1, 2, 3, 4].map((i) => `var(--series-${i})`));
  });

  it('is the same drawing every time', () => {
    expect(moduleArt(id, [...concepts])).toBe(svg);
  });
});

it('gives every module a drawing of its own', () => {
  expect(modules.length).toBeGreaterThan(1);
  expect(new Set(modules.map((m) => moduleArt(m.id, m.concepts))).size).toBe(modules.length);
});

it('changes when a module’s concepts change', () => {
  expect(moduleArt('m', ['a', 'b', 'c'])).not.toBe(moduleArt('m', ['a', 'b', 'd']));
});

it('copes with no concepts and with more than it can show', () => {
  expect(knots(moduleArt('m', []))).toHaveLength(0);
  expect(strands(moduleArt('m', []))).toHaveLength(5);
  const many = Array.from({ length: 20 }, (_, i) => `concept-${i}`);
  expect(knots(moduleArt('m', many))).toHaveLength(MAX_KNOTS);
});
