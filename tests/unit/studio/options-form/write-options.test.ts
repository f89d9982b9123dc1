import { describe, expect, it } from 'vitest';
import { analyseScenario } from '../../../../src/scenario/analyse';
import { readKnownIds } from '../../../../src/scenario/load';
import { optionsAt, readScenario, sceneOptionsAt, type OptionValues } from '../../../../src/studio/options-form/read-options';
import { addOption, removeOption, writeOptionField, type OptionEdit } from '../../../../src/studio/options-form/write-options';
import { testFramework } from '../../scenario/helpers';
import { at, changeOf, edited, expectedData, optionPath, read, root, sami, shipped, sourceRange } from './helpers';

/*
 * The form writes into the author's own text: one field at a time, touching nothing else, and
 * always leaving YAML that reads as exactly what the form shows.
 */

const dimensions = testFramework.dimensions.map((d) => d.id);

/** Every field the form shows for an option, set to what it shows. */
function unchanged(o: OptionValues): OptionEdit[] {
  return [
    { field: 'kind', value: o.kind },
    { field: 'label', value: o.label },
    { field: 'feedback', value: o.feedback },
    { field: 'costs', value: o.costs },
    { field: 'expertText', value: o.expertText },
    { field: 'expertModule', value: o.expertModule },
    { field: 'next', value: o.next },
    { field: 'end', value: o.end },
    { field: 'flags', value: o.flags },
    ...dimensions.map((d): OptionEdit => ({ field: 'score', dimension: d, value: o.scores[d] ?? null })),
  ];
}

describe('writing back what the form shows', () => {
  it.each(shipped)('leaves %s byte for byte as it was, for every field of every option', (_file, text) => {
    const index = readScenario(text);
    if (!index.ok) throw new Error(index.reason);
    let options = 0;
    for (const scene of index.scenes) {
      const shown = optionsAt(index, scene.from);
      if (!shown.ok) throw new Error(shown.reason);
      expect(shown.options.map((o) => o.id)).toEqual(
        (at(read(text), ['scenes', scene.id, 'decision', 'options']) as { id: string }[]).map((o) => o.id),
      );
      shown.options.forEach((o, i) => {
        for (const edit of unchanged(o)) expect(writeOptionField(text, scene.id, i, edit)).toEqual({ ok: true, change: null });
      });
      options += shown.options.length;
    }
    expect(options).toBeGreaterThan(20);
  });
});

const awkward: Record<string, string> = {
  'a colon and a space': 'Phone the duty team: today, not tomorrow',
  hashes: 'Record it #1 on the log # now',
  'quotation marks': 'Say "I\'m worried" to the SENCO',
  'a leading hyphen': '- begin with the family',
  'line breaks': 'First paragraph.\n\nSecond: with a colon\n- a list item\n- another # not a comment\n',
  'a long paragraph': `${'Meet Farah and Owen with the SENCO: hear how Sami talks at home, agree "three small things" # and write them down. '.repeat(4)}Then review.`,
  'words YAML reads as other things': 'true',
  'curly quotes and accents': 'Nani’s café — “a safe place”',
};

const first = 'y1-hard-to-understand';
const textFields = { label: ['label'], feedback: ['feedback'], costs: ['costs'], expertText: ['expert', 'text'] } as const;

