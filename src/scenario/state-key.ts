import type { FastModel, FastState } from './fast-model';
import type { LiveFacts } from './graph';
import { RELATIONSHIP_LIMIT } from './types';

/*
 * Which numbers of a fast state (fast-model.ts) make up its key at each scene, packed a few bits
 * each into 32-bit words. A key holds only what can still change the future from that scene:
 * every level; the flags and relationships still tested there or later (graph.ts, liveFacts);
 * the relief of stages still to come, and only where some option can ever provide relief.
 */

export interface KeyLayout {
  /** State offsets, bit widths and the bias added so every value is 0 or more. */
  slots: Int32Array;
  bits: Int32Array;
  bias: Int32Array;
  /** Words per key. */
  width: number;
}

type Field = [slot: number, bits: number, bias: number];

const bitsFor = (max: number): number => Math.max(1, Math.ceil(Math.log2(max + 1)));

function makeLayout(fields: Field[]): KeyLayout {
  let width = 0;
  let used = 32;
  for (const [, bits] of fields) {
    if (used + bits > 32) {
      width++;
      used = 0;
    }
    used += bits;
  }
  return {
    slots: Int32Array.from(fields, (f) => f[0]),
    bits: Int32Array.from(fields, (f) => f[1]),
    bias: Int32Array.from(fields, (f) => f[2]),
    width: Math.max(1, width),
  };
}

const relationshipBits = bitsFor(2 * RELATIONSHIP_LIMIT);

/** Every level, and the flags and relationships in `live`. */
function factFields(model: FastModel, live: LiveFacts): Field[] {
  const { at, domains, maxLevel } = model;
  const fields: Field[] = domains.map((_, d) => [at.levels + d, bitsFor(maxLevel[d]!), 0]);
  model.relationships.forEach((r, i) => {
    if (live.relationships.has(r)) fields.push([at.relationships + i, relationshipBits, RELATIONSHIP_LIMIT]);
  });
  model.flags.forEach((f, i) => {
    if (live.flags.has(f)) fields.push([at.flags + i, 1, 0]);
  });
  return fields;
}

/** The strongest relief any option can give at each relief slot, in slot order. */
export function reliefSlots(model: FastModel): [slot: number, strength: number][] {
  const strongest = new Map<number, number>();
  for (const o of model.options)
    for (let i = 0; i < o.relief.length; i += 2)
      strongest.set(o.relief[i]!, Math.max(strongest.get(o.relief[i]!) ?? 0, o.relief[i + 1]!));
  return [...strongest].sort((a, b) => a[0] - b[0]);
}

/** The layout of the key of a state waiting at `scene`; `relief` comes from reliefSlots. */
export function sceneLayout(
  model: FastModel,
  scene: number,
  live: LiveFacts,
  relief: readonly [number, number][] = reliefSlots(model),
): KeyLayout {
  const fields = factFields(model, live);
  const firstFuture = model.at.relief + (model.sceneStage[scene]! + 1) * model.domains.length;
  for (const [slot, strength] of relief) if (slot >= firstFuture) fields.push([slot, bitsFor(strength), 0]);
  return makeLayout(fields);
}

/**
 * The layout of the key of a final state: its total (always: the report gives each ending's range
 * of totals), its highest level and the domain levels if an ending tests them, and the flags and
 * relationships the endings test. Final states the endings cannot tell apart are one state.
 * `endings.levels` must hold the levels the endings test; the state must be settled.
 */
export function finalLayout(model: FastModel, endings: LiveFacts): KeyLayout {
  const { at, domains, maxLevel } = model;
  const levels = endings.levels ?? new Set<string>();
  const fields: Field[] = [[at.total, bitsFor(maxLevel.reduce((a, b) => a + b, 0)), 0]];
  if (levels.has('highest')) fields.push([at.highest, bitsFor(Math.max(0, ...maxLevel)), 0]);
  domains.forEach((d, i) => {
    if (levels.has(d)) fields.push([at.levels + i, bitsFor(maxLevel[i]!), 0]);
  });
  // factFields starts with every level; the ones the endings test are already in `fields`.
  return makeLayout([...fields, ...factFields(model, endings).slice(domains.length)]);
}

export function pack(layout: KeyLayout, state: FastState, out: Uint32Array): void {
  const { slots, bits, bias } = layout;
  let word = 0;
  let acc = 0;
  let used = 0;
  for (let i = 0; i < slots.length; i++) {
    const b = bits[i]!;
    if (used + b > 32) {
      out[word++] = acc;
      acc = 0;
      used = 0;
    }
    acc |= (state[slots[i]!]! + bias[i]!) << used;
    used += b;
  }
  out[word] = acc;
}

/** Writes a key's values back into a zeroed state. */
export function unpack(layout: KeyLayout, key: Uint32Array, state: FastState): void {
  const { slots, bits, bias } = layout;
  state.fill(0);
  let word = 0;
  let used = 0;
  for (let i = 0; i < slots.length; i++) {
    const b = bits[i]!;
    if (used + b > 32) {
      word++;
      used = 0;
    }
    state[slots[i]!] = ((key[word]! >>> used) & (b === 32 ? -1 : (1 << b) - 1)) - bias[i]!;
    used += b;
  }
}
