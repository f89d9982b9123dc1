/*
 * The discussion timer: a countdown the presenter starts, pauses and resets. It is stored as a
 * start time plus what had elapsed before, not as a ticking number, so both windows work out the
 * same remaining time from the clock they share and nothing drifts when a tab is throttled.
 */

export interface TimerState {
  /** Length of the countdown. */
  durationMs: number;
  /** When it was last started; null while paused or stopped. */
  startedAt: number | null;
  /** Time counted before the last start. */
  elapsedMs: number;
}

export const newTimer = (minutes = 3): TimerState => ({ durationMs: minutes * 60_000, startedAt: null, elapsedMs: 0 });

export const elapsed = (t: TimerState, now: number) => t.elapsedMs + (t.startedAt === null ? 0 : Math.max(0, now - t.startedAt));

export const remaining = (t: TimerState, now: number) => Math.max(0, t.durationMs - elapsed(t, now));

export const running = (t: TimerState, now: number) => t.startedAt !== null && remaining(t, now) > 0;

export function startTimer(t: TimerState, now: number): TimerState {
  if (t.startedAt !== null) return t;
  // Starting a finished countdown begins it again.
  return { ...t, startedAt: now, elapsedMs: remaining(t, now) === 0 ? 0 : t.elapsedMs };
}

export const pauseTimer = (t: TimerState, now: number): TimerState =>
  t.startedAt === null ? t : { ...t, startedAt: null, elapsedMs: Math.min(t.durationMs, elapsed(t, now)) };

export const resetTimer = (t: TimerState, minutes?: number): TimerState => newTimer(minutes ?? t.durationMs / 60_000);

/** "2:05" */
export function clock(ms: number): string {
  const s = Math.ceil(ms / 1000);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

/** "2 minutes 5 seconds", for screen readers. */
export function spoken(ms: number): string {
  const s = Math.ceil(ms / 1000);
  const m = Math.floor(s / 60);
  const parts = [m ? `${m} minute${m === 1 ? '' : 's'}` : '', s % 60 ? `${s % 60} second${s % 60 === 1 ? '' : 's'}` : ''];
  return parts.filter(Boolean).join(' ') || '0 seconds';
}
