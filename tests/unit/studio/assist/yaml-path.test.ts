import { describe, expect, it } from 'vitest';
import { stringLines, type Lines } from '../../../../src/studio/assist/yaml-lines';
import { placeAt } from '../../../../src/studio/assist/yaml-path';
import { bigScenario, cursor, samiWith } from './helpers';

/*
 * Where the cursor is, read from indentation and line shapes, so the hints know it while the author
 * is half-way through a line and the file does not parse.
 */

const place = (marked: string) => {
  const { lines, pos } = cursor(marked);
  return placeAt(lines, pos);
};

const OPTION = ['scenes', 'y1-hard-to-understand', 'decision', 'options'];

describe('the mapping the cursor is in', () => {
  it('knows an empty line under an option is a new key of that option, and which keys it has', () => {
    const found = place(samiWith('          next: y1-spring\n', '          next: y1-spring\n          ‸\n'));
    expect(found).toMatchObject({ kind: 'key', path: [...OPTION, 0], word: '', itemStart: false });
    if (found.kind !== 'key') return;
    expect(new Set(found.present)).toEqual(new Set(['id', 'kind', 'label', 'effects', 'scores', 'feedback', 'expert', 'next']));
  });

  it('counts list items, with the first key on the `- ` line, to give the option its index', () => {
    const found = place(samiWith('          next: y1-slt-view\n', '          ‸\n          next: y1-slt-view\n'));
    expect(found).toMatchObject({ kind: 'key', path: [...OPTION, 1] });
    if (found.kind !== 'key') return;
    // Keys below the cursor count too, and the item's first key on its `- ` line.
    expect(found.present).toEqual(expect.arrayContaining(['id', 'kind', 'next']));
  });

  it('opens a new list item on `- `, which may be a mapping or a plain value', () => {
    const found = place('scenes:\n  a:\n    decision:\n      options:\n        - id: x\n        - ‸\n');
    expect(found).toMatchObject({ kind: 'key', path: ['scenes', 'a', 'decision', 'options', 1], itemStart: true, present: [] });
    expect(place('concepts:\n  - ehc-plan\n  - co‸')).toMatchObject({
      kind: 'key',
      path: ['concepts', 1],
      itemStart: true,
      word: 'co',
    });
  });

  it('reads a list written at the same column as its key', () => {
    const found = place('scenes:\n  a:\n    decision:\n      options:\n      - id: x\n      - id: y\n        ‸');
    expect(found).toMatchObject({ kind: 'key', path: ['scenes', 'a', 'decision', 'options', 1], present: ['id'] });
  });

  it('gives the top-level keys already written, above and below, at column 0', () => {
    const found = place('id: x\ntitle: T\n‸\nscenes:\n  a:\n    title: not top level\n');
    expect(found).toMatchObject({ kind: 'key', path: [] });
    if (found.kind === 'key') expect(new Set(found.present)).toEqual(new Set(['id', 'title', 'scenes']));
  });
});

describe('typing a value', () => {
  it('names the key whose value is typed, and the word so far', () => {
    const { text, pos, lines } = cursor(samiWith('          next: y1-spring\n', '          next: y1-sp‸\n'));
    const found = placeAt(lines, pos);
    expect(found).toMatchObject({
      kind: 'value',
      path: [...OPTION, 0],
      key: 'next',
      node: [...OPTION, 0, 'next'],
      word: 'y1-sp',
    });
    if (found.kind === 'value') expect(text.slice(found.from, pos)).toBe('y1-sp');
  });

  it('reads `- id: x` on the dash line as the value of id in that item', () => {
    expect(place('stages:\n  - id: a\n  - id: b‸')).toMatchObject({ kind: 'value', path: ['stages', 1], key: 'id', word: 'b' });
  });

  it('says a space is still needed straight after the colon', () => {
    expect(place('role:‸')).toMatchObject({ kind: 'value', key: 'role', needsSpace: true });
    expect(place('role: ‸')).toMatchObject({ kind: 'value', key: 'role', needsSpace: false });
  });

  it('takes the word inside an open quote', () => {
    expect(place('role: "class-t‸')).toMatchObject({ kind: 'value', key: 'role', word: 'class-t' });
    expect(place('role: "class-teacher" ‸')).toEqual({ kind: 'none' });
  });
});

