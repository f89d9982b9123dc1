import { flushSync, untrack } from 'svelte';
import { inTurns } from '../../record/in-turns';

/**
 * About how long one quiet moment may be spent drawing. A phone runs three or four times slower
 * than the machine a page is tested on, and a task of 50 ms there is one the learner feels.
 */
const BUDGET_MS = 8;

/**
 * How many items of a long list are on the page: `first` at once, then more at each quiet moment,
 * one at a time for as long as the moment's budget lasts, until `target()` are; and on again
 * whenever the target grows (Show more, or another tab adding to the record). The list grows at its
 * foot, so nothing above it moves. Make one while a component is being set up: it stops with it.
 */
export class Slices {
  count = $state(0);

  constructor(first: number, target: () => number) {
    this.count = first;
    $effect(() => {
      const goal = target();
      let stop = () => {};
      untrack(() => {
        if (this.count >= goal) return;
        stop = inTurns(() => {
          const started = performance.now();
          do flushSync(() => this.count++);
          while (this.count < target() && performance.now() - started < BUDGET_MS);
          return this.count < target();
        });
      });
      return () => stop();
    });
  }
}