describe('a text field set to awkward text', () => {
  for (const [what, value] of Object.entries(awkward))
    for (const [field, path] of Object.entries(textFields))
      it(`${field} with ${what} reads back exactly, changing nothing else`, () => {
        const result = writeOptionField(sami, first, 0, { field: field as keyof typeof textFields, value });
        const change = changeOf(result);
        const after = edited(sami, change);
        expect(read(after)).toEqual(expectedData(sami, optionPath(first, 0, ...path), value));
        if (field === 'costs') {
          // The option had no costs: the field is added on a line of its own, after the feedback.
          expect(change.from).toBe(change.to);
          expect(change.insert).toMatch(/^\n {10}costs: /);
          expect(change.from).toBe(sourceRange(sami, optionPath(first, 0, 'feedback'))[1] - 1);
        } else {
          // Only the old value's own text is replaced.
          const [from, to] = sourceRange(sami, optionPath(first, 0, ...path));
          expect(change.from).toBe(from);
          expect(change.to).toBeLessThanOrEqual(to);
        }
      });

  it.each(shipped)('reads back exactly in %s, in the first, middle and last scenes', (_file, text) => {
    const index = readScenario(text);
    if (!index.ok) throw new Error(index.reason);
    const scenes = index.scenes;
    for (const scene of [scenes[0]!, scenes[scenes.length >> 1]!, scenes[scenes.length - 1]!]) {
      const label = awkward['a colon and a space']!;
      const after = edited(text, changeOf(writeOptionField(text, scene.id, 0, { field: 'label', value: label })));
      expect(read(after)).toEqual(expectedData(text, optionPath(scene.id, 0, 'label'), label));
    }
  });
});

/** Applies one edit to Sami's scenario and checks the data is the old data with `value` at `path`. */
function check(edit: OptionEdit, index: number, path: (string | number)[], value: unknown, scene = first): string {
  const after = edited(sami, changeOf(writeOptionField(sami, scene, index, edit)));
  expect(read(after)).toEqual(expectedData(sami, optionPath(scene, index, ...path), value));
  return after;
}

describe('the other fields', () => {
  it('changes the kind in place', () => {
    const after = check({ field: 'kind', value: 'joint-action' }, 0, ['kind'], 'joint-action');
    expect(after).toContain('        - id: y1-slt-form\n          kind: joint-action\n          label:');
  });

  it('changes a score in place, adds one to the scores, and removes one', () => {
    let after = check({ field: 'score', dimension: 'whole-child', value: -2 }, 1, ['scores', 'whole-child'], -2);
    expect(after).toContain('scores: { knowing-who: 2, whole-child: -2, accountable-rule-bending: 1 }');
    after = check({ field: 'score', dimension: 'safeguarding', value: 1 }, 1, ['scores', 'safeguarding'], 1);
    expect(after).toContain('scores: { knowing-who: 2, whole-child: 1, accountable-rule-bending: 1, safeguarding: 1 }');
    after = check({ field: 'score', dimension: 'whole-child', value: null }, 1, ['scores', 'whole-child'], undefined);
    expect(after).toContain('scores: { knowing-who: 2, accountable-rule-bending: 1 }');
  });

  it('removes the scores line when the last score is cleared', () => {
    const after = edited(
      sami,
      changeOf(writeOptionField(sami, first, 0, { field: 'score', dimension: 'knowing-who', value: null })),
    );
    expect(read(after)).toEqual(expectedData(sami, optionPath(first, 0, 'scores'), undefined));
    expect(after.length).toBe(sami.length - '          scores: { knowing-who: 1 }\n'.length);
  });

  it('changes next to another scene', () => {
    check({ field: 'next', value: 'y1-spring' }, 1, ['next'], 'y1-spring');
  });

  it('sets the flags, and removes effects when its flags were all it had', () => {
    let after = check(
      { field: 'flags', value: ['salt-referred', 'asked-senco'] },
      0,
      ['effects', 'flags'],
      ['salt-referred', 'asked-senco'],
    );
    expect(after).toContain('            flags: [salt-referred, asked-senco]\n');
    after = check({ field: 'flags', value: [] }, 0, ['effects', 'flags'], undefined);
    expect(after).toContain('            supports:\n');
    // y5-pause-and-ask sets a flag and nothing else: clearing it takes the whole effects field away.
    const change = changeOf(writeOptionField(sami, 'y5-late-again', 1, { field: 'flags', value: [] }));
    expect(sami.slice(change.from, change.to)).toBe('          effects:\n            flags: [knows-carer]\n');
    expect(read(edited(sami, change))).toEqual(expectedData(sami, optionPath('y5-late-again', 1, 'effects'), undefined));
  });

  it('removes costs, with all their lines', () => {
    const [from, to] = sourceRange(sami, optionPath(first, 2, 'costs'));
    const change = changeOf(writeOptionField(sami, first, 2, { field: 'costs', value: '' }));
    const after = edited(sami, change);
    expect(read(after)).toEqual(expectedData(sami, optionPath(first, 2, 'costs'), undefined));
    expect(change.insert).toBe('');
    expect(sami.slice(change.from, change.to)).toMatch(/^ {10}costs: >-\n/);
    expect(change.to).toBe(to);
    expect(change.from).toBe(sami.lastIndexOf('\n', from) + 1);
  });

  it('writes end: true in the place of next, and next in the place of end', () => {
    const next = sourceRange(sami, optionPath(first, 0, 'next'));
    const change = changeOf(writeOptionField(sami, first, 0, { field: 'end', value: true }));
    expect(change.from).toBe(sami.lastIndexOf('next:', next[0]));
    expect(change.insert).toBe('end: true');
    const ended = edited(sami, change);
    const data = expectedData(sami, optionPath(first, 0, 'next'), undefined);
    (at(data, optionPath(first, 0)) as Record<string, unknown>)['end'] = true;
    expect(read(ended)).toEqual(data);
    // And back again: the text is as it was.
    expect(edited(ended, changeOf(writeOptionField(ended, first, 0, { field: 'next', value: 'y1-spring' })))).toBe(sami);
  });

  it('removes end when "End play here" is unticked, leaving the option for the checker to ask where it leads', () => {
    const ended = edited(sami, changeOf(writeOptionField(sami, first, 0, { field: 'end', value: true })));
    const open = edited(ended, changeOf(writeOptionField(ended, first, 0, { field: 'end', value: false })));
    expect(read(open)).toEqual(expectedData(sami, optionPath(first, 0, 'next'), undefined));
  });
});

