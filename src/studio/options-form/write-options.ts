import { isMap, isScalar, isSeq, type YAMLMap } from 'yaml';
import { deletePair, findAnchor, insertPair, nodeSpan, replacePair, replaceValue, valueRender } from './map-edits';
import { deleteIn, setIn, type Path } from './plain-data';
import { blockList, type NewValue } from './render-value';
import type { ScalarStyle } from './scalar-style';
import { findPair, optionMap, optionPath, parseScenario } from './scenario-nodes';
import { columnOf, mergeChanges, type TextChange } from './text-change';
import { verifiedEdit, type Plan, type WriteResult } from './verify-edit';

export type { WriteResult };

/*
 * Writes one field of one option back into the scenario's YAML as the smallest text change: the
 * field's value is replaced where it stands, and a field the option lacks is added where authors
 * put it. Emptied, a field that may be left out (costs) or that must name something (next, the
 * expert's module) is removed with its line; the other text fields are written as "", so they keep
 * their place and the checker says they must not be empty.
 */

export type OptionEdit =
  | { field: 'kind' | 'label' | 'feedback' | 'costs' | 'expertText' | 'expertModule' | 'next'; value: string }
  | { field: 'end'; value: boolean }
  | { field: 'score'; dimension: string; value: number | null }
  | { field: 'flags'; value: readonly string[] };

/** The order fields appear in within the shipped scenarios, where a new field is put. */
const fieldOrder: Record<string, readonly string[]> = {
  option: [
    'id',
    'kind',
    'label',
    'requires',
    'unavailableReason',
    'critical',
    'statutoryStep',
    'effects',
    'scores',
    'feedback',
    'costs',
    'expert',
    'next',
    'end',
  ],
  effects: ['vulnerability', 'supports', 'flags', 'relationships'],
  expert: ['text', 'module'],
};

const notMapping = (key: string) => `"${key}" in this option is not a set of named fields; change it in the text.`;

/** Sets `value` at `path` inside `map`, adding the fields on the way that are missing. */
function setAt(
  text: string,
  map: YAMLMap,
  path: readonly string[],
  value: NewValue,
  style: ScalarStyle,
  level = 'option',
): TextChange | string {
  const [key, ...rest] = path;
  if (key === undefined) throw new Error('an empty path');
  const pair = findPair(map, key);
  if (!pair) {
    const nested = rest.reduceRight<NewValue>((inner, k) => ({ [k]: inner }), value);
    return insertPair(text, map, key, nested, findAnchor(map, key, fieldOrder[level] ?? []), style);
  }
  if (!rest.length) return replaceValue(text, map, pair, valueRender(value, style));
  return isMap(pair.value) ? setAt(text, pair.value, rest, value, style, key) : notMapping(key);
}

/** True when removing `path` would leave `map` with no fields. */
function empties(map: YAMLMap, path: readonly string[]): boolean {
  const [key, ...rest] = path;
  const only = map.items.length === 1 ? map.items[0] : undefined;
  if (!only || !isScalar(only.key) || only.key.value !== key) return false;
  return !rest.length || (isMap(only.value) && empties(only.value, rest));
}

/** Removes the field at `path`, and with it any mapping that would be left empty (an `effects:` with no flags left). */
function deleteAt(text: string, map: YAMLMap, path: readonly string[]): TextChange | null {
  const [key, ...rest] = path;
  const pair = key === undefined ? undefined : findPair(map, key);
  if (!pair) return null;
  if (!rest.length || (isMap(pair.value) && empties(pair.value, rest))) return deletePair(text, map, pair);
  return isMap(pair.value) ? deleteAt(text, pair.value, rest) : null;
}

const OPTION_DEPTH = 5;

function planned(change: TextChange | string | null, expect: (data: unknown) => void): Plan {
  if (typeof change === 'string') return { ok: false, reason: change };
  // Nothing to change in the text: an empty change, so the check compares the data as it is.
  return { ok: true, change: change ?? { from: 0, to: 0, insert: '' }, expect };
}

const fieldPaths: Record<'kind' | 'label' | 'feedback' | 'costs' | 'expertText' | 'expertModule', readonly string[]> = {
  kind: ['kind'],
  label: ['label'],
  feedback: ['feedback'],
  costs: ['costs'],
  expertText: ['expert', 'text'],
  expertModule: ['expert', 'module'],
};

