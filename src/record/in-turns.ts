/** Runs a function once, later; returns a function that stops it if it has not run yet. */
export type Scheduler = (run: () => void) => () => void;

/**
 * When the browser is next idle, or after a quarter of a second if it never is (a busy phone can go
 * seconds without an idle moment, and the record must still appear); where it cannot say (Safari),
 * a moment later.
 */
export const whenIdle: Scheduler = (run) => {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(run, { timeout: 250 });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(run, 50);
  return () => clearTimeout(id);
};

/**
 * Calls `step` at one quiet moment after another for as long as it returns true, so a page with a
 * lot to draw does it in short pieces the learner can scroll, type and click between, rather than
 * in one long freeze. Returns a function that stops it.
 */
export function inTurns(step: () => boolean, schedule: Scheduler = whenIdle): () => void {
  let stopped = false;
  let cancel = () => {};
  const next = () => {
    cancel = schedule(() => {
      if (!stopped && step()) next();
    });
  };
  next();
  return () => {
    stopped = true;
    cancel();
  };
}
