import { afterEach } from 'vitest';

/*
 * Lets each test worker's event loop turn between tests. A file of synchronous, CPU-bound tests
 * (the engine's property tests at CB_DEEP=4 run for a minute) otherwise never leaves the
 * microtask queue, so Vitest's own messages to the worker wait unread until the file ends, and a
 * reply older than Vitest's 60 s limit fails the run with "Timeout calling onTaskUpdate" although
 * every test passed (vitest-dev/vitest#6479, #8164). setImmediate runs after pending I/O.
 */
afterEach(() => new Promise<void>((resolve) => setImmediate(resolve)));
