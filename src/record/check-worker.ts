import { parseRecord } from './migrate';

/*
 * Reads and checks a learner record's stored text away from the page's main thread
 * (check-off-thread.ts starts it). Answers with the record when every part of it could be read,
 * and with null otherwise: anything short of that is left to the store on the page, which keeps a
 * backup of what it cannot read and tells the learner.
 * (Type-checked with the page code: the DOM library describes `self.onmessage` and `postMessage` well
 * enough, and the WebWorker library would change what every other file sees.)
 */
self.onmessage = (event: MessageEvent<string>) => {
  let record = null;
  try {
    const outcome = parseRecord(JSON.parse(event.data), 'stored');
    if (outcome.ok && !outcome.lossy) record = outcome.record;
  } catch {
    // Not JSON: the store will say so.
  }
  self.postMessage(record);
};
