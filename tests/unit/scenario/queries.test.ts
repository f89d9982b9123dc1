import { describe, expect, it } from 'vitest';
import {
  choicesSoFar,
  currentScene,
  currentStage,
  optionsNow,
  playStatus,
  signalsNow,
  stagesNow,
  trajectoryNow,
} from '../../../src/scenario/queries';
import { replay, startSnapshot } from '../../../src/scenario/replay';
import { tinyEngine } from './tiny';

const engine = tinyEngine();
const at = (choices: string[]) => {
  const r = replay(engine, choices);
  if (!r.ok) throw new Error(`replay failed at ${r.failedAt}`);
  return r.snapshot;
};

describe('queries the player UI uses', () => {
  it('lists every option of the decision, with whether it is available and why not', () => {
    expect(optionsNow(engine, at(['ref']))).toEqual([
      { id: 'end-ref', kind: 'referral', label: 'end-ref', available: true },
      { id: 'end-bend', kind: 'rule-bending', label: 'end-bend', available: true },
      {
        id: 'end-joint',
        kind: 'joint-action',
        label: 'end-joint',
        available: false,
        reason: 'The parent does not trust you yet.',
      },
    ]);
    expect(optionsNow(engine, at(['bend', 'ref2'])).every((o) => o.available)).toBe(true);
    expect(optionsNow(engine, at(['ref', 'end-ref']))).toEqual([]);
  });

  it('shows visible signals and the domains not yet seen', () => {
    const plain = signalsNow(engine, at(['ref']));
    expect(plain.visible.map((s) => s.text)).toEqual(['A learning signal.']);
    expect(plain.unseen.map((d) => d.id)).toEqual(['family', 'community', 'wellbeing']);
    expect(plain.unseen[0]?.name).toBe('Family and home');
    const widened = signalsNow(engine, at(['bend', 'ref2']));
    expect(widened.visible.map((s) => s.domain)).toEqual(['learning', 'community']);
    expect(widened.unseen.map((d) => d.id)).toEqual(['wellbeing']);
  });

  it('gives the current stage and marks stages past, current and future', () => {
    expect(currentStage(engine, startSnapshot(engine))).toMatchObject({ index: 0, id: 's0', status: 'current' });
    expect(stagesNow(engine, at(['ref'])).map((s) => s.status)).toEqual(['past', 'current', 'future']);
    expect(stagesNow(engine, at(['ref', 'end-ref'])).map((s) => s.status)).toEqual(['past', 'past', 'current']);
  });

  it('gives a trajectory series per domain with one value per stage visited', () => {
    const t = trajectoryNow(engine, at(['ref', 'end-ref']));
    expect(t.stages.map((s) => s.id)).toEqual(['s0', 's1', 's2']);
    expect(t.series.find((s) => s.domain === 'health')?.values).toEqual([2, 2, 1]);
    expect(t.series.find((s) => s.domain === 'family')).toMatchObject({ name: 'Family and home', max: 10, values: [2, 4, 5] });
    expect(t.totals).toEqual([10, 13, 16]);
  });

  it('reports the status of play and the scene', () => {
    expect(playStatus(startSnapshot(engine))).toBe('playing');
    expect(currentScene(engine, startSnapshot(engine))?.id).toBe('a');
    expect(playStatus(at(['ref', 'end-ref']))).toBe('ended');
    expect(currentScene(engine, at(['ref', 'end-ref']))).toBeNull();
  });
});

describe('replay and rewind', () => {
  it('rebuilds exactly the state that playing the same choices gives', () => {
    const played = at(['bend', 'ignore', 'end-bend']);
    expect(choicesSoFar(played)).toEqual(['bend', 'ignore', 'end-bend']);
    const again = replay(engine, choicesSoFar(played));
    expect(again.ok && again.snapshot.context).toEqual(played.context);
  });

  it('rewinds to decision k by replaying the first k choices', () => {
    const full = ['bend', 'joint-known', 'end-joint'];
    const rewound = replay(engine, full.slice(0, 1));
    expect(rewound.ok && rewound.snapshot.context.scene).toBe('b');
    expect(rewound.snapshot.context.log).toHaveLength(1);
    expect(replay(engine, []).snapshot.context).toEqual(startSnapshot(engine).context);
  });

  it('stops at the first impossible choice and says which', () => {
    const r = replay(engine, ['ref', 'end-joint', 'end-ref']);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.failedAt).toBe(1);
    expect(r.option).toBe('end-joint');
    expect(r.snapshot.context.scene).toBe('c');
  });
});
