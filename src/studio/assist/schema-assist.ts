import { autocompletion, type Completion, type CompletionContext, type CompletionResult } from '@codemirror/autocomplete';
import type { Extension, Text } from '@codemirror/state';
import { hoverTooltip, type Tooltip } from '@codemirror/view';
import { scanTextIds, type KnownNames, type TextIds } from './context-ids';
import { docLines } from './doc-lines';
import type { JsonSchema } from './schema-hints';
import { keyHelpAt, suggestAt, type Suggestion } from './suggestions';

/*
 * The studio editor's completion and hover help, driven by the scenario schema: a thin layer that
 * hands CodeMirror's document to suggestions.ts and turns the answers into CodeMirror's shapes.
 */

/** The file's own ids, read once per version of the document (documents are immutable, so one version is one object). */
const idsOf = (() => {
  const cache = new WeakMap<Text, TextIds>();
  return (doc: Text): TextIds => {
    let ids = cache.get(doc);
    if (!ids) cache.set(doc, (ids = scanTextIds(doc.iterLines())));
    return ids;
  };
})();

const TYPES: Record<Suggestion['kind'], string> = { field: 'property', value: 'enum', id: 'variable' };

function completion(item: Suggestion): Completion {
  return {
    label: item.label,
    apply: item.apply,
    type: TYPES[item.kind],
    ...(item.required ? { detail: 'required', boost: 1 } : {}),
    ...(item.info !== undefined ? { info: item.info } : {}),
  };
}

/** The completion source: fields, listed values and ids that fit at the cursor. */
export function schemaCompletions(schema: JsonSchema, known: () => KnownNames) {
  return (context: CompletionContext): CompletionResult | null => {
    const { state, pos, explicit } = context;
    const found = suggestAt(docLines(state.doc), pos, schema, () => ({ ...known(), ...idsOf(state.doc) }));
    // Before any word is typed, open unasked only for a value (after `key: `), not on every new line.
    if (!found || (found.from === pos && !explicit && found.typing === 'key')) return null;
    return { from: found.from, to: found.to, options: found.items.map(completion), validFor: /^[\w-]*$/ };
  };
}

/** The hover source: a key's description, whether it is required, and the values it may take. */
export function schemaHover(schema: JsonSchema) {
  return (state: { doc: Text }, pos: number): Tooltip | null => {
    const found = keyHelpAt(docLines(state.doc), pos, schema);
    if (!found) return null;
    const { help } = found;
    return {
      pos: found.from,
      end: found.to,
      above: true,
      create: () => {
        const dom = document.createElement('div');
        dom.className = 'cm-schema-hover';
        const lines = [
          `${help.name} (${help.required ? 'required' : 'optional'})`,
          ...(help.description !== undefined ? [help.description] : []),
          ...(help.values.length > 0 ? [`One of: ${help.values.join(', ')}`] : []),
        ];
        for (const text of lines) dom.appendChild(document.createElement('p')).textContent = text;
        return { dom };
      },
    };
  };
}

/** Completion and hover help for scenario YAML; `known` gives the course's ids when asked. */
export function schemaAssist(schema: JsonSchema, known: () => KnownNames): Extension[] {
  const hover = schemaHover(schema);
  return [autocompletion({ override: [schemaCompletions(schema, known)] }), hoverTooltip((view, pos) => hover(view.state, pos))];
}
