import { describe, expect, it } from 'vitest';
import { createQueue, retryDelay, type QueueOptions } from '../../../src/xapi/queue';
import { XAPI_QUEUE_KEY as QUEUE_KEY } from '../../../src/storage/keys';
import type { PendingStatement } from '../../../src/xapi/types';
import { FakeStorage } from '../record/fake-storage';

const T = 1_700_000_000_000;
const noJitter: QueueOptions = { random: () => 0 };

/** A minimal statement: the queue only reads its id. */
function pending(n: number): PendingStatement {
  const id = `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
  return {
    key: `module|m${n}|${T}`,
    statement: {
      id,
      actor: { objectType: 'Agent', account: { homePage: 'https://example.org/', name: 'x' } },
      verb: { id: 'http://adlnet.gov/expapi/verbs/completed', display: { 'en-GB': 'completed' } },
      object: {
        objectType: 'Activity',
        id: `https://example.org/modules/m${n}/`,
        definition: { type: 't', name: { 'en-GB': 'm' } },
      },
      context: { platform: 'p', language: 'en-GB', contextActivities: { grouping: [] } },
      timestamp: new Date(T).toISOString(),
    },
  };
}
const idsOf = (items: { statement: { id: string } }[]) => items.map((i) => i.statement.id);

describe('back-off', () => {
  it('waits 5 s after the first failure, doubling to a cap of one hour', () => {
    const schedule = Array.from({ length: 12 }, (_, i) => retryDelay(i + 1, noJitter) / 1000);
    expect(schedule).toEqual([5, 10, 20, 40, 80, 160, 320, 640, 1280, 2560, 3600, 3600]);
    expect(retryDelay(1000, noJitter)).toBe(3_600_000);
  });

  it('jitter only shortens a wait, by at most a fifth', () => {
    expect(retryDelay(1, { random: () => 0.999999 })).toBe(4000);
    expect(retryDelay(3, { random: () => 0.5 })).toBe(18_000);
    for (let i = 0; i < 200; i++) {
      const d = retryDelay(20);
      expect(d).toBeGreaterThanOrEqual(0.8 * 3_600_000);
      expect(d).toBeLessThanOrEqual(3_600_000);
    }
  });

  it('a failing statement follows the schedule; one that goes through is forgotten', () => {
    const queue = createQueue(new FakeStorage(), noJitter);
    queue.enqueue([pending(1), pending(2)], T);
    expect(idsOf(queue.due(T))).toEqual([pending(1).statement.id, pending(2).statement.id]);
    queue.failed([pending(1).statement.id], T);
    queue.sent([pending(2).statement.id]);
    expect(queue.due(T)).toEqual([]);
    expect(queue.nextDue()).toBe(T + 5000);
    expect(queue.due(T + 4999)).toEqual([]);
    const [item] = queue.due(T + 5000);
    expect(item).toMatchObject({ attempts: 1, due: T + 5000 });
    queue.failed([item!.statement.id], T + 5000);
    expect(queue.nextDue()).toBe(T + 15_000);
    queue.sent([item!.statement.id]);
    expect(queue.nextDue()).toBeNull();
    expect(queue.stats()).toEqual({ queued: 0, dropped: 0, rejected: 0 });
  });
});

