import { describe, expect, it } from 'vitest';
import { scanTextIds } from '../../../../src/studio/assist/context-ids';
import { keyHelpAt, suggestAt } from '../../../../src/studio/assist/suggestions';
import { cursor, known, samiData, samiWith, schema } from './helpers';

/*
 * What an author is offered while writing a scenario, and what hovering over a key tells them.
 */

/** The labels offered at the mark, with the file's own ids read from the text. */
function offered(marked: string): string[] {
  const { text, lines, pos } = cursor(marked);
  const found = suggestAt(lines, pos, schema, () => ({ ...known, ...scanTextIds(text.split('\n')) }));
  return found?.items.map((i) => i.label) ?? [];
}

const afterFirstOption = (line: string) => samiWith('          next: y1-spring\n', `          next: y1-spring\n${line}\n`);

describe('keys', () => {
  it('offers an option’s fields on an empty line under it, less the ones it has', () => {
    const labels = offered(afterFirstOption('          ‸'));
    expect(labels).toEqual(expect.arrayContaining(['costs', 'critical', 'statutoryStep', 'requires', 'end']));
    for (const there of ['id', 'kind', 'label', 'effects', 'scores', 'feedback', 'expert', 'next'])
      expect(labels).not.toContain(there);
  });

  it('offers a new option all its fields but the id already typed on its `- ` line', () => {
    const labels = offered(afterFirstOption('        - id: y1-new\n          ‸'));
    expect(labels).toEqual(expect.arrayContaining(['kind', 'label', 'effects', 'scores', 'feedback', 'costs', 'expert', 'next']));
    expect(labels).not.toContain('id');
  });

  it('marks required fields and carries their descriptions', () => {
    const { lines, pos } = cursor(afterFirstOption('        - id: y1-new\n          ‸'));
    const items = suggestAt(lines, pos, schema, () => ({ ...known, ...scanTextIds([]) }))!.items;
    expect(items.find((i) => i.label === 'feedback')).toMatchObject({
      apply: 'feedback: ',
      required: true,
      info: 'Shown straight after the choice.',
    });
    expect(items.find((i) => i.label === 'costs')).toMatchObject({ required: false });
  });

  it('offers the framework’s dimensions under `scores:`, less those scored already', () => {
    expect(offered(samiWith('          scores: { knowing-who: 1 }\n', '          scores:\n            ‸\n'))).toEqual(
      known.dimensions,
    );
    const labels = offered(samiWith('          scores: { knowing-who: 1 }\n', '          scores: { knowing-who: 1, ‸ }\n'));
    expect(labels).toEqual(known.dimensions.filter((d) => d !== 'knowing-who'));
  });

  it('offers the life domains for `start` and a stage’s `drift`, and relationships in effects', () => {
    expect(offered('start: { learning: 4, ‸ }')).toEqual(known.domains.filter((d) => d !== 'learning'));
    expect(offered('stages:\n  - id: one\n    drift:\n      ‸')).toEqual(known.domains);
    expect(offered(samiWith('            relationships: { parents: 1 }', '            relationships: { ‸ }'))).toEqual([
      'parents',
      'sami',
    ]);
  });

  it('narrows a condition once its first key is written', () => {
    expect(offered('endings:\n  - id: e\n    when: { level: total, ‸ }')).toEqual(['atLeast', 'atMost']);
  });

  it('adds no second colon when the key already has one', () => {
    const { lines, pos } = cursor(samiWith('          kind: referral\n', '          ki‸nd: referral\n'));
    const found = suggestAt(lines, pos, schema, () => ({ ...known, ...scanTextIds([]) }))!;
    expect(found.items.find((i) => i.label === 'kind')?.apply).toBe('kind');
  });
});

