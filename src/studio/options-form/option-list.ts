import { isMap, isNode, type YAMLSeq } from 'yaml';
import { afterColon, findAnchor, insertPair, nodeSpan, replaceValue, valueRender } from './map-edits';
import { getIn, setIn, type Path } from './plain-data';
import { blockMapping, type NewValue } from './render-value';
import type { ScalarStyle } from './scalar-style';
import { dataOf, findPair, parseScenario, sceneNodes, type SceneNodes } from './scenario-nodes';
import { columnOf, lineEnd, lineStart, startsLine, type TextChange } from './text-change';
import { verifiedEdit, type Plan, type WriteResult } from './verify-edit';

/*
 * Adding an option to a scene and removing one. A new option has every field the schema requires,
 * with words that plainly ask to be replaced, so the scenario still loads while the author writes
 * it; it leads where the scene's last option leads, and ends play if that one does or there is none.
 */

/** The fields of a new option: a fresh id, a referral, placeholder words, and where it leads. */
export function newOption(data: unknown, scene: string, module?: string): Record<string, NewValue> {
  const used = new Set<string>();
  const scenes = getIn(data, ['scenes']);
  for (const s of Object.values(typeof scenes === 'object' && scenes !== null ? scenes : {})) {
    const list = getIn(s, ['decision', 'options']);
    if (Array.isArray(list)) for (const o of list) used.add(String(getIn(o, ['id'])));
  }
  const siblings = getIn(data, ['scenes', scene, 'decision', 'options']);
  const list: unknown[] = Array.isArray(siblings) ? siblings : [];
  let n = list.length + 1;
  while (used.has(`${scene}-option-${n}`)) n++;
  const listed = getIn(data, ['modules', 0]);
  const teaches = module ?? (typeof listed === 'string' ? listed : undefined);
  const last = list[list.length - 1];
  const next = getIn(last, ['next']);
  return {
    id: `${scene}-option-${n}`,
    kind: 'referral',
    label: 'Say in a sentence what the learner would do.',
    feedback: 'Say what happens straight after this choice.',
    expert: { text: 'Say what an expert would notice about this choice.', ...(teaches ? { module: teaches } : {}) },
    ...(typeof next === 'string' ? { next } : { end: true }),
  };
}

const sceneOrder = ['stage', 'title', 'text', 'signals', 'prompts', 'notes', 'safeguarding', 'decision'];
const optionsPath = (scene: string): Path => ['scenes', scene, 'decision', 'options'];

/** The hyphen that starts a list item at `pos`, or -1 when the item does not start on the hyphen's line. */
function hyphenBefore(text: string, pos: number): number {
  let i = pos - 1;
  while (i >= 0 && text[i] === ' ') i--;
  return text[i] === '-' ? i : -1;
}

const cannot = (why: string): Plan => ({ ok: false, reason: why });

function planAdd(text: string, nodes: SceneNodes, scene: string, option: Record<string, NewValue>, style: ScalarStyle): Plan {
  const expect = (data: unknown) => {
    const list = getIn(data, optionsPath(scene));
    if (Array.isArray(list)) list.push(option);
    else setIn(data, optionsPath(scene), [option]);
  };
  const done = (change: TextChange): Plan => ({ ok: true, change, expect });
  const { scene: sceneMap, decision, options } = nodes;
  if (!decision)
    return done(
      insertPair(text, sceneMap, 'decision', { options: [option] }, findAnchor(sceneMap, 'decision', sceneOrder), style),
    );
  const pair = findPair(decision, 'options');
  if (!pair)
    return done(insertPair(text, decision, 'options', [option], findAnchor(decision, 'options', ['question', 'options']), style));
  if (!options?.items.length) return done(replaceValue(text, decision, pair, valueRender([option], style)));
  if (options.flow) return cannot('The options of this scene are written between [ ]; add the option in the text.');
  const last = options.items[options.items.length - 1];
  const [start, end] = nodeSpan(text, last);
  const hyphen = hyphenBefore(text, start);
  if (hyphen < 0) return cannot('The last option of this scene is laid out unusually; add the option in the text.');
  const keys = columnOf(text, start);
  const at = lineEnd(text, end);
  const insert = `\n${' '.repeat(columnOf(text, hyphen))}-${' '.repeat(keys - columnOf(text, hyphen) - 1)}${blockMapping(option, keys, style)}`;
  return done({ from: at, to: at, insert });
}

/** Adds an option at the end of the scene's list; `module` is the expert's module (the scenario's first by default). */
export function addOption(text: string, scene: string, module?: string): WriteResult {
  const parsed = parseScenario(text);
  if (!parsed.ok) return parsed;
  const found = sceneNodes(parsed.doc, scene);
  if (!found.ok) return found;
  const option = newOption(dataOf(parsed.doc), scene, module);
  return verifiedEdit(text, parsed.doc, (style) => planAdd(text, found.nodes, scene, option, style));
}

function removal(text: string, options: YAMLSeq, index: number, optionsStart: number): TextChange | string {
  const item = options.items[index];
  if (!isNode(item)) return 'There is no such option.';
  const [start, end] = nodeSpan(text, item);
  // The last option goes, leaving an empty list the checker will ask to fill.
  if (options.items.length === 1) return { from: optionsStart, to: nodeSpan(text, options)[1], insert: ' []' };
  const next = options.items[index + 1];
  const previous = options.items[index - 1];
  if (options.flow) {
    if (isNode(next)) return { from: start, to: nodeSpan(text, next)[0], insert: '' };
    return isNode(previous) ? { from: nodeSpan(text, previous)[1], to: end, insert: '' } : 'There is no such option.';
  }
  const hyphen = hyphenBefore(text, start);
  if (hyphen < 0 || !startsLine(text, hyphen)) return 'This option is laid out unusually; remove it in the text.';
  return { from: lineStart(text, hyphen), to: Math.min(lineEnd(text, end) + 1, text.length), insert: '' };
}

/** Removes option `index` from the scene, with its lines. */
export function removeOption(text: string, scene: string, index: number): WriteResult {
  const parsed = parseScenario(text);
  if (!parsed.ok) return parsed;
  const found = sceneNodes(parsed.doc, scene);
  if (!found.ok) return found;
  const { decision, options } = found.nodes;
  const pair = decision && findPair(decision, 'options');
  if (!options || !pair || !isMap(decision)) return { ok: false, reason: `Scene "${scene}" has no options to remove.` };
  const change = removal(text, options, index, afterColon(text, pair));
  if (typeof change === 'string') return { ok: false, reason: change };
  return verifiedEdit(text, parsed.doc, () => ({
    ok: true,
    change,
    expect: (data) => {
      const list = getIn(data, optionsPath(scene));
      if (Array.isArray(list)) list.splice(index, 1);
    },
  }));
}
