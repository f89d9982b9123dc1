import type { Path } from '../authoring/yaml';
import type { Emitter } from './checks';
import type { ScenarioLookup } from './lookup';
import { applyOption, enterScene, finishPlay, initialContext, isAvailable, matchingEndings } from './model';
import { plural } from './report';
import type { PlayContext, Scenario } from './types';

/*
 * What plays reveal about a scenario (stuck plays, final states with no ending or two, the
 * endings reached and the totals they receive), gathered the same way whether every play was
 * counted (explore.ts) or plays were sampled (below), and turned into positioned messages.
 */

export const SAMPLE_PLAYS = 1_000;

/** Plays of one kind, with the shortest route found to one of them. */
export interface Tally {
  plays: bigint;
  witness: string[];
}

/** The plays that end in one ending, and the range of their final total levels. */
export interface EndingTally extends Tally {
  totals: { min: number; max: number };
}

/** What plays revealed, whether counted exhaustively or sampled. */
export class Findings {
  deadEnds = new Map<string, Tally>();
  /** Final states no ending matches, with every final total among them. */
  unmatched: (Tally & { totals: Set<number> }) | null = null;
  overlaps = new Map<string, Tally & { endings: string[] }>();
  endings = new Map<string, EndingTally>();

  /**
   * `depth` is the length of the route `witness` would build: a route is only built when it is
   * shorter than the one kept, so a million states cost a handful of routes.
   */
  deadEnd(scene: string, plays: bigint, depth: number, witness: () => string[]): void {
    const seen = this.deadEnds.get(scene);
    if (!seen) this.deadEnds.set(scene, { plays, witness: witness() });
    else {
      seen.plays += plays;
      if (depth < seen.witness.length) seen.witness = witness();
    }
  }

  /** A final state reached by `plays` plays, the ending(s) it matches and its total level. */
  final(matched: readonly string[], total: number, plays: bigint, depth: number, witness: () => string[]): void {
    const keep = <T extends Tally>(seen: T | undefined, fresh: () => Omit<T, keyof Tally>): T => {
      if (!seen) return { ...fresh(), plays, witness: witness() } as T;
      seen.plays += plays;
      if (depth < seen.witness.length) seen.witness = witness();
      return seen;
    };
    if (matched.length === 0) {
      this.unmatched = keep(this.unmatched ?? undefined, () => ({ totals: new Set<number>() }));
      this.unmatched.totals.add(total);
      return;
    }
    const first = matched[0]!;
    const ending = keep(this.endings.get(first), () => ({ totals: { min: total, max: total } }));
    ending.totals = { min: Math.min(ending.totals.min, total), max: Math.max(ending.totals.max, total) };
    this.endings.set(first, ending);
    if (matched.length > 1) {
      const id = matched.join('+');
      this.overlaps.set(
        id,
        keep(this.overlaps.get(id), () => ({ endings: [...matched] })),
      );
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

/** The state a route ends in, through the pure model (the machine's own actions). */
export function playedContext(lookup: ScenarioLookup, witness: readonly string[]): PlayContext {
  let context = enterScene(initialContext(lookup), lookup, lookup.firstScene);
  for (const id of witness) {
    const option = lookup.options.get(id)?.option;
    if (!option) break;
    context = applyOption(context, lookup, id);
    context = option.next === undefined ? finishPlay(context, lookup) : enterScene(context, lookup, option.next);
  }
  return context;
}

function describeLevels(lookup: ScenarioLookup, context: PlayContext): string {
  const total = Object.values(context.levels).reduce((a, b) => a + b, 0);
  const parts = lookup.domains.map((d) => `${d} ${context.levels[d] ?? 0}`).join(', ');
  const flags = context.flags.length ? `; flags: ${context.flags.join(', ')}` : '; no flags';
  return `total ${total} (${parts})${flags}`;
}

/** 3, 4, 5, 9 → "3–5 and 9". */
export function numberRanges(values: Iterable<number>): string {
  const sorted = [...new Set(values)].sort((a, b) => a - b);
  const runs: string[] = [];
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    runs.push(i === j ? `${sorted[i]}` : `${sorted[i]}–${sorted[j]}`);
    i = j + 1;
  }
  return runs.length > 1 ? `${runs.slice(0, -1).join(', ')} and ${runs[runs.length - 1]}` : (runs[0] ?? '');
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

/** Random plays through the pure model, for a scenario with more states than the analysis holds. */
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
        findings.deadEnd(context.scene ?? '', 1n, chosen.length, () => [...chosen]);
        break;
      }
      const option = open[Math.floor(random() * open.length)]!;
      chosen.push(option.id);
      context = applyOption(context, lookup, option.id);
      if (option.next === undefined) {
        const final = finishPlay(context, lookup);
        const total = Object.values(final.levels).reduce((a, b) => a + b, 0);
        findings.final(matchingEndings(lookup, final), total, 1n, chosen.length, () => [...chosen]);
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
  const plays = (n: bigint) => (exact ? plural(n, 'play') : plural(n, 'sampled play'));
  for (const [scene, f] of findings.deadEnds) {
    emit(
      'error',
      'dead-end',
      ['scenes', scene, 'decision'],
      `dead end: in ${plays(f.plays)} none of the options is available here, so play gets stuck (e.g. ${route(f.witness)})`,
    );
  }
  const gap = findings.unmatched;
  if (gap) {
    const example = describeLevels(lookup, playedContext(lookup, gap.witness));
    emit(
      'error',
      'no-ending',
      ['endings'],
      `no ending matches the final state of ${plays(gap.plays)}, with ${gap.totals.size === 1 ? 'a final total' : 'final totals'} of ${numberRanges(gap.totals)} (e.g. ${route(gap.witness)}: ${example}); widen an ending's "when" or add an ending to cover them`,
      { atKey: true },
    );
  }
  for (const f of findings.overlaps.values()) {
    const index = scenario.endings.findIndex((e) => e.id === f.endings[0]);
    const names = f.endings.map((e) => `"${e}"`).join(' and ');
    emit(
      'error',
      'several-endings',
      ['endings', index, 'when'],
      `endings ${names} both match the final state of ${plays(f.plays)} (e.g. ${route(f.witness)}); make their conditions exclusive`,
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
        `no sampled play ended here (${SAMPLE_PLAYS.toLocaleString('en-GB')} samples); not proven unreachable`,
      );
  });
}

export function witnesses(findings: Findings, scenario: Scenario): Record<string, string[]> {
  return Object.fromEntries(
    scenario.endings.flatMap((e) => {
      const seen = findings.endings.get(e.id);
      return seen ? [[e.id, seen.witness]] : [];
    }),
  );
}