describe('adding and removing options', () => {
  it('adds an option with a fresh id and every required field, after the last', () => {
    const change = changeOf(addOption(sami, first));
    const after = edited(sami, change);
    expect(change.from).toBe(change.to);
    expect(change.from).toBe(sourceRange(sami, optionPath(first, 2))[1] - 1);
    const shown = sceneOptionsAt(after, after.indexOf(`${first}:`));
    if (!shown.ok) throw new Error(shown.reason);
    expect(shown.options).toHaveLength(4);
    expect(shown.options[3]).toMatchObject({
      id: `${first}-option-4`,
      kind: 'referral',
      expertModule: 'trajectories',
      next: 'y1-family-voice',
    });
    const data = read(sami);
    (at(data, optionPath(first, 0).slice(0, -1)) as unknown[]).push(at(read(after), optionPath(first, 3)));
    expect(read(after)).toEqual(data);
    // A second new option gets the next free id.
    const again = edited(after, changeOf(addOption(after, first)));
    expect(at(read(again), optionPath(first, 4, 'id'))).toBe(`${first}-option-5`);
  });

  it('removes an option with its lines and nothing else', () => {
    const [from] = sourceRange(sami, optionPath(first, 1));
    const [next] = sourceRange(sami, optionPath(first, 2));
    const change = changeOf(removeOption(sami, first, 1));
    expect(change).toEqual({ from: sami.lastIndexOf('\n', from) + 1, to: sami.lastIndexOf('\n', next) + 1, insert: '' });
    const data = read(sami);
    (at(data, optionPath(first, 0).slice(0, -1)) as unknown[]).splice(1, 1);
    expect(read(edited(sami, change))).toEqual(data);
  });

  it('leaves an empty list when the last option goes, and can add one back', () => {
    let text = sami;
    for (let i = 2; i >= 0; i--) text = edited(text, changeOf(removeOption(text, first, i)));
    expect(text).toContain('      options: []\n');
    expect(at(read(text), optionPath(first, 0).slice(0, -1))).toEqual([]);
    text = edited(text, changeOf(addOption(text, first)));
    expect(at(read(text), optionPath(first, 0, 'id'))).toBe(`${first}-option-1`);
    expect(at(read(text), optionPath(first, 0, 'end'))).toBe(true);
  });
});