describe('flow maps and lists on one line', () => {
  it('knows the key of a flow map whose value is typed, and where the map sits', () => {
    const found = place(samiWith('- { domain: health, text: "Adults', '- { domain: hea‸, text: "Adults'));
    expect(found).toMatchObject({
      kind: 'value',
      path: ['scenes', 'y1-hard-to-understand', 'signals', 0],
      key: 'domain',
      word: 'hea',
    });
  });

  it('knows a new key in a flow map, and the keys on either side of it', () => {
    const found = place('start: { learning: 4, ‸, health: 5 }');
    expect(found).toMatchObject({ kind: 'key', path: ['start'], word: '' });
    if (found.kind === 'key') expect(found.present).toEqual(['learning', 'health']);
  });

  it('follows nested flow collections down to the item being typed', () => {
    const found = place('endings:\n  - id: e\n    when: { any: [{ flag: a }, { flag: b‸');
    expect(found).toMatchObject({ kind: 'value', path: ['endings', 0, 'when', 'any', 1], key: 'flag', word: 'b' });
    expect(place('modules: [trajectories, kn‸]')).toMatchObject({
      kind: 'value',
      key: 'modules',
      node: ['modules', 1],
      word: 'kn',
    });
  });

  it('follows a flow map over several lines', () => {
    expect(place('start: {\n  learning: 4,\n  hea‸')).toMatchObject({ kind: 'key', path: ['start'], present: ['learning'] });
  });

  it('offers nothing once the collection has closed', () => {
    expect(place('scores: { knowing-who: 1 } ‸')).toEqual({ kind: 'none' });
  });
});

describe('places where nothing fits', () => {
  it('is nothing inside a block scalar, literal or folded, or on its header', () => {
    expect(place(samiWith('      It is October, and', '      It is Oct‸ober, and'))).toEqual({ kind: 'none' });
    expect(place(samiWith('      It is October, and', '      ‸It is October, and'))).toEqual({ kind: 'none' });
    expect(place(samiWith('            The referral is accepted.', '            The ref‸erral is accepted.'))).toEqual({
      kind: 'none',
    });
    expect(place('scenes:\n  a:\n    text: |‸')).toEqual({ kind: 'none' });
    expect(place('scenes:\n  a:\n    notes: >-\n      Words\n\n      ‸')).toEqual({ kind: 'none' });
  });

  it('is a key again back at the block scalar key’s own column', () => {
    expect(place('scenes:\n  a:\n    text: |\n      Words\n    ‸')).toMatchObject({
      kind: 'key',
      path: ['scenes', 'a'],
      present: ['text'],
    });
  });

  it('is nothing in a comment, and comments between keys are passed over', () => {
    expect(place('id: x # a comm‸')).toEqual({ kind: 'none' });
    expect(place('# ‸')).toEqual({ kind: 'none' });
    const found = place('scenes:  # all of them\n  # ---- Year 1\n  a:\n    # the stage\n    stage: one\n    ‸');
    expect(found).toMatchObject({ kind: 'key', path: ['scenes', 'a'], present: ['stage'] });
  });
});

describe('half-typed and broken YAML', () => {
  it('still finds the option with an unclosed quote two lines up and a colon missing', () => {
    const broken = samiWith(
      '          next: y1-spring\n',
      '          next: y1-spring\n        - id: y1-new\n          label: "Ring the therapist\n          kind referral\n          ‸\n',
    );
    const found = place(broken);
    expect(found).toMatchObject({ kind: 'key', path: [...OPTION, 1] });
    if (found.kind === 'key') expect(found.present).toEqual(expect.arrayContaining(['id', 'label']));
  });

  it('takes a bare word with deeper lines below as a key whose colon is missing', () => {
    const found = place('scenes:\n  a:\n    decision\n      options:\n        - id: x\n          ‸');
    expect(found).toMatchObject({ kind: 'key', path: ['scenes', 'a', 'decision', 'options', 0] });
  });
});

describe('a 2,000-scene file', () => {
  const big = bigScenario(2000);

  /** Lines over `text` that count how many lines are read. */
  function counted(text: string): { lines: Lines; reads: () => number } {
    const inner = stringLines(text);
    let reads = 0;
    return {
      lines: {
        ...inner,
        text: (n) => (reads++, inner.text(n)),
        walkUp: (n, visit) => inner.walkUp(n, (line, k) => (reads++, visit(line, k))),
        walkDown: (n, visit) => inner.walkDown(n, (line, k) => (reads++, visit(line, k))),
      },
      reads: () => reads,
    };
  }

  it('is about a megabyte', () => {
    expect(big.length).toBeGreaterThan(900_000);
  });

  it('reads only the lines around the cursor in an early scene', () => {
    const at = big.indexOf('          next: s3\n') + '          next: s'.length;
    const { lines, reads } = counted(big);
    expect(placeAt(lines, at)).toMatchObject({ kind: 'value', path: ['scenes', 's2', 'decision', 'options', 0], key: 'next' });
    expect(reads()).toBeLessThan(150);
  });

  it('finds the path in the last scene without reading the lines below it', () => {
    const at = big.indexOf('          next: s2000\n') + '          next: s'.length;
    const { lines, reads } = counted(big);
    expect(placeAt(lines, at)).toMatchObject({ kind: 'value', path: ['scenes', 's1999', 'decision', 'options', 0], key: 'next' });
    expect(reads()).toBeLessThanOrEqual(lines.lineAt(at) + 1);
  });
});
