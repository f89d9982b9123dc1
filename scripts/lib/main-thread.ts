/*
 * What kept the page's main thread busy, read from the trace Lighthouse records: each task after
 * the first contentful paint that Lighthouse's fourfold slowdown takes past 50 ms, and whether the
 * page's own script or the browser's redrawing (style, layout, paint) took most of it. A page that
 * draws in small steps still blocks if the redraw after each step is long, and only the trace
 * tells the two apart.
 */

export interface TraceEvent {
  name: string;
  ph?: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { data?: { isLoadingMainFrame?: boolean }; beginData?: { url?: string } };
}

export interface BusyTask {
  /** Milliseconds after navigation, as observed, before any slowdown. */
  at: number;
  ms: number;
  kind: 'script' | 'redraw' | 'other';
}

/** What Lighthouse's mobile profile multiplies a task by. */
const SLOWDOWN = 4;
const LONG_MS = 50;
const scriptEvents = new Set([
  'FireIdleCallback',
  'RunMicrotasks',
  'HandlePostMessage',
  'EvaluateScript',
  'v8.evaluateModule',
  'TimerFire',
  'EventDispatch',
  'FunctionCall',
]);
const redrawEvents = new Set(['UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint', 'Layerize', 'Commit']);

/** The tasks of the page at `url` that count towards blocking time once slowed down, in order. */
export function busyTasks(events: TraceEvent[], url: string): BusyTask[] {
  const parse = events.find((e) => e.name === 'ParseHTML' && e.args?.beginData?.url === url);
  if (!parse) return [];
  const thread = events.filter((e) => e.pid === parse.pid && e.tid === parse.tid && e.ph === 'X');
  // The page's own navigation is the last one to start before its HTML is read (Lighthouse opens a blank page first).
  const start = Math.max(
    ...events
      .filter((e) => e.name === 'navigationStart' && e.args?.data?.isLoadingMainFrame && e.ts <= parse.ts)
      .map((e) => e.ts),
    -Infinity,
  );
  const from = start === -Infinity ? parse.ts : start;
  const painted = events.find((e) => e.name === 'firstContentfulPaint' && e.pid === parse.pid && e.ts >= from)?.ts ?? from;
  const tasks = thread.filter((e) => e.name === 'RunTask' && e.ts >= painted && (e.dur ?? 0) * SLOWDOWN > LONG_MS * 1000);
  return tasks.map((task) => {
    const end = task.ts + task.dur!;
    // Only the outermost events of each kind: nested ones would count the same time twice.
    const sum = (names: Set<string>) =>
      thread
        .filter((e) => names.has(e.name) && e.ts >= task.ts && e.ts < end)
        .filter((e, _, all) => !all.some((o) => o !== e && o.ts <= e.ts && o.ts + o.dur! >= e.ts + e.dur! && names.has(o.name)))
        .reduce((total, e) => total + e.dur!, 0);
    const script = sum(scriptEvents);
    const redraw = sum(redrawEvents);
    const kind = script >= task.dur! / 2 ? 'script' : redraw >= task.dur! / 2 ? 'redraw' : 'other';
    return { at: (task.ts - from) / 1000, ms: task.dur! / 1000, kind };
  });
}

/** The blocking time these tasks add once slowed down, by kind, in milliseconds. */
export function blockingByKind(tasks: BusyTask[]): Record<BusyTask['kind'], number> {
  const total = { script: 0, redraw: 0, other: 0 };
  for (const t of tasks) total[t.kind] += Math.max(0, t.ms * SLOWDOWN - LONG_MS);
  return total;
}
