import { describe, expect, it } from 'vitest';
import { compile, endingState, machineConfig, RESOLVING, sceneState } from '../../../src/scenario/compile';
import { buildLookup } from '../../../src/scenario/lookup';
import { initialContext } from '../../../src/scenario/model';
import { replay, startSnapshot, step } from '../../../src/scenario/replay';
import { createPlayer, testFramework } from './helpers';
import { tinyEngine, tinyPayload } from './tiny';

describe('compiling a scenario to an XState machine', () => {
  const payload = tinyPayload();
  const config = machineConfig(payload, initialContext(buildLookup(payload.scenario, testFramework)));

  it('produces a machine config that is pure data (no functions anywhere)', () => {
    expect(JSON.parse(JSON.stringify(config))).toEqual(config);
  });

  it('has one state per scene, a resolving state and one final state per ending', () => {
    expect(Object.keys(config.states)).toEqual([
      sceneState('a'),
      sceneState('b'),
      sceneState('c'),
      RESOLVING,
      endingState('low'),
      endingState('high'),
    ]);
    expect(config.initial).toBe(sceneState('a'));
    expect(config.states[endingState('low')]?.type).toBe('final');
  });

  it('refers to guards and actions by name with the option as a parameter', () => {
    const choose = config.states[sceneState('b')]?.on?.choose ?? [];
    expect(choose.map((t) => t.guard)).toEqual([
      { type: 'optionAllowed', params: { option: 'ref2' } },
      { type: 'optionAllowed', params: { option: 'ignore' } },
      { type: 'optionAllowed', params: { option: 'joint-known' } },
    ]);
    expect(choose[0]?.actions).toEqual([{ type: 'applyOption', params: { option: 'ref2' } }]);
    expect(choose[0]?.target).toBe(sceneState('c'));
    expect(config.states[sceneState('c')]?.on?.choose.every((t) => t.target === RESOLVING)).toBe(true);
    expect(config.states[sceneState('a')]?.entry).toEqual([{ type: 'enterScene', params: { scene: 'a' } }]);
  });

  it('starts in the first scene with the starting context', () => {
    const s = startSnapshot(tinyEngine());
    expect(s.value).toBe(sceneState('a'));
    expect(s.context.scene).toBe('a');
    expect(s.context.levels).toEqual(payload.scenario.start);
  });

  it('takes an allowed option to its next scene, applying effects and stage drift', () => {
    const engine = tinyEngine();
    const s = step(engine, startSnapshot(engine), 'ref');
    expect(s?.value).toBe(sceneState('c'));
    expect(s?.context.stage).toBe(1);
    expect(s?.context.trajectory).toHaveLength(2);
    expect(s?.context.supports).toHaveLength(1);
  });

  it('refuses an option whose requirement fails, an option from another scene and an unknown id', () => {
    const engine = tinyEngine();
    const b = replay(engine, ['bend']);
    const s = replay(engine, ['ref']);
    expect(b.ok && s.ok).toBe(true);
    if (!s.ok || !b.ok) return;
    expect(step(engine, s.snapshot, 'end-joint')).toBeNull(); // needs the parent's trust
    expect(step(engine, s.snapshot, 'ref2')).toBeNull(); // belongs to scene b
    expect(step(engine, s.snapshot, 'no-such-option')).toBeNull();
    expect(step(engine, b.snapshot, 'joint-known')).not.toBeNull(); // the flag was set by "bend"
  });

  it('ends in the final state of the ending that matches the final levels', () => {
    const engine = tinyEngine();
    const low = replay(engine, ['join', 'end-bend']);
    const high = replay(engine, ['ref', 'end-ref']);
    expect(low.ok && low.snapshot.value).toBe(endingState('low'));
    expect(low.snapshot.status).toBe('done');
    expect(low.snapshot.context.ending).toBe('low');
    expect(high.snapshot.value).toBe(endingState('high'));
    expect(step(engine, high.snapshot, 'ref')).toBeNull();
  });

  it('stays in the resolving state when no ending matches', () => {
    const gap = tinyPayload();
    const scenario = {
      ...gap.scenario,
      endings: gap.scenario.endings.map((e) => (e.id === 'high' ? { ...e, when: { level: 'total', atLeast: 99 } } : e)),
    };
    const engine = compile({ ...gap, scenario });
    const s = replay(engine, ['ref', 'end-ref']);
    expect(s.snapshot.value).toBe(RESOLVING);
    expect(s.snapshot.status).toBe('active');
    expect(s.snapshot.context.ending).toBeNull();
  });

  it('drives an actor the UI can subscribe to', () => {
    const engine = tinyEngine();
    const actor = createPlayer(engine).start();
    const seen: string[] = [];
    actor.subscribe((s) => seen.push(String(s.value)));
    actor.send({ type: 'choose', option: 'bend' });
    actor.send({ type: 'choose', option: 'joint-known' });
    actor.send({ type: 'choose', option: 'end-joint' });
    expect(seen).toEqual([sceneState('b'), sceneState('c'), endingState('low')]);
    expect(actor.getSnapshot().status).toBe('done');
  });
});
