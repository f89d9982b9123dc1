import { describe, expect, it } from 'vitest';
import { savedPlace } from '../../../src/player/saved';
import { createPlaySession } from '../../../src/player/session';
import { createStore } from '../../../src/record/store';
import { compile } from '../../../src/scenario/compile';
import { debrief } from '../../../src/scenario/debrief';
import { currentScene, optionsNow } from '../../../src/scenario/queries';
import { replay } from '../../../src/scenario/replay';
import { FakeStorage } from '../record/fake-storage';
import { compiledFixture } from '../scenario/helpers';

const payload = compiledFixture('reference.yaml');
const engine = compile(payload);
const best = payload.scenario.bestPath!;

function setup(storage = new FakeStorage()) {
  let clock = 1_700_000_000_000;
  const store = createStore(storage);
  const session = createPlaySession(engine, store, () => (clock += 1000));
  return { storage, store, session };
}

/** Plays the given options, moving past each consequence. */
function play(session: ReturnType<typeof setup>['session'], options: readonly string[]) {
  for (const id of options) {
    expect(session.choose(id), id).toBe(true);
    session.proceed();
  }
}

describe('a play session', () => {
  it('starts at the first scene and shows each consequence before moving on', () => {
    const { session } = setup();
    session.start();
    expect(session.view().phase).toBe('playing');
    expect(session.view().snapshot.context.scene).toBe(Object.keys(payload.scenario.scenes)[0]);
    session.choose(best[0]!);
    const view = session.view();
    expect(view.phase).toBe('consequence');
    expect(view.consequence?.option.id).toBe(best[0]);
    expect(view.consequence?.ended).toBe(false);
    session.proceed();
    expect(session.view().phase).toBe('playing');
  });

  it('refuses an option that is not available, and changes nothing', () => {
    const { session } = setup();
    session.start();
    const locked = optionsNow(engine, session.view().snapshot).find((o) => !o.available);
    const before = session.view();
    if (locked) expect(session.choose(locked.id)).toBe(false);
    expect(session.choose('no-such-option')).toBe(false);
    expect(session.view()).toBe(before);
  });

  it('tells the learner when time moves on to a new stage', () => {
    const { session } = setup();
    session.start();
    let moved = false;
    for (const id of best) {
      session.choose(id);
      if (session.view().consequence?.newStage) moved = true;
      session.proceed();
    }
    expect(moved).toBe(true);
  });

  it('resumes after a reload at the same scene with the same state', () => {
    const { storage, session } = setup();
    session.start();
    play(session, best.slice(0, 3));
    const before = session.view().snapshot;

    const reloaded = setup(storage);
    const again = reloaded.session;
    expect(savedPlace(reloaded.store.read(), payload.scenario).inProgress).toEqual({
      decisions: 3,
      sceneTitle: currentScene(engine, before)?.scene.title,
      stageLabel: payload.scenario.stages[before.context.stage]!.label,
    });
    again.resume();
    expect(again.view().phase).toBe('playing');
    expect(again.view().snapshot.context).toEqual(before.context);
  });

  it('rewinds to an earlier decision, records the rewind, and lets the learner take another branch', () => {
    const { store, session } = setup();
    session.start();
    play(session, best.slice(0, 3));
    session.rewind(1);
    const { snapshot, runId } = session.view();
    expect(snapshot.context.log.map((d) => d.option)).toEqual(best.slice(0, 1));
    const run = store.read().runs[runId!]!;
    expect(run.choices.map((c) => c.optionId)).toEqual(best.slice(0, 1));
    expect(run.rewinds).toHaveLength(1);
    expect(run.rewinds[0]!.undone.map((c) => c.optionId)).toEqual(best.slice(1, 3));

    const other = optionsNow(engine, snapshot).find((o) => o.available && o.id !== best[1]);
    expect(session.choose(other!.id)).toBe(true);
    expect(store.read().runs[runId!]!.choices.map((c) => c.optionId)).toEqual([best[0], other!.id]);
  });

  it('finishes with the engine debrief: ending, scores and a CPD entry in the record', () => {
    const { store, session } = setup();
    session.start();
    play(session, best);
    const view = session.view();
    expect(view.phase).toBe('debrief');
    const expected = debrief(engine, replay(engine, best).snapshot);
    const run = store.read().runs[view.runId!]!;
    expect(run.finishedAt).not.toBeNull();
    expect(run.ending).toBe(expected.ending?.id);
    for (const d of expected.dimensions) if (d.normalised !== null) expect(run.scores?.[d.id]).toBe(d.normalised);
    expect(run.criticalErrors).toBe(0);
    expect(Object.values(store.read().cpd).some((e) => !e.deleted && e.sourceId === payload.scenario.id)).toBe(true);
    expect(savedPlace(store.read(), payload.scenario)).toMatchObject({ inProgress: null, lastFinished: { runId: view.runId } });
  });

  it('records as many critical errors as the debrief lists, and the same scores', () => {
    const { store, session } = setup();
    session.start();
    // Choose a critical option wherever there is one, else the first option open: a play with breaches in it.
    while (session.view().phase === 'playing') {
      const { snapshot } = session.view();
      const open = new Set(
        optionsNow(engine, snapshot)
          .filter((o) => o.available)
          .map((o) => o.id),
      );
      const options = currentScene(engine, snapshot)!.scene.decision.options.filter((o) => open.has(o.id));
      play(session, [(options.find((o) => o.critical) ?? options[0]!).id]);
    }
    const view = session.view();
    const expected = debrief(engine, view.snapshot);
    expect(expected.critical.length).toBeGreaterThan(0);
    const run = store.read().runs[view.runId!]!;
    expect(run.criticalErrors).toBe(expected.critical.length);
    expect(run.scores).toEqual(
      Object.fromEntries(expected.dimensions.filter((d) => d.normalised !== null).map((d) => [d.id, d.normalised])),
    );
  });

  it('branches a finished run into a new run, keeping the finished result', () => {
    const { store, session } = setup();
    session.start();
    play(session, best);
    const finished = session.view().runId!;
    session.rewind(2);
    const branch = session.view().runId!;
    expect(branch).not.toBe(finished);
    expect(store.read().runs[finished]!.finishedAt).not.toBeNull();
    expect(store.read().runs[branch]!.rewinds[0]!.toChoice).toBe(2);
    expect(session.view().snapshot.context.log).toHaveLength(2);
  });

  it('shows a finished debrief again and offers the previous run to compare', () => {
    const { store, session } = setup();
    session.start();
    play(session, best);
    const first = session.view().runId!;
    session.start();
    play(session, payload.stats.witnesses['slipping-away']!);
    expect(session.previousRuns()[0]?.runId).toBe(first);
    session.leave();
    expect(savedPlace(store.read(), payload.scenario).lastFinished?.runId).not.toBe(first);
    expect(session.review(first)).toBe(true);
    expect(session.view().snapshot.context.ending).toBe('on-track');
  });

  it('replays saved decisions when the scenario has changed since the play was saved', () => {
    const { storage, store, session } = setup();
    session.start();
    play(session, best.slice(0, 2));
    const runId = session.view().runId!;
    store.update((r) => ({ ...r, runs: { ...r.runs, [runId]: { ...r.runs[runId]!, scenarioHash: 'older-version' } } }));

    const again = setup(storage).session;
    again.resume();
    expect(again.view().notice).toMatch(/updated since you last played.*All 2 of your decisions still apply/);
    expect(again.view().snapshot.context.log.map((d) => d.option)).toEqual(best.slice(0, 2));
  });

  it('keeps playing in memory when the browser refuses storage', () => {
    const storage = new FakeStorage();
    storage.failWith = 'SecurityError';
    const { session } = setup(storage);
    session.start();
    play(session, best);
    expect(session.view().phase).toBe('debrief');
  });
});

