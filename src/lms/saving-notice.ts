import type { SaveState } from './save-guard';

/*
 * The launch page's notice that the LMS is not saving: a line above the course, never a dialog,
 * so the learner can carry on. The line is a polite live region that stays in the page, empty
 * when there is nothing to say, so screen readers announce it when words appear.
 */

/** How long "saved again" stays before the line empties. */
const SAVED_AGAIN_MS = 10_000;

export const SAVING_WORDS = {
  failing:
    'Your learning management system is not saving your progress just now. All of it is kept in this browser, but another computer will not have this session’s work until it saves.',
  saved: 'Saved: your learning management system has your progress again.',
  stillFailing: (at: Date) =>
    `Tried again at ${at.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' })}: still not saving. Your work is kept in this browser. Try again in a minute, or tell whoever runs your course if this goes on.`,
} as const;

export function savingNotice(doc: Document) {
  const text = doc.querySelector<HTMLElement>('[data-lms-saving-text]');
  const button = doc.querySelector<HTMLButtonElement>('[data-lms-retry]');
  let clear: ReturnType<typeof setTimeout> | undefined;
  const say = (words: string) => {
    clearTimeout(clear);
    if (text) text.textContent = words;
  };
  return {
    show(state: SaveState) {
      // Quiet while the first tries are made: most failures pass in seconds.
      if (state === 'retrying') return;
      if (state === 'failing') {
        say(SAVING_WORDS.failing);
        if (button) button.hidden = false;
        return;
      }
      if (button?.hidden) return; // saved, and nothing had been said
      if (button) button.hidden = true;
      say(SAVING_WORDS.saved);
      clear = setTimeout(() => say(''), SAVED_AGAIN_MS);
    },
    stillFailing(at: Date) {
      say(SAVING_WORDS.stillFailing(at));
    },
    onRetry(run: () => void) {
      button?.addEventListener('click', run);
    },
  };
}
