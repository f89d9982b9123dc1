import { isBlockHeader, shapeOf } from './yaml-lines';

/*
 * The ids an author may refer to while writing a scenario. Some come from the course (the framework's
 * dimensions and life domains, modules, glossary concepts, roles) and are handed in; the rest are the
 * scenario's own (scene, stage, relationship and option ids, flags) and are read from the text in one
 * pass over its lines, tracking indentation, so a 1 MB file costs one scan and a broken line costs
 * only its own ids. Callers cache the result per version of the text.
 */

/** Ids the course defines, which a scenario refers to. */
export interface KnownNames {
  /** Competency dimensions in content/framework.yaml: the keys of `scores`. */
  dimensions: string[];
  /** Life domains in content/framework.yaml: `start`, `drift`, `domain`, `domains`… */
  domains: string[];
  modules: string[];
  /** Glossary ids. */
  concepts: string[];
  roles: string[];
}

/** Ids the scenario defines for itself. */
export interface TextIds {
  scenes: string[];
  stages: string[];
  relationships: string[];
  /** Flags set by options or tested by conditions. */
  flags: string[];
  /** Option ids, for `bestPath`. */
  options: string[];
}

interface Frame {
  col: number;
  seg: string | number;
}

/** The plain words of a one-line flow list, `[a, b]`. */
const flowWords = (value: string): string[] =>
  value
    .replace(/^\[|\]$/g, '')
    .split(',')
    .map((w) => w.trim())
    .filter((w) => /^[\w-]+$/.test(w));

/** The `id` of a one-line flow map, `{ id: parents, label: "…" }`. */
const flowId = (value: string): string | undefined => /^\{\s*(?:[^{}]*,\s*)?id:\s*([\w-]+)/.exec(value)?.[1];

/** A tested flag, `flag: x`, and a set of flags, `flags: [a, b]`, inside a flow map. */
const FLAG = /(?:^|[\s{,])flag:\s*["']?([\w-]+)/g;
const FLAGS = /(?:^|[\s{,])flags:\s*(\[[^\]]*\])/g;

/** Whether `segs` reads like `pattern`, where `#` is any list index and `*` any key. */
function matches(segs: Frame[], pattern: readonly (string | number)[]): boolean {
  if (segs.length !== pattern.length) return false;
  return pattern.every((p, i) => {
    const seg = segs[i]!.seg;
    return p === '#' ? typeof seg === 'number' : p === '*' ? typeof seg === 'string' : p === seg;
  });
}

export function scanTextIds(lines: Iterable<string>): TextIds {
  const found = {
    scenes: new Set<string>(),
    stages: new Set<string>(),
    relationships: new Set<string>(),
    flags: new Set<string>(),
    options: new Set<string>(),
  };
  const stack: Frame[] = [];
  /** While inside a block scalar: the column its lines must be deeper than. */
  let blockCol = -1;

  /** The id a line defines, from the path of its value: `['stages', 0, 'id']` and so on. */
  const record = (id: string): void => {
    if (matches(stack, ['stages', '#', 'id'])) found.stages.add(id);
    else if (matches(stack, ['relationships', '#', 'id'])) found.relationships.add(id);
    else if (matches(stack, ['scenes', '*', 'decision', 'options', '#', 'id'])) found.options.add(id);
  };

  for (const line of lines) {
    if (blockCol >= 0) {
      let i = 0;
      while (line.charCodeAt(i) === 32) i++;
      if (i === line.length || i > blockCol) continue;
      blockCol = -1;
    }
    const shape = shapeOf(line);
    if (shape.blank) continue;
    if (shape.indent === 0 && /^---(\s|$)/.test(line)) {
      stack.length = 0;
      continue;
    }
    for (const dash of shape.dashes) {
      let index = 0;
      while (stack.length > 0) {
        const top = stack[stack.length - 1]!;
        const item = typeof top.seg === 'number';
        if (top.col < dash || (top.col === dash && !item)) break;
        if (top.col === dash) index = (top.seg as number) + 1;
        stack.pop();
      }
      stack.push({ col: dash, seg: index });
    }
    const value = shape.value;
    if (shape.key !== undefined) {
      while (stack.length > 0 && stack[stack.length - 1]!.col >= shape.col) stack.pop();
      if (stack.length === 1 && stack[0]!.seg === 'scenes') found.scenes.add(shape.key);
      stack.push({ col: shape.col, seg: shape.key });
      if (shape.key === 'id' && /^[\w-]+$/.test(value)) record(value);
      else if (shape.key === 'flags' && value.startsWith('[')) flowWords(value).forEach((f) => found.flags.add(f));
    } else if (shape.dashes.length > 0) {
      const holder = stack[stack.length - 2]?.seg;
      if (holder === 'flags' && /^[\w-]+$/.test(value)) found.flags.add(value);
      // A list item written as a flow map: `- { id: parents, label: … }`.
      else if (value.startsWith('{') && (holder === 'relationships' || holder === 'stages' || holder === 'options')) {
        const id = flowId(value);
        if (id !== undefined) {
          stack.push({ col: shape.col, seg: 'id' });
          record(id);
          stack.pop();
        }
      }
    }
    if (shape.key === 'flag' && /^[\w-]+$/.test(value)) found.flags.add(value);
    if (value.includes('flag')) {
      for (const m of value.matchAll(FLAG)) found.flags.add(m[1]!);
      for (const m of value.matchAll(FLAGS)) flowWords(m[1]!).forEach((f) => found.flags.add(f));
    }
    // A block scalar's lines are deeper than its key, or than its `- ` when it is a list item.
    if (isBlockHeader(value)) {
      if (shape.key !== undefined) blockCol = shape.col;
      else if (shape.dashes.length > 0) blockCol = shape.dashes[shape.dashes.length - 1]!;
    }
  }
  return {
    scenes: [...found.scenes],
    stages: [...found.stages],
    relationships: [...found.relationships],
    flags: [...found.flags],
    options: [...found.options],
  };
}
