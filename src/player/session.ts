import type { RecordStore } from '../record/store';
import {
  finishRun,
  type FinishRunInput,
  latestRun,
  newRunId,
  recordChoice,
  recordRewind,
  resumableRun,
  runsOf,
  saveSnapshot,
  startRun,
} from '../record/scenarios';
import type { ScenarioRun } from '../record/record';
import {
  currentScene,
  dimensionResults,
  persistRun,
  replay,
  restoreRun,
  RUN_FORMAT,
  startSnapshot,
  step,
  type EngineSnapshot,
  type Option,
  type ScenarioEngine,
} from '../scenario/runtime';

/*
 * One learner playing one scenario: the engine's pure functions on one side, the learner record on
 * the other. The Svelte player only renders `view()` and calls these methods, so everything a
 * learner can do is testable here without a browser. Every decision is written to the record
 * before the view changes, so a reload (or a closed laptop) resumes at the same scene.
 */

export type Phase = 'intro' | 'playing' | 'consequence' | 'debrief';

/** What the learner sees straight after choosing, before moving on. */
export interface Consequence {
  option: Option;
  sceneTitle: string;
  /** The stage the child has moved on to, when this choice moved time forward. */
  newStage: { label: string; text?: string | undefined } | null;
  ended: boolean;
}

export interface PlayView {
  phase: Phase;
  snapshot: EngineSnapshot;
  consequence: Consequence | null;
  /** Something the learner should know about their saved play (it changed, it could not be read). */
  notice: string | null;
  /** The run being shown: the open one while playing, the finished one on the debrief. */
  runId: string | null;
}

export interface PlaySession {
  view(): PlayView;
  subscribe(listener: (view: PlayView) => void): () => void;
  /** Finished runs before the one on show, most recent first: "compare with your previous run". */
  previousRuns(): ScenarioRun[];
  start(): void;
  /** Starts a new play after these choices (as far as they can be made): the studio's "jump to scene". */
  startFrom(choices: readonly string[]): void;
  resume(): void;
  choose(optionId: string): boolean;
  /** Leaves the consequence for the next scene, or for the debrief when play has ended. */
  proceed(): void;
  /** Goes back to decision `keep` (0 = the first) to try another branch. */
  rewind(keep: number): void;
  /** Shows the debrief of a finished run again, rebuilt from its choices. */
  review(runId: string): boolean;
  /** Back to the introduction; an unfinished play stays saved. */
  leave(): void;
}

const choicesOf = (snapshot: EngineSnapshot) => snapshot.context.log.map((d) => d.option);

const snapshotInput = (engine: ScenarioEngine, snapshot: EngineSnapshot) => ({
  snapshotVersion: RUN_FORMAT,
  data: persistRun(engine, snapshot),
});

/** What a finished play records: ending, normalised scores, critical errors and its CPD entry. */
export function runResult(engine: ScenarioEngine, snapshot: EngineSnapshot): FinishRunInput {
  const { scenario } = engine.payload;
  const scores: Record<string, number> = {};
  for (const d of dimensionResults(engine, snapshot)) if (d.normalised !== null) scores[d.id] = d.normalised;
  return {
    ending: snapshot.context.ending ?? '',
    scores,
    // Each logged decision says whether it was a critical error: the ones the debrief lists.
    criticalErrors: snapshot.context.log.filter((d) => d.critical).length,
    cpd: { title: `Scenario: ${scenario.title}`, minutes: scenario.minutes },
  };
}