/** Empty means "remove" for these; the others are written as "" and left for the checker. */
const removedWhenEmpty = new Set(['costs', 'expertModule', 'next']);

/** Sets a field, or removes it; `undefined` removes. */
function setOrDelete(
  text: string,
  map: YAMLMap,
  at: (...rest: string[]) => Path,
  path: readonly string[],
  value: NewValue | undefined,
  style: ScalarStyle,
): Plan {
  if (value === undefined) return planned(deleteAt(text, map, path), (data) => deleteIn(data, at(...path), OPTION_DEPTH));
  return planned(setAt(text, map, path, value, style), (data) => setIn(data, at(...path), value));
}

/** `next: scene` or `end: true`, replacing the other where it stands. */
function planDestination(
  text: string,
  map: YAMLMap,
  at: (...rest: string[]) => Path,
  key: 'next' | 'end',
  value: NewValue,
  style: ScalarStyle,
): Plan {
  const other = findPair(map, key === 'next' ? 'end' : 'next');
  const own = findPair(map, key);
  const expect = (data: unknown) => {
    setIn(data, at(key), value);
    deleteIn(data, at(key === 'next' ? 'end' : 'next'), OPTION_DEPTH);
  };
  if (!other) return planned(setAt(text, map, [key], value, style), expect);
  if (!own) return planned(replacePair(text, map, other, key, value, style), expect);
  const set = setAt(text, map, [key], value, style);
  if (typeof set === 'string') return { ok: false, reason: set };
  return planned(mergeChanges(text, [set, deletePair(text, map, other)]), expect);
}

/** `effects.flags` as a list in the manner it is already written (one a line, or `[a, b]`). */
function planFlags(
  text: string,
  map: YAMLMap,
  at: (...rest: string[]) => Path,
  flags: readonly string[],
  style: ScalarStyle,
): Plan {
  const path = ['effects', 'flags'];
  if (!flags.length) return setOrDelete(text, map, at, path, undefined, style);
  const effects = findPair(map, 'effects')?.value;
  const current = isMap(effects) ? findPair(effects, 'flags')?.value : undefined;
  if (isSeq(current) && !current.flow && current.items.length) {
    const [from, to] = nodeSpan(text, current);
    return planned({ from, to, insert: blockList(flags, columnOf(text, from), style) }, (data) =>
      setIn(data, at(...path), [...flags]),
    );
  }
  return setOrDelete(text, map, at, path, [...flags], style);
}

function planEdit(text: string, map: YAMLMap, at: (...rest: string[]) => Path, edit: OptionEdit, style: ScalarStyle): Plan {
  switch (edit.field) {
    case 'score': {
      const value = edit.value;
      if (value !== null && !Number.isFinite(value)) return { ok: false, reason: 'A score must be a number.' };
      return setOrDelete(text, map, at, ['scores', edit.dimension], value ?? undefined, style);
    }
    case 'flags':
      return planFlags(text, map, at, edit.value, style);
    case 'end':
      if (!edit.value) return setOrDelete(text, map, at, ['end'], undefined, style);
      return planDestination(text, map, at, 'end', true, style);
    case 'next':
      if (!edit.value) return setOrDelete(text, map, at, ['next'], undefined, style);
      return planDestination(text, map, at, 'next', edit.value, style);
    default: {
      const value = edit.value === '' && removedWhenEmpty.has(edit.field) ? undefined : edit.value;
      return setOrDelete(text, map, at, fieldPaths[edit.field], value, style);
    }
  }
}

/** The smallest text change that makes one field of option `index` of `scene` read `edit.value`. */
export function writeOptionField(text: string, scene: string, index: number, edit: OptionEdit): WriteResult {
  const parsed = parseScenario(text);
  if (!parsed.ok) return parsed;
  const option = optionMap(parsed.doc, scene, index);
  if (!option.ok) return option;
  const at = (...rest: string[]): Path => optionPath(scene, index, ...rest);
  return verifiedEdit(text, parsed.doc, (style) => planEdit(text, option.map, at, edit, style));
}

export { addOption, removeOption } from './option-list';
