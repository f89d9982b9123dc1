import type { Path } from '../../authoring/yaml';
import { idsFor, keySlot, valueSlot, type Names } from './id-slots';
import { describeKey, fieldsAt, takesString, valuesAt, type FieldHint, type JsonSchema } from './schema-hints';
import { placeAt } from './yaml-path';
import { shapeOf, type Lines } from './yaml-lines';

/*
 * What to offer the author at the cursor, and what to say about the key under the mouse: the schema
 * says which fields and listed values fit, and the course and the file supply the ids. Kept apart
 * from CodeMirror so it can be tested on plain text.
 */

export interface Suggestion {
  label: string;
  /** The text that replaces the word being typed. */
  apply: string;
  /** A field name, a value the schema lists, or an id from the course or the file. */
  kind: 'field' | 'value' | 'id';
  required?: boolean;
  /** The field's description from the schema. */
  info?: string;
}

export interface Suggestions {
  /** Whether a key or a value is being typed. */
  typing: 'key' | 'value';
  /** The range the chosen suggestion replaces. */
  from: number;
  to: number;
  items: Suggestion[];
}

/** Listed values, or else ids, that fit the value at `node`. */
function valueItems(schema: JsonSchema, node: Path, names: () => Names, prefix = ''): Suggestion[] {
  const listed = valuesAt(schema, node);
  if (listed.length > 0) return listed.map((v) => ({ label: v, apply: prefix + v, kind: 'value' }));
  const slot = valueSlot(node);
  if (!slot || !takesString(schema, node)) return [];
  return [...new Set(idsFor(slot, names()))].map((id) => ({ label: id, apply: prefix + id, kind: 'id' }));
}

/**
 * What fits at offset `pos`; undefined where nothing does (a comment, a block scalar, free text).
 * `names` is called only where ids fit, so reading the file's own ids waits until they are needed.
 */
export function suggestAt(lines: Lines, pos: number, schema: JsonSchema, names: () => Names): Suggestions | undefined {
  const place = placeAt(lines, pos);
  if (place.kind === 'none') return undefined;
  let items: Suggestion[];
  if (place.kind === 'value') items = valueItems(schema, place.node, names, place.needsSpace ? ' ' : '');
  else {
    const present = new Set(place.present);
    const suffix = place.colonAfter ? '' : ': ';
    const { fields, freeKeys } = fieldsAt(schema, place.path, place.present);
    items = fields
      .filter((f) => !present.has(f.name))
      .map((f) => ({
        label: f.name,
        apply: f.name + suffix,
        kind: 'field',
        required: f.required,
        ...(f.description !== undefined ? { info: f.description } : {}),
      }));
    const slot = freeKeys ? keySlot(place.path) : undefined;
    if (slot) {
      const ids = new Set(idsFor(slot, names()).filter((id) => !present.has(id)));
      items.push(...[...ids].map((id): Suggestion => ({ label: id, apply: id + suffix, kind: 'id' })));
    }
    if (place.itemStart) items.push(...valueItems(schema, place.path, names));
  }
  return items.length > 0 ? { typing: place.kind, from: place.from, to: place.to, items } : undefined;
}

/** Help for the key under offset `pos`, with the range of the key; undefined off a key the schema names. */
export function keyHelpAt(
  lines: Lines,
  pos: number,
  schema: JsonSchema,
): { from: number; to: number; help: FieldHint } | undefined {
  const n = lines.lineAt(pos);
  const start = lines.start(n);
  const line = lines.text(n);
  let from = pos - start;
  let to = from;
  while (from > 0 && /[\w-]/.test(line[from - 1]!)) from--;
  while (to < line.length && /[\w-]/.test(line[to]!)) to++;
  if (from === to || !/^\s*:(\s|$|[,}])/.test(line.slice(to))) return undefined;
  // A block key must be the line's first content; a flow map key follows `{` or `,`.
  const shape = shapeOf(line);
  if (from !== shape.col && !/[{,]\s*$/.test(line.slice(0, from))) return undefined;
  const place = placeAt(lines, start + from);
  if (place.kind !== 'key') return undefined;
  const help = describeKey(schema, place.path, line.slice(from, to));
  return help ? { from: start + from, to: start + to, help } : undefined;
}
