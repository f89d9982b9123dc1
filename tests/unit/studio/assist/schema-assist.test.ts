import { CompletionContext } from '@codemirror/autocomplete';
import { EditorState } from '@codemirror/state';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { schemaAssist, schemaCompletions, schemaHover } from '../../../../src/studio/assist/schema-assist';
import { cursor, known, samiData, samiWith, schema } from './helpers';

/*
 * The CodeMirror glue: the completion source and hover source run on a real editor state.
 */

/** An editor state holding `marked` (without its mark) with the assist installed, and the mark's offset. */
function editor(marked: string): { state: EditorState; pos: number } {
  const { text, pos } = cursor(marked);
  return { state: EditorState.create({ doc: text, extensions: schemaAssist(schema, () => known) }), pos };
}

const complete = (marked: string, explicit = true) => {
  const { state, pos } = editor(marked);
  return schemaCompletions(schema, () => known)(new CompletionContext(state, pos, explicit));
};

describe('completion in the editor', () => {
  it('offers the file’s scene ids after `next: `, replacing the word typed', () => {
    const result = complete(samiWith('          next: y1-spring\n', '          next: y1-‸\n'))!;
    expect(result.options.map((o) => o.label)).toEqual(Object.keys(samiData.scenes));
    expect(result.options[0]).toMatchObject({ apply: 'y1-hard-to-understand', type: 'variable' });
    expect(result.to! - result.from).toBe('y1-'.length);
  });

  it('offers an option’s missing fields as `key: `, required ones marked', () => {
    const result = complete(
      samiWith('          next: y1-spring\n', '          next: y1-spring\n        - id: y1-new\n          ‸\n'),
    )!;
    expect(result.options.find((o) => o.label === 'kind')).toMatchObject({
      apply: 'kind: ',
      type: 'property',
      detail: 'required',
    });
    expect(result.options.find((o) => o.label === 'costs')).toMatchObject({
      apply: 'costs: ',
      info: expect.stringContaining('costs'),
    });
    expect(result.options.map((o) => o.label)).not.toContain('id');
  });

  it('opens by itself after `kind: `, but not on every new empty line', () => {
    expect(complete(samiWith('          kind: referral\n', '          kind: ‸\n'), false)?.options.map((o) => o.label)).toEqual([
      'referral',
      'rule-bending',
      'joint-action',
    ]);
    expect(complete(samiWith('          next: y1-spring\n', '          next: y1-spring\n          ‸\n'), false)).toBeNull();
  });

  it('returns nothing inside a block scalar', () => {
    expect(complete(samiWith('      It is October, and', '      It is Oct‸ober, and'))).toBeNull();
  });
});

describe('hover in the editor', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  /** Enough of a DOM for the tooltip: elements that hold text and children, and no innerHTML. */
  const fakeDocument = {
    createElement: (tag: string) => {
      const children: { textContent: string }[] = [];
      return {
        tag,
        className: '',
        textContent: '',
        children,
        appendChild<T extends { textContent: string }>(child: T): T {
          children.push(child);
          return child;
        },
      };
    },
  };

  it('shows the description, required or optional, and allowed values as plain text', () => {
    vi.stubGlobal('document', fakeDocument);
    const { state, pos } = editor(samiWith('          kind: referral\n', '          ki‸nd: referral\n'));
    const tooltip = schemaHover(schema)(state, pos)!;
    expect(state.sliceDoc(tooltip.pos, tooltip.end)).toBe('kind');
    const { dom } = tooltip.create(undefined as never);
    const shown = dom as unknown as { className: string; children: { textContent: string }[]; innerHTML?: string };
    expect(shown.className).toBe('cm-schema-hover');
    expect(shown.children.map((c) => c.textContent)).toEqual([
      'kind (required)',
      'referral, rule-bending or joint-action.',
      'One of: referral, rule-bending, joint-action',
    ]);
    expect(shown.innerHTML).toBeUndefined();
  });

  it('shows nothing away from a key', () => {
    const { state, pos } = editor(samiWith('          kind: referral\n', '          kind: refer‸ral\n'));
    expect(schemaHover(schema)(state, pos)).toBeNull();
  });
});
