/**
 * Small composable checkers for the learner record. This code ships to the browser with every
 * island, so it is written here in a couple of KB rather than taken from a general schema library
 * costing about 14 KB gzipped on every page.
 *
 * A checker is given a value and where it was found, and returns the value to keep: a fresh copy
 * shaped by the description, so fields an object does not describe are left out, not reported.
 * On failure it pushes one issue per problem and returns FAILED. `path` is one array shared by the
 * whole check, each checker pushing a key before it looks inside and popping it after; an issue
 * takes a copy (`at`). Copying the path for every field made a year's record a few megabytes of
 * garbage, and the record page checks the record before it can draw anything. Issues are worded for people,
 * because import.ts shows them to the learner as they are, after the path; the wording is the one
 * learners saw before these checkers existed, so nothing a learner reads has changed.
 */

export type Path = (string | number)[];

export interface Issue {
  path: Path;
  message: string;
}

/** Returned instead of a value when a check fails: a symbol, so no value a record holds can be mistaken for it. */
export const FAILED = Symbol('failed');

export type Check<T> = (value: unknown, path: Path, issues: Issue[]) => T | typeof FAILED;
export type Output<C> = C extends Check<infer T> ? T : never;

/** A condition on a value already of the right type, and what to say when it does not hold. */
export type Rule<T> = readonly [test: (value: T) => boolean, message: string];

export type Result<T> = { ok: true; value: T } | { ok: false; issues: Issue[] };

export function parse<T>(check: Check<T>, value: unknown): Result<T> {
  const issues: Issue[] = [];
  const out = check(value, [], issues);
  return out === FAILED ? { ok: false, issues } : { ok: true, value: out };
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** JSON's kinds of value: 'array' and 'null' told apart from 'object', as the messages need. */
function kind(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? 'array' : Number.isNaN(value) ? 'nan' : typeof value;
}

const names: Record<string, string> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  object: 'a set of named items',
  array: 'a list',
  null: 'nothing (null)',
};

/** The path as it is now, for an issue to keep. */
export const at = (path: Path, ...more: Path): Path => [...path, ...more];

function fail(issues: Issue[], path: Path, message: string): typeof FAILED {
  issues.push({ path: at(path), message });
  return FAILED;
}

function wrongKind(expected: string, value: unknown, path: Path, issues: Issue[]): typeof FAILED {
  const found = kind(value);
  return fail(
    issues,
    path,
    value === undefined ? 'is missing' : `should be ${names[expected] ?? expected} but is ${names[found] ?? found}`,
  );
}

/**
 * Every rule is tried, so a value that breaks two gets both issues. Written as a plain loop: a
 * record holds thousands of values, and the record page checks them all before it can draw.
 */
function primitive<T>(type: string, rules: Rule<T>[]): Check<T> {
  return (value, path, issues) => {
    if (kind(value) !== type) return wrongKind(type, value, path, issues);
    let ok = true;
    for (const [test, message] of rules)
      if (!test(value as T)) {
        fail(issues, path, message);
        ok = false;
      }
    return ok ? (value as T) : FAILED;
  };
}

export const string = (...rules: Rule<string>[]): Check<string> => primitive('string', rules);
export const number = (...rules: Rule<number>[]): Check<number> => primitive('number', rules);
export const boolean = (): Check<boolean> => primitive('boolean', []);

export const whole: Rule<number> = [Number.isInteger, 'should be a whole number but is float'];
export const finite: Rule<number> = [Number.isFinite, 'Number must be finite'];
export const atLeast = (min: number): Rule<number> => [(n) => n >= min, `must be at least ${String(min)}`];
export const atMost = (max: number): Rule<number> => [(n) => n <= max, `must be at most ${String(max)}`];
export const minLength = (min: number): Rule<string> => [
  (s) => s.length >= min,
  `must be at least ${String(min)} characters long`,
];
export const maxLength = (max: number): Rule<string> => [(s) => s.length <= max, `must be at most ${String(max)}`];

export function literal<const T extends string | number | boolean>(expected: T): Check<T> {
  return (value, path, issues) => (value === expected ? expected : fail(issues, path, `should be ${JSON.stringify(expected)}`));
}

