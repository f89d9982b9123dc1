import type { LearnerRecord } from './record';
import type { RecordStore } from './store';

/**
 * Below this size the page checks the record itself: starting a worker would cost more.
 * (A record a year into the course is about 300,000 characters; checking it took some 50 ms of a
 * 2-core machine's main thread, and a phone is slower.)
 */
const WORTH_A_WORKER = 20_000;
/** A worker that has not answered by then is not waited for. */
const PATIENCE_MS = 5_000;

/**
 * Has the stored record checked in a worker and hands the result to the store, so the page's own
 * read of it is quick and the page stays responsive while it opens. Resolves once the store holds
 * the checked record, or as soon as it is clear a worker will not help (a small record, no
 * workers, a failure, or a record with something damaged in it, which the store reads itself so
 * it can keep its backup and tell the learner). Never rejects.
 */
export function checkOffThread(store: RecordStore): Promise<void> {
  const raw = store.storedText();
  if (raw === null || raw.length < WORTH_A_WORKER || typeof Worker === 'undefined') return Promise.resolve();
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = new Worker(new URL('./check-worker.ts', import.meta.url), { type: 'module' });
    } catch {
      resolve();
      return;
    }
    const done = () => {
      clearTimeout(timer);
      worker.terminate();
      resolve();
    };
    const timer = setTimeout(done, PATIENCE_MS);
    worker.onmessage = (event: MessageEvent<LearnerRecord | null>) => {
      if (event.data) store.adoptChecked(raw, event.data);
      done();
    };
    worker.onerror = done;
    worker.postMessage(raw);
  });
}