describe('the queue', () => {
  it('survives a reload: a new queue over the same storage has the same statements and attempts', () => {
    const storage = new FakeStorage();
    const first = createQueue(storage, noJitter);
    first.enqueue([pending(1), pending(2)], T);
    first.failed([pending(1).statement.id], T);
    const reloaded = createQueue(storage, noJitter);
    expect(reloaded.stats().queued).toBe(2);
    expect(reloaded.due(T)).toEqual([{ ...pending(2), attempts: 0, due: T }]);
    expect(reloaded.due(T + 5000)[0]).toEqual({ ...pending(1), attempts: 1, due: T + 5000 });
    expect(JSON.parse(storage.getItem(QUEUE_KEY)!).version).toBe(1);
  });

  it('queues a change once, however many tabs see it, even after it has been sent', () => {
    const storage = new FakeStorage();
    const tabA = createQueue(storage);
    const tabB = createQueue(storage);
    expect(tabA.enqueue([pending(1), pending(1)], T)).toBe(1);
    expect(tabB.enqueue([pending(1), pending(2)], T)).toBe(1);
    tabA.sent(idsOf(tabA.due(T)));
    expect(tabB.enqueue([{ ...pending(1), statement: { ...pending(1).statement, id: 'another-uuid' } }], T)).toBe(0);
    expect(tabB.stats().queued).toBe(0);
  });

  it('a statement being sent is not due in another tab until the hold ends', () => {
    const storage = new FakeStorage();
    const tabA = createQueue(storage);
    tabA.enqueue([pending(1)], T);
    tabA.hold([pending(1).statement.id], T + 30_000);
    expect(createQueue(storage).due(T + 29_999)).toEqual([]);
    expect(createQueue(storage).due(T + 30_000)).toHaveLength(1);
  });

  it('keeps at most maxItems, dropping the oldest and counting them', () => {
    const queue = createQueue(new FakeStorage(), { maxItems: 3 });
    queue.enqueue([1, 2, 3, 4, 5].map(pending), T);
    expect(idsOf(queue.due(T))).toEqual([3, 4, 5].map((n) => pending(n).statement.id));
    queue.enqueue([pending(6)], T);
    expect(queue.stats()).toEqual({ queued: 3, dropped: 3, rejected: 0 });
  });

  it('drops statements the LRS refused, counting them', () => {
    const queue = createQueue(new FakeStorage());
    queue.enqueue([pending(1), pending(2)], T);
    queue.rejected([pending(1).statement.id, 'unknown']);
    expect(queue.stats()).toEqual({ queued: 1, dropped: 0, rejected: 1 });
  });

  it('limits how many are due at once', () => {
    const queue = createQueue(new FakeStorage());
    queue.enqueue([1, 2, 3].map(pending), T);
    expect(queue.due(T, 2)).toHaveLength(2);
  });
});

describe('damaged or unusable storage never throws', () => {
  it.each([
    ['not JSON', '{"version":1,'],
    ['another version', '{"version":2,"items":[]}'],
    ['not an object', '"hello"'],
    ['null', 'null'],
    ['items not a list', '{"version":1,"items":{},"recent":5,"dropped":-1}'],
  ])('%s: starts empty and writes a good queue over it', (_, text) => {
    const storage = new FakeStorage();
    storage.setItem(QUEUE_KEY, text);
    const queue = createQueue(storage);
    expect(queue.stats()).toEqual({ queued: 0, dropped: 0, rejected: 0 });
    expect(queue.enqueue([pending(1)], T)).toBe(1);
    expect(createQueue(storage).stats().queued).toBe(1);
  });

  it('keeps the good items of a partly damaged queue', () => {
    const storage = new FakeStorage();
    const good = { ...pending(1), attempts: 2, due: T };
    storage.setItem(
      QUEUE_KEY,
      JSON.stringify({
        version: 1,
        items: [good, null, { key: 'k' }, { ...good, statement: { id: 7 } }, { ...good, due: 'soon' }, { ...good, attempts: -1 }],
        recent: ['a', 3],
        dropped: 4,
        rejected: 'x',
      }),
    );
    const queue = createQueue(storage);
    expect(queue.due(T)).toEqual([good]);
    expect(queue.stats()).toEqual({ queued: 1, dropped: 4, rejected: 0 });
  });

  it('storage that refuses access (private mode): the queue lives in memory for the page', () => {
    const storage = new FakeStorage();
    storage.failWith = 'SecurityError';
    const queue = createQueue(storage, noJitter);
    expect(queue.enqueue([pending(1)], T)).toBe(1);
    queue.failed([pending(1).statement.id], T);
    expect(queue.nextDue()).toBe(T + 5000);
    expect(queue.stats().queued).toBe(1);
  });

  it('full storage: the oldest statements are shed until the queue fits, and counted', () => {
    const storage = new FakeStorage();
    const queue = createQueue(storage);
    queue.enqueue([1, 2, 3, 4].map(pending), T);
    storage.quotaBytes = storage.getItem(QUEUE_KEY)!.length + 600;
    expect(() => queue.enqueue([5, 6, 7, 8].map(pending), T)).not.toThrow();
    const stats = createQueue(storage).stats();
    expect(stats.queued).toBeGreaterThan(0);
    expect(stats.dropped).toBeGreaterThan(0);
    expect(stats.queued + stats.dropped).toBe(8);
    expect(idsOf(createQueue(storage).due(T)).at(-1)).toBe(pending(8).statement.id);
  });

  it('storage that fails on write for another reason keeps every statement in memory', () => {
    const storage = new FakeStorage();
    const queue = createQueue(storage);
    storage.failWith = 'InvalidStateError';
    queue.enqueue([1, 2].map(pending), T);
    expect(queue.stats()).toEqual({ queued: 2, dropped: 0, rejected: 0 });
  });
});
