import { describe, expect, it } from 'vitest';
import { compile } from '../../../src/scenario/compile';
import { canonicalJson, ENGINE_VERSION, scenarioHash, stableHash } from '../../../src/scenario/hash';
import { persistRun, restoreRun } from '../../../src/scenario/persist';
import { replay } from '../../../src/scenario/replay';
import { createPlayer, testFramework } from './helpers';
import { tinyPayload, tinyScenario } from './tiny';

const payload = tinyPayload();
const engine = compile(payload);
const roundTrip = <T>(value: T): unknown => JSON.parse(JSON.stringify(value));

describe('persisting and restoring a play', () => {
  it('restores a persisted snapshot exactly, and play continues as if never interrupted', () => {
    const actor = createPlayer(engine).start();
    actor.send({ type: 'choose', option: 'bend' });
    const saved = roundTrip(persistRun(engine, actor.getSnapshot()));
    actor.send({ type: 'choose', option: 'joint-known' });
    actor.send({ type: 'choose', option: 'end-joint' });

    const restored = restoreRun(engine, saved);
    expect(restored.ok).toBe(true);
    if (!restored.ok) return;
    expect(restored.choices).toEqual(['bend']);
    const resumed = createPlayer(engine, restored.snapshot).start();
    expect(resumed.getSnapshot().context).toEqual(replay(engine, ['bend']).snapshot.context);
    resumed.send({ type: 'choose', option: 'joint-known' });
    resumed.send({ type: 'choose', option: 'end-joint' });
    expect(resumed.getSnapshot().value).toBe(actor.getSnapshot().value);
    expect(resumed.getSnapshot().context).toEqual(actor.getSnapshot().context);
  });

  it('restores through XState’s own persisted form (getPersistedSnapshot)', () => {
    const actor = createPlayer(engine).start();
    actor.send({ type: 'choose', option: 'ref' });
    const persisted = roundTrip(actor.getPersistedSnapshot());
    const resumed = createPlayer(engine, persisted).start();
    expect(resumed.getSnapshot().context).toEqual(actor.getSnapshot().context);
  });

  it('refuses a play saved against a changed scenario, and hands back its choices', () => {
    const saved = roundTrip(persistRun(engine, replay(engine, ['ref']).snapshot));
    const changed = tinyScenario();
    changed.stages[1]!.drift = { learning: 2 };
    const newer = compile({ ...payload, scenario: changed, hash: scenarioHash(changed, testFramework) });
    const result = restoreRun(newer, saved);
    expect(result).toMatchObject({ ok: false, reason: 'scenario-changed', choices: ['ref'] });
  });

  it('refuses another scenario’s play, an unknown format and damaged or edited data', () => {
    const saved = persistRun(engine, replay(engine, ['ref']).snapshot);
    expect(restoreRun(engine, { ...saved, scenario: 'other' })).toMatchObject({ ok: false, reason: 'other-scenario' });
    expect(restoreRun(engine, { ...saved, format: 99 })).toMatchObject({ ok: false, reason: 'unreadable' });
    expect(restoreRun(engine, 'not a run')).toMatchObject({ ok: false, reason: 'unreadable' });
    expect(restoreRun(engine, { ...saved, snapshot: { value: 'scene:nowhere', context: {} } })).toMatchObject({
      ok: false,
      reason: 'unreadable',
    });
    const edited = roundTrip(saved) as { snapshot: { context: { levels: Record<string, number> } } };
    edited.snapshot.context.levels['family'] = 0;
    expect(restoreRun(engine, edited)).toMatchObject({
      ok: false,
      reason: 'unreadable',
      message: 'The saved play does not match its own history.',
    });
  });
});

describe('the scenario hash', () => {
  it('ignores key order and is the same in every run', () => {
    expect(canonicalJson({ b: 1, a: [{ d: 2, c: undefined }] })).toBe('{"a":[{"d":2}],"b":1}');
    expect(stableHash({ b: 1, a: 2 })).toBe(stableHash({ a: 2, b: 1 }));
    expect(stableHash({ a: 1 })).toMatch(/^[0-9a-f]{16}$/);
    // Pinned: the browser and Node must agree, and saved plays depend on it not drifting.
    expect(stableHash('crossing boundaries')).toBe('6d4f97b52cd928c3');
  });

  it('changes with any change to the scenario, the framework or the engine version', () => {
    const base = scenarioHash(tinyScenario(), testFramework);
    expect(payload.hash).toBe(base);
    const text = tinyScenario();
    text.scenes['a']!.text = 'Different words.';
    expect(scenarioHash(text, testFramework)).not.toBe(base);
    const framework = {
      ...testFramework,
      domains: testFramework.domains.map((d) => ({ ...d, scale: { min: 0 as const, max: 12 } })),
    };
    expect(scenarioHash(tinyScenario(), framework)).not.toBe(base);
    expect(stableHash({ engine: ENGINE_VERSION + 1, scenario: tinyScenario(), framework: testFramework })).not.toBe(base);
  });
});