describe('the saved place shown before the engine loads', () => {
  it('still offers to resume when the saved state cannot be read, without naming a scene', () => {
    const { store, session } = setup();
    session.start();
    play(session, best.slice(0, 2));
    const runId = session.view().runId!;
    store.update((r) => ({
      ...r,
      runs: { ...r.runs, [runId]: { ...r.runs[runId]!, snapshot: { snapshotVersion: 1, savedAt: 1, data: 'damaged' } } },
    }));
    expect(savedPlace(store.read(), payload.scenario).inProgress).toEqual({ decisions: 2, sceneTitle: '', stageLabel: '' });
    session.resume();
    expect(session.view().snapshot.context.log).toHaveLength(2);
    expect(session.view().notice).toMatch(/could not be read/);
  });
});

describe('starting a play part-way (the studio’s "jump to scene")', () => {
  it('starts a new play after the given choices, recorded as a play like any other', () => {
    const { session, store } = setup();
    session.startFrom(best.slice(0, 2));
    const view = session.view();
    expect(view.phase).toBe('playing');
    expect(view.snapshot.context.scene).toBe(replay(engine, best.slice(0, 2)).snapshot.context.scene);
    expect(store.read().runs[view.runId!]?.choices.map((c) => c.optionId)).toEqual(best.slice(0, 2));
    play(session, best.slice(2));
    expect(session.view().phase).toBe('debrief');
  });
});