export function createPlaySession(engine: ScenarioEngine, store: RecordStore, now: () => number = Date.now): PlaySession {
  const { scenario, hash } = engine.payload;
  const listeners = new Set<(view: PlayView) => void>();
  let current: PlayView = { phase: 'intro', snapshot: startSnapshot(engine), consequence: null, notice: null, runId: null };

  const show = (next: Partial<PlayView>) => {
    current = { ...current, ...next };
    for (const listener of listeners) listener(current);
  };

  const finish = (runId: string, snapshot: EngineSnapshot) => {
    store.update((r) => finishRun(r, runId, runResult(engine, snapshot), now()));
  };

  /**
   * Opens a new run holding the decisions of `history`. With `rewindTo`, the decisions after it are
   * logged as undone and play resumes there: how a finished run, which keeps its result, is branched.
   */
  const openRun = (history: EngineSnapshot, rewindTo?: number) => {
    const runId = newRunId();
    const resumeAt = rewindTo === undefined ? history : replay(engine, choicesOf(history).slice(0, rewindTo)).snapshot;
    store.update((r) => {
      let next = startRun(r, { runId, scenarioId: scenario.id, scenarioHash: hash }, now());
      for (const d of history.context.log) next = recordChoice(next, runId, { sceneId: d.scene, optionId: d.option }, now());
      if (rewindTo !== undefined) next = recordRewind(next, runId, rewindTo, now());
      return saveSnapshot(next, runId, snapshotInput(engine, resumeAt), now());
    });
    return { runId, snapshot: resumeAt };
  };

  const unfinished = () => {
    const run = latestRun(store.read(), scenario.id);
    return run && run.finishedAt === null ? run : undefined;
  };

  return {
    view: () => current,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },

    previousRuns() {
      const shown = current.runId;
      return runsOf(store.read(), scenario.id)
        .filter((r) => r.finishedAt !== null && r.runId !== shown)
        .sort((a, b) => (b.finishedAt ?? 0) - (a.finishedAt ?? 0));
    },

    start() {
      const { runId, snapshot } = openRun(startSnapshot(engine));
      show({ phase: 'playing', snapshot, consequence: null, notice: null, runId });
    },

    startFrom(choices) {
      const { runId, snapshot } = openRun(replay(engine, choices).snapshot);
      show({ phase: 'playing', snapshot, consequence: null, notice: null, runId });
    },

    resume() {
      const record = store.read();
      const run = resumableRun(record, scenario.id, hash, RUN_FORMAT);
      if (run?.snapshot) {
        const restored = restoreRun(engine, run.snapshot.data);
        if (restored.ok) {
          show({ phase: 'playing', snapshot: restored.snapshot, consequence: null, notice: null, runId: run.runId });
          return;
        }
      }
      // The scenario changed or the saved state is unreadable: rebuild from the decisions, as far as they still go.
      const old = unfinished();
      const choices = old?.choices.map((c) => c.optionId) ?? [];
      const rebuilt = replay(engine, choices);
      const { runId } = openRun(rebuilt.snapshot);
      const kept = rebuilt.snapshot.context.log.length;
      const why =
        old?.scenarioHash === hash
          ? 'Your saved place could not be read, so it was rebuilt from your decisions.'
          : 'This scenario has been updated since you last played.';
      const notice =
        kept === choices.length
          ? `${why} All ${kept} of your decisions still apply.`
          : `${why} Your first ${kept} of ${choices.length} decisions still apply; you carry on from there.`;
      show({ phase: 'playing', snapshot: rebuilt.snapshot, consequence: null, notice: choices.length ? notice : null, runId });
    },

    choose(optionId) {
      const { snapshot, runId, phase } = current;
      if (phase !== 'playing' || !runId) return false;
      const here = currentScene(engine, snapshot);
      const next = step(engine, snapshot, optionId);
      const option = here?.scene.decision.options.find((o) => o.id === optionId);
      if (!here || !next || !option) return false;
      store.update((r) =>
        saveSnapshot(recordChoice(r, runId, { sceneId: here.id, optionId }, now()), runId, snapshotInput(engine, next), now()),
      );
      const ended = next.status === 'done';
      if (ended) finish(runId, next);
      const moved = next.context.stage !== snapshot.context.stage && !ended;
      const stage = scenario.stages[next.context.stage];
      show({
        phase: 'consequence',
        snapshot: next,
        consequence: {
          option,
          sceneTitle: here.scene.title,
          newStage: moved && stage ? { label: stage.label, text: stage.text } : null,
          ended,
        },
        notice: null,
      });
      return true;
    },

    proceed() {
      if (current.phase !== 'consequence') return;
      show({ phase: current.consequence?.ended ? 'debrief' : 'playing', consequence: null });
    },

    rewind(keep) {
      const { snapshot, runId, phase } = current;
      if (!runId || phase === 'intro') return;
      const target = Math.max(0, Math.min(keep, snapshot.context.log.length));
      if (store.read().runs[runId]?.finishedAt !== null) {
        const branch = openRun(snapshot, target);
        show({ phase: 'playing', snapshot: branch.snapshot, consequence: null, notice: null, runId: branch.runId });
        return;
      }
      const back = replay(engine, choicesOf(snapshot).slice(0, target)).snapshot;
      store.update((r) => saveSnapshot(recordRewind(r, runId, target, now()), runId, snapshotInput(engine, back), now()));
      show({ phase: 'playing', snapshot: back, consequence: null, notice: null });
    },

    review(runId) {
      const run = store.read().runs[runId];
      if (!run || run.finishedAt === null) return false;
      const rebuilt = replay(
        engine,
        run.choices.map((c) => c.optionId),
      );
      if (!rebuilt.ok || rebuilt.snapshot.status !== 'done') return false;
      show({ phase: 'debrief', snapshot: rebuilt.snapshot, consequence: null, notice: null, runId });
      return true;
    },

    leave() {
      show({ phase: 'intro', consequence: null, notice: null });
    },
  };
}