describe('values', () => {
  it('offers exactly the three kinds after `kind: `', () => {
    expect(offered(samiWith('          kind: referral\n', '          kind: ‸\n'))).toEqual([
      'referral',
      'rule-bending',
      'joint-action',
    ]);
  });

  it('offers the file’s scene ids after `next: `', () => {
    expect(offered(samiWith('          next: y1-spring\n', '          next: ‸\n'))).toEqual(Object.keys(samiData.scenes));
  });

  it('offers the file’s stage ids after `stage: `, and the course’s roles after `role: `', () => {
    expect(
      offered(samiWith('    stage: year1\n    title: Hard to understand', '    stage: ‸\n    title: Hard to understand')),
    ).toEqual(['year1', 'year3', 'year5', 'year6', 'year7']);
    expect(offered(samiWith('role: class-teacher', 'role: ‸'))).toEqual(known.roles);
  });

  it('offers modules for an expert’s module and the modules list, and glossary concepts in concepts', () => {
    expect(offered(samiWith('            module: knowing-who\n', '            module: ‸\n'))).toEqual(known.modules);
    expect(offered(samiWith('modules: [trajectories,', 'modules: [‸trajectories,'))).toEqual(known.modules);
    expect(offered(samiWith('  - ehc-plan\n', '  - ehc-plan\n  - ‸\n'))).toEqual(known.concepts);
  });

  it('offers domains in a support’s domains and a signal’s domain, and flags in a condition', () => {
    expect(offered(samiWith('domains: [health], strength: 1', 'domains: [‸], strength: 1'))).toEqual(known.domains);
    expect(offered(samiWith('- { domain: health, text: "Adults', '- { domain: ‸, text: "Adults'))).toEqual(known.domains);
    const flags = offered(samiWith('visibleIf: { any: [{ flag: slt-consulted }', 'visibleIf: { any: [{ flag: ‸'));
    expect(flags).toEqual(expect.arrayContaining(['salt-referred', 'slt-consulted', 'ehc-requested']));
  });

  it('puts the missing space in front when the colon has none after it', () => {
    const { lines, pos } = cursor(samiWith('          kind: referral\n', '          kind:‸\n'));
    const found = suggestAt(lines, pos, schema, () => ({ ...known, ...scanTextIds([]) }))!;
    expect(found.items.map((i) => i.apply)).toEqual([' referral', ' rule-bending', ' joint-action']);
  });

  it('offers nothing for free text', () => {
    expect(offered(samiWith('          kind: referral\n', '          kind: referral\n          costs: ‸\n'))).toEqual([]);
  });
});

describe('half-typed and broken YAML', () => {
  it('still offers the kinds with an unclosed quote two lines up and a colon missing', () => {
    const labels = offered(
      afterFirstOption('        - id: y1-new\n          label: "Ring the therapist\n          feedback Rang\n          kind: ‸'),
    );
    expect(labels).toEqual(['referral', 'rule-bending', 'joint-action']);
    // The file's scene ids are still read past the broken lines.
    expect(offered(afterFirstOption('        - id: y1-new\n          label: "Ring the therapist\n          next: ‸'))).toContain(
      'y7-settling',
    );
  });
});

describe('places that get nothing', () => {
  it('offers nothing inside a block scalar or a comment', () => {
    expect(offered(samiWith('      It is October, and', '      It is Oct‸ober, and'))).toEqual([]);
    expect(
      offered(
        samiWith(
          '          feedback: >-\n            The referral is accepted.',
          '          feedback: >-\n            ‸The referral is accepted.',
        ),
      ),
    ).toEqual([]);
    expect(offered(samiWith('# Sami and his family are invented.', '# Sami and his fam‸ily are invented.'))).toEqual([]);
  });
});

describe('hover', () => {
  const hover = (marked: string) => {
    const { lines, pos } = cursor(marked);
    return keyHelpAt(lines, pos, schema);
  };

  it('describes `feedback` from the schema, and says it is required', () => {
    const { text, lines, pos } = cursor(
      samiWith(
        '          feedback: >-\n            The referral is accepted.',
        '          feed‸back: >-\n            The referral is accepted.',
      ),
    );
    const found = keyHelpAt(lines, pos, schema)!;
    expect(found.help).toMatchObject({ name: 'feedback', required: true, description: 'Shown straight after the choice.' });
    expect(text.slice(found.from, found.to)).toBe('feedback');
  });

  it('lists the allowed values of `kind`, and describes keys on `- ` lines and in flow maps', () => {
    expect(hover(samiWith('          kind: referral\n', '          ki‸nd: referral\n'))?.help.values).toEqual([
      'referral',
      'rule-bending',
      'joint-action',
    ]);
    expect(hover(samiWith('        - id: y1-slt-form', '        - i‸d: y1-slt-form'))?.help.description).toBe(
      'Unique in the scenario; saved plays record these.',
    );
    expect(hover(samiWith('- { domain: health, text: "Adults', '- { dom‸ain: health, text: "Adults'))?.help.description).toBe(
      "The domain of the child's life it points to.",
    );
  });

  it('says nothing over a value, or a key the schema does not name', () => {
    expect(hover(samiWith('          kind: referral\n', '          kind: refe‸rral\n'))).toBeUndefined();
    expect(hover(samiWith('          scores: { knowing-who: 1 }\n', '          scores: { know‸ing-who: 1 }\n'))).toBeUndefined();
  });
});
