import type { Framework, Scenario } from './types';

/**
 * Bumped whenever the engine's arithmetic or context shape changes, so snapshots saved under the
 * old rules are refused like those of a changed scenario.
 */
export const ENGINE_VERSION = 1;

/** JSON with object keys sorted, so the same data always gives the same text. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((v) => canonicalJson(v ?? null)).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** 32-bit FNV-1a over UTF-16 code units; `Math.imul` keeps it exact in every JS engine. */
export function fnv1a(text: string, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** 64 bits from two FNV-1a passes with different offset bases: plenty to tell versions apart. */
export function stableHash(value: unknown): string {
  const text = canonicalJson(value);
  const hex = (n: number) => n.toString(16).padStart(8, '0');
  return hex(fnv1a(text, 0x811c9dc5)) + hex(fnv1a(text, 0x050c5d1f));
}

/**
 * FNV-1a as four base-36 characters: enough to catch a mistyped or damaged character in a short
 * text a person or an LMS carries (result codes, SCORM resume data).
 */
export const checkChars = (text: string): string => (fnv1a(text) % 36 ** 4).toString(36).padStart(4, '0');

/** The identity of a scenario's rules: anything that could change what a saved play means. */
export function scenarioHash(scenario: Scenario, framework: Framework): string {
  return stableHash({ engine: ENGINE_VERSION, scenario, framework });
}