export function oneOf<const T extends string>(options: readonly T[]): Check<T> {
  const allowed: readonly string[] = options;
  return (value, path, issues) =>
    typeof value !== 'string'
      ? wrongKind(options.map((o) => `'${o}'`).join(' | '), value, path, issues)
      : allowed.includes(value)
        ? (value as T)
        : fail(issues, path, `should be one of ${options.map((o) => `“${o}”`).join(', ')}`);
}

export function nullable<T>(check: Check<T>): Check<T | null> {
  return (value, path, issues) => (value === null ? null : check(value, path, issues));
}

export function optional<T>(check: Check<T>): Check<T | undefined> {
  return (value, path, issues) => (value === undefined ? undefined : check(value, path, issues));
}

/** A missing value reads as `fallback`, which is then checked like any other (so a map gets a fresh object). */
export function withDefault<T>(check: Check<T>, fallback: T): Check<T> {
  return (value, path, issues) => check(value === undefined ? fallback : value, path, issues);
}

/** Any bad value reads as `value`, without an issue. */
export function fallback<T>(check: Check<T>, value: T): Check<T> {
  return (input, path, issues) => {
    const before = issues.length;
    const out = check(input, path, issues);
    if (out !== FAILED) return out;
    issues.length = before;
    return value;
  };
}

/** For a value that may take one of several shapes: `choose` says which one it claims to be, so issues are reported against that. */
export function pick<T>(choose: (value: unknown) => Check<T>): Check<T> {
  return (value, path, issues) => choose(value)(value, path, issues);
}

type Shape = Record<string, Check<unknown>>;

export function object<S extends Shape>(shape: S): Check<{ [K in keyof S]: Output<S[K]> }> {
  const fields = Object.entries(shape);
  return (value, path, issues) => {
    if (!isObject(value)) return wrongKind('object', value, path, issues);
    const out: Record<string, unknown> = {};
    let ok = true;
    for (const [key, check] of fields) {
      path.push(key);
      const field = check(value[key], path, issues);
      path.pop();
      if (field === FAILED) ok = false;
      // An optional field stays absent rather than becoming `undefined`.
      else if (field !== undefined || key in value) out[key] = field;
    }
    return ok ? (out as { [K in keyof S]: Output<S[K]> }) : FAILED;
  };
}

/**
 * Checks every entry (its key too, when `key` is given); all issues are kept. Lenient: a bad
 * entry is left out and its issues forgotten, so one damaged item costs only itself.
 */
function entries<T>(
  input: [string | number, unknown][],
  item: Check<T>,
  key: Check<string> | undefined,
  lenient: boolean,
  path: Path,
  issues: Issue[],
): [string | number, T][] | typeof FAILED {
  const kept: [string | number, T][] = [];
  let ok = true;
  for (const [name, value] of input) {
    path.push(name);
    const before = issues.length;
    const keyOk = key?.(String(name), path, issues) !== FAILED;
    const out = item(value, path, issues);
    path.pop();
    if (keyOk && out !== FAILED) kept.push([name, out]);
    else if (lenient) issues.length = before;
    else ok = false;
  }
  return ok ? kept : FAILED;
}

/** Lenient (saved data): anything but a list reads as an empty list, and bad items are left out. */
export function array<T>(item: Check<T>, lenient = false): Check<T[]> {
  return (value, path, issues) => {
    if (!Array.isArray(value)) return lenient ? [] : wrongKind('array', value, path, issues);
    // Array.from, not map: a hole in a sparse array is read as undefined rather than skipped.
    const kept = entries(
      Array.from(value, (v, i): [number, unknown] => [i, v]),
      item,
      undefined,
      lenient,
      path,
      issues,
    );
    return kept === FAILED ? FAILED : kept.map(([, v]) => v);
  };
}

/**
 * Named items, each checked by `item` and its name by `key`. Lenient (saved data): anything but
 * a set of named items reads as an empty one, and bad items are left out.
 */
export function record<T>(item: Check<T>, key?: Check<string>, lenient = false): Check<Record<string, T>> {
  return (value, path, issues) => {
    if (!isObject(value)) return lenient ? {} : wrongKind('object', value, path, issues);
    const kept = entries(Object.entries(value), item, key, lenient, path, issues);
    // `__proto__` is never copied, so no copy can gain a prototype; it is dropped quietly, as it always was.
    return kept === FAILED ? FAILED : Object.fromEntries(kept.filter(([name]) => name !== '__proto__'));
  };
}
