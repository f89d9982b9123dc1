import { describe, expect, it } from 'vitest';
import { LiveChecker } from '../../../src/studio/live-check';
import type { StudioCourse } from '../../../src/studio/course';
import type { WorkerReply } from '../../../src/studio/worker-messages';

/** Stands in for a worker: records what it was sent and whether it was ended, and can answer. */
class FakeWorker {
  sent: unknown[] = [];
  ended = false;
  onmessage: ((event: MessageEvent<WorkerReply>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  postMessage(message: unknown) {
    this.sent.push(message);
  }
  terminate() {
    this.ended = true;
  }
  answer(reply: WorkerReply) {
    this.onmessage?.({ data: reply } as MessageEvent<WorkerReply>);
  }
}

function checker() {
  const workers: FakeWorker[] = [];
  const heard: WorkerReply[] = [];
  const live = new LiveChecker(
    { framework: {} } as StudioCourse,
    (reply) => heard.push(reply),
    () => {
      const worker = new FakeWorker();
      workers.push(worker);
      return worker as unknown as Worker;
    },
  );
  return { live, workers, heard };
}

const map: WorkerReply = { kind: 'map', map: null, why: '' };

describe('the live checker', () => {
  it('keeps one worker for check after check', () => {
    const { live, workers, heard } = checker();
    live.check('a');
    workers[0]!.answer(map);
    live.check('b');
    expect(workers).toHaveLength(1);
    expect(workers[0]!.sent).toHaveLength(2);
    expect(heard).toEqual([map]);
    expect(live.busy).toBe(true);
  });

  it('ends a check still running when newer text arrives, and never passes on its late answers', () => {
    const { live, workers, heard } = checker();
    live.check('old');
    live.check('new');
    expect(workers).toHaveLength(2);
    expect(workers[0]!.ended).toBe(true);
    workers[0]!.answer({ kind: 'progress', done: 1, total: 2 });
    expect(heard).toEqual([]);
    workers[1]!.answer({ kind: 'progress', done: 1, total: 2 });
    expect(heard).toEqual([{ kind: 'progress', done: 1, total: 2 }]);
  });

  it('stops at once when asked, and starts afresh on the next check', () => {
    const { live, workers } = checker();
    live.check('long');
    live.cancel();
    expect(workers[0]!.ended).toBe(true);
    expect(live.busy).toBe(false);
    live.check('again');
    expect(workers).toHaveLength(2);
  });

  it('reports a worker that fails, and replaces it', () => {
    const { live, workers, heard } = checker();
    live.check('x');
    workers[0]!.onerror?.({ message: 'boom', preventDefault() {} } as ErrorEvent);
    expect(heard).toEqual([{ kind: 'failed', message: 'boom' }]);
    expect(live.busy).toBe(false);
    live.check('y');
    expect(workers).toHaveLength(2);
  });
});
