import type { StoreStatus } from './store';

/**
 * Debounces saving while the learner types, and saves at once when the page is hidden or
 * closed, so a reload mid-word loses nothing. Returns a disposer for the page listeners.
 */
export function createAutosave(save: () => void, delayMs = 400) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = () => {
    if (timer === undefined) return;
    clearTimeout(timer);
    timer = undefined;
    save();
  };
  const onHide = () => flush();
  addEventListener('pagehide', onHide);
  document.addEventListener('visibilitychange', onHide);
  return {
    /** Call on every change. */
    schedule() {
      clearTimeout(timer);
      timer = setTimeout(() => {
        timer = undefined;
        save();
      }, delayMs);
    },
    /** Save now if a change is waiting (on blur, say). */
    flush,
    dispose() {
      flush();
      removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onHide);
    },
  };
}

/** What to tell the learner after a save, from the store's status. */
export type SaveState = 'idle' | 'saving' | 'saved' | 'memory-only' | 'quota' | 'too-long';

/** The learner-facing state after a write: saved, or the reason it only lives in memory. */
export function saveStateAfterWrite(status: StoreStatus): SaveState {
  return status.kind === 'memory-only' || status.kind === 'quota' ? status.kind : 'saved';
}
