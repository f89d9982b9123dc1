import type { Path } from '../../authoring/yaml';
import type { KnownNames, TextIds } from './context-ids';

/*
 * Which ids fit where in a scenario. The schema says only "a string matching an id pattern", so the
 * kind of id comes from the field's name, as the schema's descriptions give it: `next` names a scene,
 * `stage` a stage, the keys of `scores` are dimensions, and so on. Callers ask only where the schema
 * allows a string (or a record keyed by ids), so a field of the same name elsewhere (a relationship's
 * `start`, a number) is never offered ids.
 */

export type Names = KnownNames & TextIds;

/** Field names by the kind of id they take. */
type Table = Partial<Record<keyof Names, readonly string[]>>;

/** Fields whose value is an id. */
const VALUES: Table = {
  scenes: ['next'],
  stages: ['stage'],
  roles: ['role'],
  modules: ['module'],
  domains: ['domain', 'from', 'to', 'level'],
  relationships: ['relationship'],
  flags: ['flag'],
};

/** Lists whose items are ids. */
const ITEMS: Table = {
  modules: ['modules'],
  concepts: ['concepts'],
  domains: ['domains'],
  flags: ['flags'],
  options: ['bestPath'],
};

/** Records whose keys are ids. */
const KEYS: Table = { dimensions: ['scores'], domains: ['start', 'drift', 'vulnerability'], relationships: ['relationships'] };

/** Words that may stand in for an id, by field: a condition's `level` may be a domain or a total. */
const ALSO: Record<string, string[]> = { level: ['total', 'highest'] };

/** Which ids fit a field, and what else may stand in for them. */
export interface Slot {
  names: keyof Names;
  also: readonly string[];
}

function slot(table: Table, field: string | number | undefined): Slot | undefined {
  if (typeof field !== 'string') return undefined;
  const names = (Object.keys(table) as (keyof Names)[]).find((kind) => table[kind]!.includes(field));
  return names && { names, also: Object.hasOwn(ALSO, field) ? ALSO[field]! : [] };
}

/** The ids a slot offers. */
export const idsFor = (slot: Slot, names: Names): string[] => [...names[slot.names], ...slot.also];

/** Which ids fit as the value at `node`: a field's value, or an item of a list. */
export function valueSlot(node: Path): Slot | undefined {
  const last = node[node.length - 1];
  return typeof last === 'string' ? slot(VALUES, last) : slot(ITEMS, node[node.length - 2]);
}

/** Which ids fit as keys of the record at `path`. */
export function keySlot(path: Path): Slot | undefined {
  return slot(KEYS, path[path.length - 1]);
}
