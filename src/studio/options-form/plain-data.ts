/*
 * The same edits on the plain data a YAML text reads as. A writer says what the whole document
 * should read as after its text change, and verify-edit.ts holds it to that, so an edit can never
 * quietly change another value (or leave YAML that reads differently from what the form showed).
 */

export type Path = readonly (string | number)[];

type Container = Record<string | number, unknown>;

const isContainer = (v: unknown): v is Container => typeof v === 'object' && v !== null;

export function getIn(data: unknown, path: Path): unknown {
  let at: unknown = data;
  for (const key of path) at = isContainer(at) ? at[key] : undefined;
  return at;
}

/** Sets the value at `path`, making any missing mappings on the way. */
export function setIn(data: unknown, path: Path, value: unknown): void {
  let at = data;
  for (const [i, key] of path.entries()) {
    if (!isContainer(at)) throw new Error('setIn through a value that is not a mapping or list');
    if (i === path.length - 1) at[key] = value;
    else at = at[key] ??= {};
  }
}

/**
 * Removes the value at `path`, then any mapping left empty by that, up to (not including) the
 * mapping at `path.slice(0, keep)`: removing an option's last flag removes `effects` with it.
 */
export function deleteIn(data: unknown, path: Path, keep: number): void {
  for (let end = path.length; end > keep; end--) {
    const parent = getIn(data, path.slice(0, end - 1));
    if (!isContainer(parent)) return;
    delete parent[path[end - 1]!];
    if (Object.keys(parent).length > 0 || Array.isArray(parent)) return;
  }
}

/** Deep equality of plain data (what `toJS` gives), ignoring the order of mapping keys. */
export function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (!isContainer(a) || !isContainer(b) || Array.isArray(a) !== Array.isArray(b)) return false;
  if (a instanceof Date || b instanceof Date) return a instanceof Date && b instanceof Date && a.getTime() === b.getTime();
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((k) => Object.prototype.hasOwnProperty.call(b, k) && sameData(a[k], b[k]));
}
