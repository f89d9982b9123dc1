/**
 * What a text box should hold when its island starts. The page draws the box before its script
 * runs (on a slow connection, seconds before), so a learner may already have typed into it: those
 * words are newer than anything stored, and are kept (and then saved) rather than replaced.
 */
export function startingText(stored: string, typed: string): { text: string; typed: boolean } {
  return typed && typed !== stored ? { text: typed, typed: true } : { text: stored, typed: false };
}
