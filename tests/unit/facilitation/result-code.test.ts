import { describe, expect, it } from 'vitest';
import { mirror } from '../../../src/facilitation/mirror';
import { decodeResult, encodeResult, sign } from '../../../src/facilitation/result-code';
import type { ScenarioEngine } from '../../../src/scenario/compile';
import { debrief } from '../../../src/scenario/debrief';
import { replay } from '../../../src/scenario/replay';
import { playThrough, randomPlay, shippedEngines } from './helpers';

const engines: Map<string, ScenarioEngine> = shippedEngines();

describe.each([...engines.keys()])('result codes for %s', (id) => {
  const engine = engines.get(id)!;
  it('round-trips the best path and 50 random plays', () => {
    const plays = [
      replay(engine, engine.payload.scenario.bestPath ?? []).snapshot,
      ...Array.from({ length: 50 }, (_, i) => randomPlay(engine, i + 1)),
    ];
    for (const play of plays) {
      const code = encodeResult(engine, play)!;
      expect(code).toMatch(/^CB1\./);
      const back = decodeResult(code, engines);
      expect(back.ok, code).toBe(true);
      if (back.ok) {
        expect(back.choices).toEqual(play.context.log.map((d) => d.option));
        expect(back.snapshot.context.ending).toBe(play.context.ending);
      }
    }
  });
});

describe('bad codes', () => {
  const [id, engine] = [...engines.entries()][0]!;
  const good = encodeResult(engine, replay(engine, engine.payload.scenario.bestPath ?? []).snapshot)!;
  const [format, , ver, digits] = good.split('.') as [string, string, string, string, string];
  // Tampered bodies re-signed with a valid checksum, to reach the checks after the checksum.
  const resign = sign;
  const cases: [string, string, string][] = [
    ['empty', '', 'format'],
    ['free text', 'hello there', 'format'],
    ['wrong format tag', good.replace(/^CB1/, 'CB9'), 'format'],
    ['a JSON object', '{"scenario":"sami"}', 'format'],
    [
      'a mistyped choice',
      `${format}.${id}.${ver}.${digits.slice(0, -1)}${digits.at(-1) === '0' ? '1' : '0'}.${good.split('.')[4]}`,
      'checksum',
    ],
    ['a mistyped check', good.slice(0, -1) + (good.endsWith('a') ? 'b' : 'a'), 'checksum'],
    ['another site’s scenario', resign(`${format}.not-here.${ver}.${digits}`), 'unknown-scenario'],
    ['another version', resign(`${format}.${id}.00000000.${digits}`), 'other-version'],
    ['an option that does not exist', resign(`${format}.${id}.${ver}.z${digits.slice(1)}`), 'impossible-choices'],
    ['a play cut short', resign(`${format}.${id}.${ver}.${digits.slice(0, 2)}`), 'unfinished'],
    ['extra decisions after the end', resign(`${format}.${id}.${ver}.${digits}0`), 'impossible-choices'],
    ['no decisions at all', resign(`${format}.${id}.${ver}.`), 'unfinished'],
  ];
  it.each(cases)('rejects %s with a reason', (_what, code, problem) => {
    const r = decodeResult(code, engines);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.problem).toBe(problem);
      expect(r.message.length).toBeGreaterThan(10);
    }
  });
  it('ignores spaces and line breaks from copying', () => {
    expect(decodeResult(` ${good.slice(0, 10)}\n${good.slice(10)} `, engines).ok).toBe(true);
  });
});

describe('mirror data with a critical safeguarding error', () => {
  const withCritical = [...engines.values()].find((e) =>
    Object.values(e.payload.scenario.scenes).some((s) => s.decision.options.some((o) => o.critical)),
  )!;
  const critical = Object.values(withCritical.payload.scenario.scenes)
    .flatMap((s) => s.decision.options)
    .find((o) => o.critical)!;

  it('counts the error on its own, not in the tally of the kind it was written as', () => {
    const play = playThrough(withCritical, critical.id)!;
    const summary = mirror(withCritical, [decodeResult(encodeResult(withCritical, play)!, engines)]);
    const authored = play.context.log.filter((d) => !d.critical && d.kind === critical.kind).length;
    expect(summary.kinds.critical).toBe(play.context.log.filter((d) => d.critical).length);
    expect(summary.kinds.critical).toBeGreaterThan(0);
    expect(summary.kinds[critical.kind]).toBe(authored);
    const row = summary.choices.flatMap((c) => c.options).find((o) => o.id === critical.id)!;
    expect(row).toMatchObject({ kind: 'critical', count: 1 });
  });
});

describe('mirror data', () => {
  const [, engine] = [...engines.entries()][0]!;
  const plays = Array.from({ length: 30 }, (_, i) => randomPlay(engine, 1000 + i));
  const codes = plays.map((p) => decodeResult(encodeResult(engine, p)!, engines));
  const summary = mirror(engine, [...codes, codes[0]!, decodeResult('nonsense', engines)]);
  const unique = [...new Map(plays.map((p) => [encodeResult(engine, p)!, p])).values()];

  it('counts each distinct play once and ignores bad codes', () => {
    expect(summary.plays).toBe(unique.length);
  });

  it('counts choices per decision, the mix of kinds and the endings as the plays made them', () => {
    const expected = new Map<string, number>();
    // Worked out here from each decision's own flag: a critical error is counted on its own.
    const kinds = { referral: 0, 'rule-bending': 0, 'joint-action': 0, critical: 0 };
    const endings = new Map<string, number>();
    for (const p of unique) {
      for (const d of p.context.log) {
        expected.set(d.option, (expected.get(d.option) ?? 0) + 1);
        kinds[d.critical ? 'critical' : d.kind]++;
      }
      endings.set(p.context.ending!, (endings.get(p.context.ending!) ?? 0) + 1);
    }
    for (const scene of summary.choices) for (const o of scene.options) expect(o.count, o.id).toBe(expected.get(o.id) ?? 0);
    expect(summary.kinds).toEqual(kinds);
    const total = (k: Record<string, number>) => Object.values(k).reduce((x, y) => x + y, 0);
    expect(total(summary.kinds)).toBe(unique.reduce((n, p) => n + p.context.log.length, 0));
    for (const e of summary.endings) expect(e.count).toBe(endings.get(e.id) ?? 0);
    expect(summary.endings.reduce((a, e) => a + e.count, 0)).toBe(unique.length);
  });

  it('averages each dimension over the plays', () => {
    for (const dim of summary.dimensions) {
      const scores = unique.map((p) => debrief(engine, p).dimensions.find((d) => d.id === dim.id)!.normalised!);
      expect(dim.average).toBeCloseTo(scores.reduce((a, b) => a + b, 0) / scores.length, 1);
    }
    expect(summary.dimensions.length).toBeGreaterThan(0);
  });
});
