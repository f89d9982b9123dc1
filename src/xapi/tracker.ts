import type { LearnerRecord } from '../record/record';
import type { RecordStore } from '../record/store';
import type { StatementQueue } from './queue';
import { flushQueue, type Fetch, type LrsTarget } from './send';
import { statementsBetween, type StatementContext } from './statements';

/*
 * Watches the learner record and keeps the LRS told, with no DOM: browser.ts hands it the page's
 * store, a queue over localStorage and timers; tests hand it fakes and a loopback LRS.
 */

export interface TrackerOptions {
  store: RecordStore;
  queue: StatementQueue;
  target: LrsTarget;
  /** Everything statements need except `since`, which is when tracking starts. */
  statements: Omit<StatementContext, 'since'>;
  fetch: Fetch;
  now: () => number;
  /** Asks for `flush()` again at this time (null: nothing waiting). */
  schedule: (at: number | null) => void;
  /** False while the browser knows it is offline: nothing is tried until it is back. */
  online?: () => boolean;
  warn?: (message: string) => void;
}

export interface Tracker {
  /** Sends what is due; calls made while a flush runs are folded into one more run after it. */
  flush(): Promise<void>;
  stop(): void;
}

export function startTracker(options: TrackerOptions): Tracker {
  const { store, queue, target, now, schedule, online = () => true } = options;
  const context: StatementContext = { ...options.statements, since: now() };
  let previous: LearnerRecord = store.read();
  let running: Promise<void> | null = null;
  let again = false;

  async function run() {
    do {
      again = false;
      // Offline: the browser's `online` event calls flush again, so no timer is needed.
      if (!online()) return schedule(null);
      await flushQueue(queue, target, { fetch: options.fetch, now, ...(options.warn ? { warn: options.warn } : {}) });
    } while (again);
    schedule(queue.nextDue());
  }

  function flush(): Promise<void> {
    if (running) {
      again = true;
      return running;
    }
    running = run()
      .catch(() => {
        // Nothing in a flush is meant to throw; if something does, the next change or timer tries again.
      })
      .finally(() => {
        running = null;
      });
    return running;
  }

  const unsubscribe = store.subscribe((record) => {
    const pending = statementsBetween(previous, record, context);
    previous = record;
    if (queue.enqueue(pending, now()) > 0) void flush();
  });

  return {
    flush,
    stop() {
      unsubscribe();
      schedule(null);
    },
  };
}
