import { debrief, mixCategories, mixCategory, type MixCategory, type ScenarioEngine } from '../scenario/runtime';
import type { DecodedCode } from './result-code';

/*
 * Mirror data: a group's plays of one scenario, added up so the group can look at its own
 * choices (developmental work research). Duplicate codes count once.
 */

export interface MirrorSummary {
  plays: number;
  /** Per scene reached: how many plays chose each option there. */
  choices: { scene: string; title: string; options: { id: string; label: string; kind: MixCategory; count: number }[] }[];
  /** How many decisions of each kind, across every play; critical safeguarding errors counted apart. */
  kinds: Record<MixCategory, number>;
  /** Average normalised score per assessed dimension (0–100, one decimal). */
  dimensions: { id: string; name: string; average: number }[];
  endings: { id: string; title: string; count: number }[];
}

type Good = Extract<DecodedCode, { ok: true }>;

export function mirror(engine: ScenarioEngine, decoded: readonly DecodedCode[]): MirrorSummary {
  const { scenario, framework } = engine.payload;
  const seen = new Set<string>();
  const plays = decoded.filter(
    (d): d is Good => d.ok && d.scenarioId === scenario.id && !seen.has(d.code) && Boolean(seen.add(d.code)),
  );

  const picked = new Map<string, number>();
  const kinds = Object.fromEntries(mixCategories.map((k) => [k, 0])) as Record<MixCategory, number>;
  const totals = new Map<string, { sum: number; n: number }>();
  const endings = new Map<string, number>();
  for (const play of plays) {
    for (const d of play.snapshot.context.log) {
      picked.set(d.option, (picked.get(d.option) ?? 0) + 1);
      kinds[mixCategory(d)]++;
    }
    for (const dim of debrief(engine, play.snapshot).dimensions) {
      if (dim.normalised === null) continue;
      const t = totals.get(dim.id) ?? { sum: 0, n: 0 };
      totals.set(dim.id, { sum: t.sum + dim.normalised, n: t.n + 1 });
    }
    const ending = play.snapshot.context.ending ?? '';
    endings.set(ending, (endings.get(ending) ?? 0) + 1);
  }

  const choices = Object.entries(scenario.scenes)
    .map(([id, scene]) => ({
      scene: id,
      title: scene.title,
      options: scene.decision.options.map((o) => ({
        id: o.id,
        label: o.label,
        kind: mixCategory({ kind: o.kind, critical: o.critical !== undefined }),
        count: picked.get(o.id) ?? 0,
      })),
    }))
    .filter((s) => s.options.some((o) => o.count > 0));
  return {
    plays: plays.length,
    choices,
    kinds,
    dimensions: framework.dimensions
      .filter((d) => totals.has(d.id))
      .map((d) => ({ id: d.id, name: d.name, average: Math.round((10 * totals.get(d.id)!.sum) / totals.get(d.id)!.n) / 10 })),
    endings: scenario.endings.map((e) => ({ id: e.id, title: e.title, count: endings.get(e.id) ?? 0 })),
  };
}
