import type { StudioCourse } from './course';
import type { CheckRequest, WorkerReply } from './worker-messages';

/*
 * Keeps the studio's checking worker busy with the latest text only. A check still running when
 * newer text arrives, or when the author presses Stop, is ended by ending its worker: the
 * analysis is one long synchronous run, so that is the only way to stop it at once.
 */
export class LiveChecker {
  #worker: Worker | undefined;
  #busy = false;

  constructor(
    private readonly course: StudioCourse,
    private readonly onreply: (reply: WorkerReply) => void,
    private readonly start: () => Worker = () => new Worker(new URL('./check-worker.ts', import.meta.url), { type: 'module' }),
  ) {}

  get busy(): boolean {
    return this.#busy;
  }

  check(text: string): void {
    if (this.#busy) this.cancel();
    const worker = (this.#worker ??= this.#started());
    this.#busy = true;
    const request: CheckRequest = { text, course: this.course };
    worker.postMessage(request);
  }

  cancel(): void {
    this.#worker?.terminate();
    this.#worker = undefined;
    this.#busy = false;
  }

  #started(): Worker {
    const worker = this.start();
    worker.onmessage = (event: MessageEvent<WorkerReply>) => {
      if (worker !== this.#worker) return;
      const reply = event.data;
      // The map comes after the check; a draft with no map to draw still ends with one ("map", null).
      if (reply.kind === 'map' || reply.kind === 'failed') this.#busy = false;
      this.onreply(reply);
    };
    worker.onerror = (event) => {
      if (worker !== this.#worker) return;
      event.preventDefault();
      this.cancel();
      this.onreply({ kind: 'failed', message: event.message || 'the checker stopped unexpectedly' });
    };
    return worker;
  }
}
