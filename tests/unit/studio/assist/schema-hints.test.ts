import { describe, expect, it } from 'vitest';
import { describeKey, fieldsAt, valuesAt, type JsonSchema } from '../../../../src/studio/assist/schema-hints';
import { schema } from './helpers';

/*
 * What the generated scenario schema allows at a path: the fields of a mapping, the values of a
 * field, and a field's description for hovering.
 */

const OPTION = ['scenes', 'any-scene', 'decision', 'options', 0];
const names = (path: (string | number)[], present: string[] = []) => fieldsAt(schema, path, present).fields.map((f) => f.name);

describe('the fields of a mapping', () => {
  it('lists a scene’s fields under any scene id, through the record of scenes', () => {
    expect(names(['scenes', 'y9-new'])).toEqual([
      'stage',
      'title',
      'text',
      'signals',
      'prompts',
      'notes',
      'safeguarding',
      'decision',
    ]);
  });

  it('lists an option’s fields through the list of options, saying which are required', () => {
    const { fields } = fieldsAt(schema, OPTION);
    expect(fields.filter((f) => f.required).map((f) => f.name)).toEqual(['id', 'kind', 'label', 'feedback', 'expert']);
    expect(fields.map((f) => f.name)).toEqual(expect.arrayContaining(['effects', 'scores', 'costs', 'next', 'end', 'requires']));
  });

  it('merges the forms of a condition, none of whose fields is needed in every form', () => {
    const { fields } = fieldsAt(schema, ['endings', 0, 'when']);
    expect(fields.map((f) => f.name)).toEqual(['flag', 'level', 'atLeast', 'atMost', 'relationship', 'all', 'any', 'not']);
    expect(fields.some((f) => f.required)).toBe(false);
  });

  it('narrows a condition to the forms that have the keys already written', () => {
    expect(names(['endings', 0, 'when'], ['level'])).toEqual(['level', 'atLeast', 'atMost']);
    expect(fieldsAt(schema, ['endings', 0, 'when'], ['level']).fields[0]).toMatchObject({ name: 'level', required: true });
  });

  it('follows a condition nested inside a condition’s list', () => {
    expect(names(['scenes', 's', 'signals', 2, 'visibleIf', 'any', 0, 'not'])).toContain('relationship');
  });

  it('says a record keyed by ids has free keys, and a mapping of named fields has not', () => {
    expect(fieldsAt(schema, [...OPTION, 'scores'])).toEqual({ fields: [], freeKeys: true });
    expect(fieldsAt(schema, ['start']).freeKeys).toBe(true);
    expect(fieldsAt(schema, [...OPTION, 'expert']).freeKeys).toBe(false);
  });

  it('has no fields under a plain value', () => {
    expect(names([...OPTION, 'kind'])).toEqual([]);
  });
});

describe('the values of a field', () => {
  it('lists an enum, a constant and a list’s enum items', () => {
    expect(valuesAt(schema, [...OPTION, 'kind'])).toEqual(['referral', 'rule-bending', 'joint-action']);
    expect(valuesAt(schema, [...OPTION, 'end'])).toEqual(['true']);
    expect(valuesAt(schema, ['audiences', 3])).toContain('social-workers');
    expect(valuesAt(schema, ['endings', 1, 'tone'])).toEqual(['positive', 'mixed', 'concerning']);
  });

  it('lists nothing for free text or numbers', () => {
    expect(valuesAt(schema, [...OPTION, 'label'])).toEqual([]);
    expect(valuesAt(schema, ['minutes'])).toEqual([]);
  });
});

describe('hover help for a key', () => {
  it('gives the description, whether it is required and the values', () => {
    expect(describeKey(schema, OPTION, 'feedback')).toEqual({
      name: 'feedback',
      required: true,
      values: [],
      description: 'Shown straight after the choice.',
    });
    expect(describeKey(schema, OPTION, 'kind')).toMatchObject({ values: ['referral', 'rule-bending', 'joint-action'] });
  });

  it('takes the description written beside a reference over the referred schema’s', () => {
    expect(describeKey(schema, OPTION, 'requires')?.description).toBe('Only choosable when this condition holds.');
  });

  it('has nothing for a key the schema does not name', () => {
    expect(describeKey(schema, OPTION, 'colour')).toBeUndefined();
  });
});

describe('other schemas', () => {
  it('follows references, oneOf, allOf and booleans in a schema of its own', () => {
    const small: JsonSchema = {
      $ref: '#/definitions/Root',
      definitions: {
        Root: {
          type: 'object',
          properties: {
            shape: { oneOf: [{ $ref: '#/definitions/Circle' }, { $ref: '#/definitions/Square' }] },
            both: {
              allOf: [{ properties: { a: { type: 'string' } }, required: ['a'] }, { properties: { b: { type: 'boolean' } } }],
            },
          },
        },
        Circle: { type: 'object', properties: { radius: { type: 'number', description: 'How far out.' } }, required: ['radius'] },
        Square: { type: 'object', properties: { side: { type: 'number' } }, required: ['side'] },
      },
    };
    expect(fieldsAt(small, ['shape']).fields.map((f) => f.name)).toEqual(['radius', 'side']);
    expect(describeKey(small, ['shape'], 'radius')).toMatchObject({ description: 'How far out.', required: false });
    expect(fieldsAt(small, ['both']).fields).toMatchObject([
      { name: 'a', required: true },
      { name: 'b', required: false, values: ['true', 'false'] },
    ]);
  });
});
