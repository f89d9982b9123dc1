import { describe, expect, it } from 'vitest';
import { addOption, removeOption, writeOptionField } from '../../../../src/studio/options-form/write-options';
import { at, changeOf, edited, expectedData, optionPath, read } from './helpers';

/*
 * Authors lay YAML out in more ways than the shipped files do. The form must cope with the other
 * layouts it may meet, or refuse with a reason; never write something that reads differently.
 */

const scene = (body: string) => `id: test\nscenes:\n  a:\n    stage: s\n    title: A\n${body}`;

describe('an option written on one line, between { }', () => {
  const text = scene(
    '    decision:\n      options:\n        - { id: a1, kind: referral, label: Ring, feedback: Done., next: b } # short\n  b:\n    title: B\n',
  );

  it('keeps text in double quotation marks there, with its line breaks written as \\n', () => {
    const value = 'Ring: now\n- then write # it down';
    const after = edited(text, changeOf(writeOptionField(text, 'a', 0, { field: 'label', value })));
    expect(after).toContain(`label: ${JSON.stringify(value)}, feedback`);
    expect(read(after)).toEqual(expectedData(text, optionPath('a', 0, 'label'), value));
  });

  it('adds and removes fields inside the braces', () => {
    const added = edited(text, changeOf(writeOptionField(text, 'a', 0, { field: 'costs', value: 'An hour' })));
    expect(added).toContain('feedback: Done., costs: An hour, next: b } # short');
    const removed = edited(added, changeOf(writeOptionField(added, 'a', 0, { field: 'costs', value: '' })));
    expect(removed).toBe(text);
    const ended = edited(text, changeOf(writeOptionField(text, 'a', 0, { field: 'end', value: true })));
    expect(ended).toContain('feedback: Done., end: true }');
  });

  it('adds a new option below it as an indented block', () => {
    const after = edited(text, changeOf(addOption(text, 'a', 'knowing-who')));
    expect(after).toContain('} # short\n        - id: a-option-2\n          kind: referral\n');
    expect(at(read(after), optionPath('a', 1, 'expert'))).toEqual({
      text: 'Say what an expert would notice about this choice.',
      module: 'knowing-who',
    });
  });
});

describe('a comment after a value', () => {
  const text = scene('    decision:\n      options:\n        - id: a1\n          label: Ring # ask first\n          next: b\n');

  it('moves to the first line of a block that replaces the value, so it stays a comment', () => {
    const value = `${'A long label that goes on, '.repeat(6)}and ends.`;
    const after = edited(text, changeOf(writeOptionField(text, 'a', 0, { field: 'label', value })));
    expect(after).toContain('label: >- # ask first\n            A long label');
    expect(read(after)).toEqual(expectedData(text, optionPath('a', 0, 'label'), value));
  });

  it('stays where it is when the value stays on its line', () => {
    const after = edited(text, changeOf(writeOptionField(text, 'a', 0, { field: 'label', value: 'Ring: today' })));
    expect(after).toContain('label: "Ring: today" # ask first\n');
  });
});

describe('fields the option does not have yet', () => {
  const text = scene('    decision:\n      options:\n        - label: Ring\n          next: b\n');

  it('go where authors put them: kind before the label, the expert before next', () => {
    let after = edited(text, changeOf(writeOptionField(text, 'a', 0, { field: 'kind', value: 'referral' })));
    expect(after).toContain('        - kind: referral\n          label: Ring\n');
    after = edited(after, changeOf(writeOptionField(after, 'a', 0, { field: 'expertModule', value: 'knowing-who' })));
    expect(after).toContain('          label: Ring\n          expert:\n            module: knowing-who\n          next: b\n');
    after = edited(after, changeOf(writeOptionField(after, 'a', 0, { field: 'expertText', value: 'Why: because' })));
    expect(after).toContain('          expert:\n            text: "Why: because"\n            module: knowing-who\n');
  });

  it('removing the first field of a list item moves the next up beside the hyphen', () => {
    const after = edited(text, changeOf(writeOptionField(text, 'a', 0, { field: 'label', value: '' })));
    expect(after).toContain('        - label: ""\n');
    const withKind = edited(text, changeOf(writeOptionField(text, 'a', 0, { field: 'kind', value: 'referral' })));
    const change = changeOf(writeOptionField(withKind, 'a', 0, { field: 'next', value: '' }));
    expect(read(edited(withKind, change))).toEqual(expectedData(withKind, optionPath('a', 0, 'next'), undefined));
  });

  it('an empty value (`costs:` with nothing after it) is filled in place', () => {
    const empty = text.replace('          next: b\n', '          costs:\n          next: b\n');
    const after = edited(empty, changeOf(writeOptionField(empty, 'a', 0, { field: 'costs', value: 'Time' })));
    expect(after).toContain('          costs: Time\n          next: b\n');
  });
});

describe('flags written one a line', () => {
  const text = scene(
    '    decision:\n      options:\n        - id: a1\n          effects:\n            flags:\n              - one\n              - two\n          next: b\n',
  );

  it('stay one a line', () => {
    const after = edited(text, changeOf(writeOptionField(text, 'a', 0, { field: 'flags', value: ['one', 'three', 'four'] })));
    expect(after).toContain(
      '            flags:\n              - one\n              - three\n              - four\n          next: b\n',
    );
  });
});

describe('a scene with no options yet', () => {
  it('gets a decision with the new option when it has no decision', () => {
    const text = scene('    text: Something happens.\n  b:\n    title: B\n');
    const after = edited(text, changeOf(addOption(text, 'a')));
    expect(after).toContain(
      '    text: Something happens.\n    decision:\n      options:\n        - id: a-option-1\n          kind: referral\n',
    );
    expect(at(read(after), optionPath('a', 0, 'end'))).toBe(true);
    expect(at(read(after), ['scenes', 'b'])).toEqual({ title: 'B' });
  });

  it('gets its options list under the question when the decision has only a question', () => {
    const text = scene('    decision:\n      question: What now?\n');
    const after = edited(text, changeOf(addOption(text, 'a')));
    expect(after).toContain('      question: What now?\n      options:\n        - id: a-option-1\n');
  });

  it('refuses to remove an option it does not have', () => {
    expect(removeOption(scene('    decision:\n      options: []\n'), 'a', 0)).toMatchObject({ ok: false });
  });
});
