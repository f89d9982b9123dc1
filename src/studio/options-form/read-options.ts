import { isScalar, type Document } from 'yaml';
import { nodeSpan } from './map-edits';
import { getIn } from './plain-data';
import { dataOf, parseScenario, sceneNodes, scenesMap } from './scenario-nodes';

/*
 * What the options form shows: the scene the editor's cursor is in, and its options as plain
 * values a form can hold. The form edits the fields an author changes most (what the option
 * says, its kind, scores, feedback, costs, the expert's view, where it leads, the flags it sets);
 * everything else an option can carry (requirements, supports, relationship changes…) stays in
 * the text, and `inText` names it so the form can say where to change it.
 */

export const optionKinds = ['referral', 'rule-bending', 'joint-action'] as const;

export interface OptionValues {
  id: string;
  /** As written, so a mistyped kind shows as it is rather than silently changing. */
  kind: string;
  label: string;
  feedback: string;
  /** '' when the option has no costs. */
  costs: string;
  expertText: string;
  expertModule: string;
  /** '' when the option has no next scene (it ends play, or is not finished). */
  next: string;
  end: boolean;
  /** Points per dimension id; a dimension the option does not score is absent. */
  scores: Record<string, number>;
  /** The flags the option sets (`effects.flags`). */
  flags: string[];
  /** The option's other fields, as dotted paths (`requires`, `effects.supports`), left for the text. */
  inText: string[];
}

export type SceneOptions =
  { ok: true; scene: string; options: OptionValues[]; sceneIds: string[] } | { ok: false; reason: string; sceneIds: string[] };

/** A scenario text read once, so moving the cursor does not read the whole file again. */
export type ScenarioIndex =
  { ok: true; doc: Document.Parsed; scenes: { id: string; from: number; to: number }[] } | { ok: false; reason: string };

const formFields = new Set(['id', 'kind', 'label', 'feedback', 'costs', 'expert', 'next', 'end', 'scores', 'effects']);

export function readScenario(text: string): ScenarioIndex {
  const parsed = parseScenario(text);
  if (!parsed.ok) return parsed;
  const scenes = scenesMap(parsed.doc);
  if (!scenes?.range) return { ok: false, reason: 'The text has no scenes: yet, so there are no options to show.' };
  const end = nodeSpan(text, scenes)[1];
  // A scene runs from its id to the next scene's id, so the comment lines between scenes belong to the one above.
  const starts = scenes.items.flatMap((p) =>
    isScalar(p.key) && p.key.range ? [{ id: String(p.key.value), from: p.key.range[0] }] : [],
  );
  return {
    ok: true,
    doc: parsed.doc,
    scenes: starts.map((s, i) => ({ ...s, to: starts[i + 1]?.from ?? end })),
  };
}

const text = (v: unknown): string =>
  typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' ? String(v) : '';
const record = (v: unknown): Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {};

function optionValues(data: unknown): OptionValues {
  const o = record(data);
  const effects = record(o['effects']);
  const expert = record(o['expert']);
  const scores = Object.entries(record(o['scores'])).filter((e): e is [string, number] => typeof e[1] === 'number');
  const flags = Array.isArray(effects['flags']) ? effects['flags'].map(text) : [];
  const inText = [
    ...Object.keys(o).filter((k) => !formFields.has(k)),
    ...Object.keys(effects)
      .filter((k) => k !== 'flags')
      .map((k) => `effects.${k}`),
    ...Object.keys(expert)
      .filter((k) => k !== 'text' && k !== 'module')
      .map((k) => `expert.${k}`),
  ];
  return {
    id: text(o['id']),
    kind: text(o['kind']),
    label: text(o['label']),
    feedback: text(o['feedback']),
    costs: text(o['costs']),
    expertText: text(expert['text']),
    expertModule: text(expert['module']),
    next: text(o['next']),
    end: o['end'] === true,
    scores: Object.fromEntries(scores),
    flags,
    inText,
  };
}

export function optionsAt(index: ScenarioIndex, offset: number): SceneOptions {
  if (!index.ok) return { ok: false, reason: index.reason, sceneIds: [] };
  const sceneIds = index.scenes.map((s) => s.id);
  // The last scene starting at or before the cursor, as long as the cursor has not gone past the scenes.
  const scene = index.scenes.filter((s) => s.from <= offset).pop();
  if (!scene || offset > scene.to)
    return { ok: false, reason: 'Put the cursor inside a scene in the text to see its options here.', sceneIds };
  const found = sceneNodes(index.doc, scene.id);
  if (!found.ok) return { ok: false, reason: found.reason, sceneIds };
  const list = getIn(dataOf(index.doc), ['scenes', scene.id, 'decision', 'options']);
  const options = Array.isArray(list) ? list.map(optionValues) : [];
  return { ok: true, scene: scene.id, options, sceneIds };
}

/** The scene the cursor at `offset` is in, with its options; or why there is none to show. */
export function sceneOptionsAt(source: string, offset: number): SceneOptions {
  return optionsAt(readScenario(source), offset);
}
