import { describe, expect, it } from 'vitest';
import { blockingByKind, busyTasks, type TraceEvent } from '../../../scripts/lib/main-thread';

const url = 'http://localhost:4391/record/';
const page = { pid: 1, tid: 7 };
/** Times in microseconds, as traces keep them. */
const x = (name: string, ts: number, dur: number, at = page): TraceEvent => ({ name, ph: 'X', ts, dur, ...at });

const trace: TraceEvent[] = [
  { name: 'navigationStart', ts: 100, ...page, args: { data: { isLoadingMainFrame: true } } },
  { name: 'navigationStart', ts: 1_000, ...page, args: { data: { isLoadingMainFrame: true } } },
  { ...x('ParseHTML', 1_100, 5_000), args: { beginData: { url } } },
  { name: 'firstContentfulPaint', ts: 20_000, ...page },
  // Before the first paint: not counted, however long.
  x('RunTask', 2_000, 40_000),
  // 20 ms, most of it an idle callback with a function call inside it (counted once), then a little layout.
  x('RunTask', 50_000, 20_000),
  x('FireIdleCallback', 50_100, 15_000),
  x('FunctionCall', 50_200, 14_000),
  x('Layout', 65_500, 2_000),
  // 16 ms of redrawing.
  x('RunTask', 80_000, 16_000),
  x('Layout', 80_100, 8_000),
  x('Paint', 88_200, 5_000),
  // 10 ms: 40 ms once slowed down, under the line.
  x('RunTask', 100_000, 10_000),
  // Another thread's long task is not the page's.
  x('RunTask', 120_000, 30_000, { pid: 1, tid: 9 }),
];

describe('the tasks behind a page’s blocking time', () => {
  it('lists the page’s tasks after its first paint that a fourfold slowdown takes past 50 ms, each with what took most of it', () => {
    expect(busyTasks(trace, url)).toEqual([
      { at: 49, ms: 20, kind: 'script' },
      { at: 79, ms: 16, kind: 'redraw' },
    ]);
  });

  it('adds up the blocking time they make, by kind', () => {
    expect(blockingByKind(busyTasks(trace, url))).toEqual({ script: 30, redraw: 14, other: 0 });
  });

  it('finds nothing for a page the trace did not load', () => {
    expect(busyTasks(trace, 'http://localhost:4391/')).toEqual([]);
  });
});