describe('text the form cannot read', () => {
  const broken = sami.replace('          kind: referral\n', '          kind: referral\n         label: [unclosed\n');

  it('gives the reason, in plain words with the line, and no change', () => {
    const result = writeOptionField(broken, first, 0, { field: 'label', value: 'New' });
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.reason).toMatch(
        /^The form can only show the options once the YAML can be read\. Line \d+, column \d+: line \d+ /,
      );
    expect(addOption(broken, first).ok).toBe(false);
    expect(removeOption(broken, first, 0).ok).toBe(false);
    const shown = sceneOptionsAt(broken, broken.indexOf(first));
    expect(shown.ok).toBe(false);
  });

  it('refuses an option that is not there', () => {
    expect(writeOptionField(sami, first, 7, { field: 'label', value: 'x' })).toMatchObject({ ok: false });
    expect(writeOptionField(sami, 'no-such-scene', 0, { field: 'label', value: 'x' })).toMatchObject({ ok: false });
  });
});

describe('the checker after an edit', () => {
  const known = readKnownIds(root);
  if (!known.ok) throw new Error(known.problems.join('\n'));
  const schemaErrors = (text: string) =>
    analyseScenario('scenarios/sami.yaml', text, known.ids, { states: 1000 })
      .report.messages.filter((m) => m.code === 'schema' || m.code === 'yaml-syntax')
      .map((m) => `${m.field}: ${m.message}`);
  const before = schemaErrors(sami);

  const edits: [string, (text: string) => string][] = [
    [
      'a label with awkward text',
      (t) => edited(t, changeOf(writeOptionField(t, first, 0, { field: 'label', value: awkward['hashes']! }))),
    ],
    [
      'a long feedback',
      (t) => edited(t, changeOf(writeOptionField(t, first, 1, { field: 'feedback', value: awkward['a long paragraph']! }))),
    ],
    [
      'Markdown in the expert text',
      (t) => edited(t, changeOf(writeOptionField(t, first, 1, { field: 'expertText', value: awkward['line breaks']! }))),
    ],
    ['a new kind', (t) => edited(t, changeOf(writeOptionField(t, first, 2, { field: 'kind', value: 'rule-bending' })))],
    [
      'a new score',
      (t) => edited(t, changeOf(writeOptionField(t, first, 2, { field: 'score', dimension: 'safeguarding', value: 1 }))),
    ],
    ['costs removed', (t) => edited(t, changeOf(writeOptionField(t, first, 2, { field: 'costs', value: '' })))],
    [
      'costs added',
      (t) => edited(t, changeOf(writeOptionField(t, first, 0, { field: 'costs', value: awkward['quotation marks']! }))),
    ],
    ['end in place of next', (t) => edited(t, changeOf(writeOptionField(t, first, 1, { field: 'end', value: true })))],
    ['a new option', (t) => edited(t, changeOf(addOption(t, first)))],
    ['an option removed', (t) => edited(t, changeOf(removeOption(t, first, 1)))],
  ];

  it.each(edits)('reports no new schema errors after %s', (_what, edit) => {
    expect(schemaErrors(edit(sami))).toEqual(before);
  });

  it('names what is missing when the last option of a scene is removed', () => {
    let text = sami;
    for (let i = 2; i >= 0; i--) text = edited(text, changeOf(removeOption(text, first, i)));
    expect(schemaErrors(text)).toEqual([...before, `scenes.${first}.decision.options: needs at least 1 item(s)`]);
  });
});
