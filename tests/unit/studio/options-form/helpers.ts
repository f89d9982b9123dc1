import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isNode, parse, parseDocument } from 'yaml';
import { expect } from 'vitest';
import { listScenarioFiles } from '../../../../src/scenario/load';
import type { WriteResult } from '../../../../src/studio/options-form/write-options';
import { applyChange, type TextChange } from '../../../../src/studio/options-form/text-change';

export const root = join(import.meta.dirname, '..', '..', '..', '..');

/** Every shipped scenario, as [file, text]. */
export const shipped: [string, string][] = listScenarioFiles(root).map((f) => [f, readFileSync(join(root, f), 'utf8')]);

export const sami = readFileSync(join(root, 'scenarios', 'sami.yaml'), 'utf8');

/** The change a write made, failing the test when it refused or had nothing to do. */
export function changeOf(result: WriteResult): TextChange {
  if (!result.ok) throw new Error(`refused: ${result.reason}`);
  if (!result.change) throw new Error('no change');
  return result.change;
}

/** Applies the change, checking the text before and after it is carried over byte for byte. */
export function edited(text: string, change: TextChange): string {
  const after = applyChange(text, change);
  expect(after.slice(0, change.from)).toBe(text.slice(0, change.from));
  expect(after.slice(change.from + change.insert.length)).toBe(text.slice(change.to));
  return after;
}

export { optionPath } from '../../../../src/studio/options-form/scenario-nodes';

/** The source range of the node at `path` in `text`. */
export function sourceRange(text: string, path: (string | number)[]): [number, number] {
  const node: unknown = parseDocument(text).getIn(path, true);
  if (!isNode(node) || !node.range) throw new Error(`nothing at ${path.join('.')}`);
  return [node.range[0], node.range[1]];
}

type Data = Record<string | number, unknown>;

/** The value at `path` in plain data. */
export function at(data: unknown, path: readonly (string | number)[]): unknown {
  return path.reduce<unknown>((v, k) => (typeof v === 'object' && v !== null ? (v as Data)[k] : undefined), data);
}

/**
 * What the edited text must read as: the old document with only the value at `path` set, or
 * removed when `value` is undefined. Written apart from the code under test, so the two check each other.
 */
export function expectedData(text: string, path: readonly (string | number)[], value: unknown): unknown {
  const data: unknown = parse(text);
  const parent = at(data, path.slice(0, -1)) as Data;
  const key = path[path.length - 1]!;
  if (value === undefined) delete parent[key];
  else parent[key] = value;
  return data;
}

export const read = (text: string): unknown => parse(text);
