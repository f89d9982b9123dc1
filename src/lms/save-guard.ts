/*
 * Keeping the LMS's copy up to date when the LMS fails to save. A failed save is tried again a
 * few seconds later, a few times (as Adapt's spoor does); if it still fails, the learner is told,
 * with a button to try again, and every later change tries once more. Their work is in their
 * browser all along: what they lose by not being told is only the LMS's copy, which is the one
 * they will meet on another computer.
 *
 * The clock is injected, so the rounds of retries are tested without waiting.
 */

/** 'saved': the LMS took the latest save. 'retrying': a save failed and another try is set. 'failing': the tries ran out. */
export type SaveState = 'saved' | 'retrying' | 'failing';

export interface SaveGuardOptions {
  /** Sends everything to the LMS; true when it took it all. `again` is true after a failure. */
  save(again: boolean): boolean;
  /** Sets `run` to happen in `ms`; returns a way to cancel it. */
  schedule(run: () => void, ms: number): () => void;
  /** Told whenever the state changes. */
  onState(state: SaveState): void;
  /** The waits between tries, in ms; when they run out, the learner is told. */
  delays?: readonly number[];
}

export interface SaveGuard {
  readonly state: SaveState;
  /** After a change worth keeping: save now, and retry on its own if that fails. */
  save(): void;
  /** The learner's "Try again": one try now, and a fresh round of retries if it fails. */
  retryNow(): void;
}

/** Three more tries over about twenty seconds: long enough for a brief outage, short enough to tell the learner soon. */
export const RETRY_DELAYS = [2_000, 6_000, 12_000] as const;

export function createSaveGuard(options: SaveGuardOptions): SaveGuard {
  const delays = options.delays ?? RETRY_DELAYS;
  let state: SaveState = 'saved';
  let tries = 0;
  let cancel: (() => void) | null = null;

  const become = (next: SaveState) => {
    if (next === state) return;
    state = next;
    options.onState(next);
  };

  const attempt = (): boolean => {
    if (!options.save(state !== 'saved')) return false;
    cancel?.();
    cancel = null;
    tries = 0;
    become('saved');
    return true;
  };

  const afterFailure = () => {
    if (cancel) return; // a try is already set
    const delay = delays[tries];
    if (delay === undefined) {
      become('failing');
      return;
    }
    if (state === 'saved') become('retrying');
    cancel = options.schedule(() => {
      cancel = null;
      tries++;
      if (!attempt()) afterFailure();
    }, delay);
  };

  return {
    get state() {
      return state;
    },
    save() {
      if (!attempt()) afterFailure();
    },
    retryNow() {
      cancel?.();
      cancel = null;
      tries = 0;
      if (!attempt()) afterFailure();
    },
  };
}
