import type { Emitter } from './checks';
import type { ScenarioLookup } from './lookup';
import { applyOption, enterScene, finishPlay, initialContext, isAvailable, matchingEndings } from './model';
import type { Path } from './parse';
import type { PlayContext, Scenario } from './types';

/*
 * What plays reveal about a scenario (stuck plays, final states with no ending or two, the
 * endings reached), gathered the same way whether the plays were explored exhaustively
 * (analyse.ts) or sampled (below), and turned into positioned messages.
 */

export const SAMPLE_PLAYS = 1_000;

/** What plays revealed, whether explored exhaustively or sampled. */
export class Findings {
  deadEnds = new Map<string, { count: number; witness: string[] }>();
  noEnding = new Map<string, { count: number; witness: string[]; context: PlayContext }>();
  overlaps = new Map<string, { endings: string[]; count: number; witness: string[] }>();
  endings = new Map<string, string[]>();

  deadEnd(scene: string, witness: string[]): void {
    const seen = this.deadEnds.get(scene);
    this.deadEnds.set(scene, {
      count: (seen?.count ?? 0) + 1,
      witness: seen && seen.witness.length <= witness.length ? seen.witness : witness,
    });
  }

  terminal(lookup: ScenarioLookup, context: PlayContext, witness: string[]): void {
    const matched = matchingEndings(lookup, context);
    const last = witness[witness.length - 1] ?? '';
    if (matched.length === 0) {
      const seen = this.noEnding.get(last);
      this.noEnding.set(last, seen ? { ...seen, count: seen.count + 1 } : { count: 1, witness, context });
      return;
    }
    const first = matched[0]!;
    const known = this.endings.get(first);
    if (!known || witness.length < known.length) this.endings.set(first, witness);
    if (matched.length > 1) {
      const id = matched.join('+');
      const seen = this.overlaps.get(id);
      this.overlaps.set(id, seen ? { ...seen, count: seen.count + 1 } : { endings: matched, count: 1, witness });
    }
  }
}

export function optionPath(scenario: Scenario, lookup: ScenarioLookup, optionId: string, field?: string): Path {
  const found = lookup.options.get(optionId);
  const scene = found ? scenario.scenes[found.scene] : undefined;
  const index = scene?.decision.options.findIndex((o) => o.id === optionId) ?? -1;
  const base: Path = found ? ['scenes', found.scene, 'decision', 'options', index] : [];
  return field ? [...base, field] : base;
}

const route = (witness: string[]): string => (witness.length ? `after ${witness.join(' → ')}` : 'at the start');

function describeLevels(lookup: ScenarioLookup, context: PlayContext): string {
  const total = Object.values(context.levels).reduce((a, b) => a + b, 0);
  const parts = lookup.domains.map((d) => `${d} ${context.levels[d] ?? 0}`).join(', ');
  const flags = context.flags.length ? `; flags: ${context.flags.join(', ')}` : '; no flags';
  return `total ${total} (${parts})${flags}`;
}

/** A small seeded generator, so sampled findings are the same on every run. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Random plays through the pure model (the machine's own actions), for scenarios too big to explore. */
export function samplePlays(lookup: ScenarioLookup, plays: number): Findings {
  const findings = new Findings();
  const random = mulberry32([...lookup.scenario.id].reduce((h, c) => Math.imul(h ^ c.charCodeAt(0), 16777619), 2166136261));
  for (let n = 0; n < plays; n++) {
    let context = enterScene(initialContext(lookup), lookup, lookup.firstScene);
    const chosen: string[] = [];
    for (;;) {
      const scene = lookup.scenario.scenes[context.scene ?? ''];
      const open = scene?.decision.options.filter((o) => isAvailable(o, context)) ?? [];
      if (!open.length) {
        findings.deadEnd(context.scene ?? '', chosen);
        break;
      }
      const option = open[Math.floor(random() * open.length)]!;
      chosen.push(option.id);
      context = applyOption(context, lookup, option.id);
      if (option.next === undefined) {
        findings.terminal(lookup, finishPlay(context, lookup), chosen);
        break;
      }
      context = enterScene(context, lookup, option.next);
    }
  }
  return findings;
}

export function reportFindings(
  findings: Findings,
  scenario: Scenario,
  lookup: ScenarioLookup,
  emit: Emitter,
  exact: boolean,
): void {
  const states = (n: number) => (exact ? `${n} possible state(s)` : `${n} sampled play(s)`);
  for (const [scene, f] of findings.deadEnds) {
    emit(
      'error',
      'dead-end',
      ['scenes', scene, 'decision'],
      `dead end: in ${states(f.count)} none of the options is available here, so play gets stuck (e.g. ${route(f.witness)})`,
    );
  }
  for (const [option, f] of findings.noEnding) {
    emit(
      'error',
      'no-ending',
      optionPath(scenario, lookup, option, 'end'),
      `no ending matches when play ends here in ${states(f.count)} (e.g. ${route(f.witness)}: ${describeLevels(lookup, f.context)})`,
    );
  }
  for (const f of findings.overlaps.values()) {
    const index = scenario.endings.findIndex((e) => e.id === f.endings[0]);
    const names = f.endings.map((e) => `"${e}"`).join(' and ');
    emit(
      'error',
      'several-endings',
      ['endings', index, 'when'],
      `endings ${names} both match ${states(f.count)} (e.g. ${route(f.witness)}); make their conditions exclusive`,
    );
  }
  const shadowed = new Set([...findings.overlaps.values()].flatMap((f) => f.endings.slice(1)));
  scenario.endings.forEach((e, i) => {
    if (findings.endings.has(e.id)) return;
    const why = shadowed.has(e.id)
      ? 'every final state it matches is also matched by an ending listed earlier'
      : 'no possible final state matches it';
    if (exact) emit('error', 'unreached-ending', ['endings', i, 'id'], `no play ends here: ${why}`);
    else
      emit(
        'warning',
        'unreached-ending',
        ['endings', i, 'id'],
        `no sampled play ended here (${SAMPLE_PLAYS} samples); not proven unreachable`,
      );
  });
}

export function witnesses(findings: Findings, scenario: Scenario): Record<string, string[]> {
  return Object.fromEntries(
    scenario.endings.flatMap((e) => (findings.endings.has(e.id) ? [[e.id, findings.endings.get(e.id)!]] : [])),
  );
}
