import type { FastModel, FastState } from './fast-model';
import type { Condition } from './types';

/*
 * Why a requirement never holds at its scene, in the author's terms: each part of the condition
 * is watched over every state that reaches the scene (whether it ever held, whether it ever
 * failed, and the values its level or relationship took), and the parts that decide the failure
 * are named: the flag never set on any route here, the relationship that never gets high enough.
 */

interface Probe {
  condition: Condition;
  parts: Probe[];
  /** The value a leaf looks at (a flag reads 0 or 1), or null for all/any/not. */
  value: ((state: FastState) => number) | null;
  test: (state: FastState) => boolean;
  everTrue: boolean;
  everFalse: boolean;
  min: number;
  max: number;
}

function probe(model: FastModel, condition: Condition): Probe {
  const { at, domains } = model;
  const base = { condition, everTrue: false, everFalse: false, min: Infinity, max: -Infinity };
  const range = (c: { atLeast?: number | undefined; atMost?: number | undefined }) => (v: number) =>
    (c.atLeast === undefined || v >= c.atLeast) && (c.atMost === undefined || v <= c.atMost);
  if ('flag' in condition) {
    const slot = at.flags + model.flags.indexOf(condition.flag);
    return { ...base, parts: [], value: (s) => s[slot]!, test: (s) => s[slot] === 1 };
  }
  if ('level' in condition || 'relationship' in condition) {
    let value: (s: FastState) => number;
    if ('relationship' in condition) {
      const slot = at.relationships + model.relationships.indexOf(condition.relationship);
      value = (s) => s[slot]!;
    } else if (condition.level === 'total') value = (s) => domains.reduce((sum, _, d) => sum + s[at.levels + d]!, 0);
    else if (condition.level === 'highest') value = (s) => domains.reduce((top, _, d) => Math.max(top, s[at.levels + d]!), 0);
    else {
      const slot = at.levels + domains.indexOf(condition.level);
      value = (s) => s[slot]!;
    }
    const ok = range(condition);
    return { ...base, parts: [], value, test: (s) => ok(value(s)) };
  }
  const parts = 'all' in condition ? condition.all : 'any' in condition ? condition.any : [condition.not];
  const probes = parts.map((c) => probe(model, c));
  const test =
    'all' in condition
      ? (s: FastState) => probes.every((p) => p.test(s))
      : 'any' in condition
        ? (s: FastState) => probes.some((p) => p.test(s))
        : (s: FastState) => !probes[0]!.test(s);
  return { ...base, parts: probes, value: null, test };
}

function observe(p: Probe, state: FastState): void {
  if (p.test(state)) p.everTrue = true;
  else p.everFalse = true;
  if (p.value) {
    const v = p.value(state);
    if (v < p.min) p.min = v;
    if (v > p.max) p.max = v;
  }
  for (const part of p.parts) observe(part, state);
}

function need(c: { atLeast?: number | undefined; atMost?: number | undefined }): string {
  if (c.atLeast !== undefined && c.atMost !== undefined) return `between ${c.atLeast} and ${c.atMost}`;
  return c.atLeast !== undefined ? `at least ${c.atLeast}` : `at most ${c.atMost ?? 0}`;
}

function observed(p: Probe): string {
  const c = p.condition as { atLeast?: number | undefined; atMost?: number | undefined };
  if (p.min === p.max) return `${p.min}`;
  if (c.atLeast !== undefined && p.max < c.atLeast) return `at most ${p.max}`;
  if (c.atMost !== undefined && p.min > c.atMost) return `at least ${p.min}`;
  return `between ${p.min} and ${p.max}`;
}

function name(c: Condition): string {
  if ('relationship' in c) return `the relationship "${c.relationship}"`;
  if ('level' in c)
    return c.level === 'total' ? 'the total level' : c.level === 'highest' ? 'the highest level' : `the ${c.level} level`;
  return '';
}

/** Why `p` never held, given that it never did. */
function never(p: Probe): string[] {
  const c = p.condition;
  if ('flag' in c) return [`the flag "${c.flag}" is never set on any route here`];
  if ('level' in c || 'relationship' in c) return [`${name(c)} is ${observed(p)} on every route here, and this needs ${need(c)}`];
  if ('all' in c) {
    const failing = p.parts.filter((part) => !part.everTrue);
    return failing.length
      ? failing.flatMap(never)
      : ['its conditions each hold on some route here, but never all on the same route'];
  }
  if ('any' in c) return p.parts.flatMap(never);
  return always(p.parts[0]!);
}

/** Why `p` always held (under a `not`), given that it never failed. */
function always(p: Probe): string[] {
  const c = p.condition;
  if ('flag' in c) return [`the flag "${c.flag}" is set on every route here, and this needs it not set`];
  if ('level' in c || 'relationship' in c)
    return [`${name(c)} is ${observed(p)} on every route here, always ${need(c)}, which the "not" rules out`];
  if ('all' in c) return p.parts.flatMap(always);
  if ('any' in c) {
    const held = p.parts.find((part) => !part.everFalse);
    return held ? always(held) : ['one of its conditions holds on every route here, which the "not" rules out'];
  }
  return never(p.parts[0]!);
}

/** Watches a requirement over the states at its scene, then says why it never held. */
export class RequirementWatch {
  private readonly root: Probe;

  constructor(model: FastModel, condition: Condition) {
    this.root = probe(model, condition);
  }

  observe(state: FastState): void {
    observe(this.root, state);
  }

  /** The reasons, or [] if the requirement held somewhere after all. */
  reasons(): string[] {
    return this.root.everTrue ? [] : never(this.root);
  }
}
