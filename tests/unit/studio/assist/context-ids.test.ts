import { describe, expect, it } from 'vitest';
import { scanTextIds } from '../../../../src/studio/assist/context-ids';
import { bigScenario, sami, samiData } from './helpers';

/*
 * The scenario's own ids, read from its text in one pass, and still read when the text is broken.
 */

const scan = (text: string) => scanTextIds(text.split('\n'));

describe('the ids sami.yaml defines', () => {
  const ids = scan(sami);

  it('are the scene, stage, relationship and option ids a real parse finds', () => {
    expect(ids.scenes).toEqual(Object.keys(samiData.scenes));
    expect(ids.stages).toEqual(samiData.stages.map((s) => s.id));
    expect(ids.relationships).toEqual(samiData.relationships.map((r) => r.id));
    expect(ids.options).toEqual(Object.values(samiData.scenes).flatMap((s) => s.decision.options.map((o) => o.id)));
  });

  it('include every flag an option sets, and the flags conditions test', () => {
    const set = Object.values(samiData.scenes).flatMap((s) => s.decision.options.flatMap((o) => o.effects?.flags ?? []));
    expect(ids.flags).toEqual(expect.arrayContaining([...new Set(set)]));
    // Tested in `visibleIf: { any: [{ flag: slt-consulted }, …] }`.
    expect(ids.flags).toContain('slt-consulted');
  });
});

describe('text that is not what it looks like', () => {
  it('passes over block scalars, whose lines may look like keys', () => {
    const ids = scan(`scenes:
  a:
    text: |
      flag: in-the-story
      b:
    notes: >-
      flags: [nor-this]
  c:
    stage: one
`);
    expect(ids.scenes).toEqual(['a', 'c']);
    expect(ids.flags).toEqual([]);
  });

  it('reads block lists of flags, flow lists of flags and tested flags', () => {
    const ids = scan(`scenes:
  a:
    decision:
      options:
        - id: x
          effects:
            flags:
              - one
            requires: { flag: two }
        - id: y
          effects: { flags: [three] }
          requires:
            flag: four
`);
    expect(ids.flags.sort()).toEqual(['four', 'one', 'three', 'two']);
    expect(ids.options).toEqual(['x', 'y']);
  });

  it('keeps reading past a broken line', () => {
    const ids = scan(`stages:
  - { id: one, label: "Year 1 }
  - id: two
scenes:
  a:
    title: "never closed
  b
  c:
    stage: two
`);
    expect(ids.stages).toEqual(['one', 'two']);
    expect(ids.scenes).toEqual(expect.arrayContaining(['a', 'c']));
  });
});

describe('a 2,000-scene file', () => {
  it('yields every scene id', () => {
    const ids = scan(bigScenario(2000));
    expect(ids.scenes.length).toBe(2000);
    expect(ids.scenes.at(-1)).toBe('s1999');
    expect(ids.flags).not.toContain('not-a-flag');
  });
});
