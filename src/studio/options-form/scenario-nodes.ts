import { isMap, isScalar, isSeq, parseDocument, type Document, type YAMLMap, type YAMLSeq } from 'yaml';
import { parseYamlWithPositions } from '../../authoring/yaml';
import type { MapPair } from './map-edits';

/*
 * Finding a scene's options in a scenario's YAML, keeping every node's place in the text. The
 * reader and the writers both start here, so they always agree on which option is which.
 */

export type ParsedScenario = { ok: true; doc: Document.Parsed } | { ok: false; reason: string };

// The last text read: the form reads the text, then writes to that same text, often several times
// before the author types again, and a long scenario takes a noticeable moment to parse.
let last: { text: string; parsed: ParsedScenario } | undefined;

/** The text as a YAML document with source ranges; nothing may change the document returned. */
export function parseScenario(text: string): ParsedScenario {
  if (last?.text !== text) last = { text, parsed: parseFresh(text) };
  return last.parsed;
}

function parseFresh(text: string): ParsedScenario {
  const doc = parseDocument(text, { uniqueKeys: true, prettyErrors: false });
  if (!doc.errors.length) return { ok: true, doc };
  // Parsed again only to word the problem: the authoring reader explains YAML slips in plain words.
  const slip = parseYamlWithPositions(text).syntaxErrors[0];
  const where = slip ? `Line ${slip.position.line}, column ${slip.position.column}: ${slip.message}` : doc.errors[0]?.message;
  return { ok: false, reason: `The form can only show the options once the YAML can be read. ${where}` };
}

const plainData = new WeakMap<Document.Parsed, unknown>();

/** The document as plain data, read once per document; callers copy it before changing it. */
export function dataOf(doc: Document.Parsed): unknown {
  if (!plainData.has(doc)) plainData.set(doc, doc.toJS());
  return plainData.get(doc);
}

export function findPair(map: YAMLMap, key: string): MapPair | undefined {
  return map.items.find((p) => isScalar(p.key) && p.key.value === key);
}

export function mapAt(map: YAMLMap, key: string): YAMLMap | undefined {
  const value = findPair(map, key)?.value;
  return isMap(value) ? value : undefined;
}

/** The `scenes:` mapping, when the text has one. */
export function scenesMap(doc: Document.Parsed): YAMLMap | undefined {
  return isMap(doc.contents) ? mapAt(doc.contents, 'scenes') : undefined;
}

/** Where a scene's options are, as far as the text has got. */
export interface SceneNodes {
  scene: YAMLMap;
  decision?: YAMLMap;
  /** The `options:` list; absent while the scene has none. */
  options?: YAMLSeq;
}

export type SceneLookup = { ok: true; nodes: SceneNodes } | { ok: false; reason: string };

export function sceneNodes(doc: Document.Parsed, id: string): SceneLookup {
  const scenes = scenesMap(doc);
  const scene = scenes && mapAt(scenes, id);
  if (!scene) return { ok: false, reason: `There is no scene "${id}" under scenes: in the text.` };
  const decisionPair = findPair(scene, 'decision');
  if (!decisionPair) return { ok: true, nodes: { scene } };
  if (!isMap(decisionPair.value))
    return { ok: false, reason: `The decision of scene "${id}" is not a set of named fields; fix it in the text.` };
  const decision = decisionPair.value;
  const optionsPair = findPair(decision, 'options');
  if (!optionsPair || (isScalar(optionsPair.value) && optionsPair.value.value === null))
    return { ok: true, nodes: { scene, decision } };
  if (!isSeq(optionsPair.value))
    return { ok: false, reason: `The options of scene "${id}" are not a list; fix them in the text.` };
  return { ok: true, nodes: { scene, decision, options: optionsPair.value } };
}

/** The path to option `index` of `scene` (and on into it) in the document's data. */
export const optionPath = (scene: string, index: number, ...rest: (string | number)[]): (string | number)[] => [
  'scenes',
  scene,
  'decision',
  'options',
  index,
  ...rest,
];

/** One option's mapping, by its place in the scene's list. */
export function optionMap(
  doc: Document.Parsed,
  scene: string,
  index: number,
): { ok: true; map: YAMLMap } | { ok: false; reason: string } {
  const found = sceneNodes(doc, scene);
  if (!found.ok) return found;
  const item = found.nodes.options?.items[index];
  if (isMap(item)) return { ok: true, map: item };
  return {
    ok: false,
    reason: `Scene "${scene}" has no option ${index + 1} written as a set of named fields; edit it in the text.`,
  };
}
