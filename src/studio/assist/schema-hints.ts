import type { Path } from '../../authoring/yaml';

/*
 * What the scenario's JSON schema (scenarios/scenario.schema.json, generated from the zod schema)
 * allows at a place in the file: the fields a mapping may have, with their descriptions and whether
 * they are required, and the values a field may take. The schema is passed in as a value, so the
 * studio can load it however it likes and tests can hand in a small one.
 */

/** The part of JSON Schema (draft 7) that zod-to-json-schema writes and the hints read. */
export interface JsonSchema {
  $ref?: string;
  type?: string | string[];
  description?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema | JsonSchema[];
  enum?: readonly unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  definitions?: Record<string, JsonSchema>;
}

export interface FieldHint {
  name: string;
  description?: string;
  /** Needed whichever form the mapping takes (every alternative of an `anyOf` requires it). */
  required: boolean;
  /** The values it may take, when the schema lists them (enum, const or boolean). */
  values: string[];
}

/** References can chain; past this depth the schema is taken to loop. */
const MAX_REFS = 32;

/** Follows a JSON pointer such as `#/definitions/Scenario/properties/modules/items` from the root. */
function pointer(root: JsonSchema, ref: string): JsonSchema | undefined {
  if (!ref.startsWith('#')) return undefined;
  let node: unknown = root;
  for (const part of ref.slice(1).split('/').filter(Boolean)) {
    const key = decodeURIComponent(part).replace(/~1/g, '/').replace(/~0/g, '~');
    node = typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[key] : undefined;
  }
  return typeof node === 'object' && node !== null ? (node as JsonSchema) : undefined;
}

/** `schema` with its `$ref` followed; keywords beside the reference (a description) win. */
function deref(root: JsonSchema, schema: JsonSchema): JsonSchema {
  let node = schema;
  for (let depth = 0; node.$ref !== undefined && depth < MAX_REFS; depth++) {
    const target = pointer(root, node.$ref);
    if (!target) return {};
    const beside: JsonSchema = { ...node };
    delete beside.$ref;
    node = { ...target, ...beside };
  }
  return node;
}

/** The forms `schema` may take: references followed, `anyOf`/`oneOf` spread, `allOf` merged. */
function forms(root: JsonSchema, schema: JsonSchema, depth = 0): JsonSchema[] {
  const node = deref(root, schema);
  if (depth > MAX_REFS) return [node];
  const union = node.anyOf ?? node.oneOf;
  if (union) return union.flatMap((alt) => forms(root, alt, depth + 1));
  if (node.allOf) {
    const merged: JsonSchema = { ...node, properties: { ...node.properties }, required: [...(node.required ?? [])] };
    for (const part of node.allOf.flatMap((p) => forms(root, p, depth + 1))) {
      Object.assign(merged.properties!, part.properties);
      merged.required!.push(...(part.required ?? []));
    }
    return [merged];
  }
  return [node];
}

/** The schemas (not yet spread into forms) of one step down from `forms`. */
function child(root: JsonSchema, parents: JsonSchema[], seg: string | number): JsonSchema[] {
  const found: JsonSchema[] = [];
  for (const form of parents) {
    if (typeof seg === 'number') {
      const items = Array.isArray(form.items) ? form.items[seg] : form.items;
      if (items) found.push(items);
    } else if (form.properties?.[seg]) found.push(form.properties[seg]);
    else if (typeof form.additionalProperties === 'object') found.push(form.additionalProperties);
  }
  return found.map((s) => deref(root, s));
}

/** Every form the schema allows at `path` (keys and list indices from the document root). */
export function schemasAt(root: JsonSchema, path: Path): JsonSchema[] {
  let here = forms(root, root);
  for (const seg of path) here = child(root, here, seg).flatMap((s) => forms(root, s));
  return here;
}

const isObject = (s: JsonSchema): boolean =>
  s.type === 'object' || s.properties !== undefined || typeof s.additionalProperties === 'object';

/** The values a schema lists: a const, an enum, or true and false for a boolean. */
function listed(forms: JsonSchema[]): string[] {
  const values = new Set<string>();
  for (const s of forms) {
    if (s.const !== undefined) values.add(String(s.const));
    else if (s.enum) for (const v of s.enum) values.add(String(v));
    else if (s.type === 'boolean') ['true', 'false'].forEach((v) => values.add(v));
  }
  return [...values];
}

/**
 * The fields the mapping at `path` may have, in the schema's order. `freeKeys` when the mapping is
 * a record whose keys are ids (scenes by scene id, scores by dimension id) rather than named fields.
 * Where the mapping may take several forms (a condition: flag, level, relationship…), the keys
 * already `present` narrow it to the forms that have them all.
 */
export function fieldsAt(
  root: JsonSchema,
  path: Path,
  present: readonly string[] = [],
): { fields: FieldHint[]; freeKeys: boolean } {
  const all = schemasAt(root, path).filter(isObject);
  const fitting = all.filter((o) => present.every((key) => o.properties?.[key] !== undefined));
  const objects = fitting.length > 0 ? fitting : all;
  const fields = new Map<string, FieldHint>();
  for (const form of objects) {
    for (const [name, prop] of Object.entries(form.properties ?? {})) {
      if (fields.has(name)) continue;
      const shapes = forms(root, prop);
      const hint: FieldHint = {
        name,
        required: objects.every((o) => o.required?.includes(name) ?? false),
        values: listed(shapes),
      };
      const description = deref(root, prop).description ?? shapes.find((f) => f.description)?.description;
      if (description !== undefined) hint.description = description;
      fields.set(name, hint);
    }
  }
  return { fields: [...fields.values()], freeKeys: objects.some((o) => typeof o.additionalProperties === 'object') };
}

/** The values the schema lists for the value at `node`; empty for free text, numbers and ids. */
export function valuesAt(root: JsonSchema, node: Path): string[] {
  return listed(schemasAt(root, node));
}

/** Whether the value at `node` may be a plain string (so an id may go there). */
export function takesString(root: JsonSchema, node: Path): boolean {
  return schemasAt(root, node).some((s) => s.type === 'string' || (Array.isArray(s.type) && s.type.includes('string')));
}

/** Help for the key `key` of the mapping at `path`, for hovering over it; undefined for a key the schema does not name. */
export function describeKey(root: JsonSchema, path: Path, key: string): FieldHint | undefined {
  return fieldsAt(root, path).fields.find((f) => f.name === key);
}
