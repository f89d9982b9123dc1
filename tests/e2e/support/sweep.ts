import type { TestDetails } from '@playwright/test';

/*
 * The main browser tests come in two tiers. A sweep repeats one check over every page or every
 * scenario. `npm test` runs each sweep on a sample chosen where it is used (the first scenario,
 * one page of each kind, a few named pages), so every check and every kind of page is still
 * tried. `npm run test:sweep` runs the rest, as CI does, on the same build. Each item is still a
 * test of its own, so a failure names it.
 */
// The tag package.json's test:e2e and test:sweep scripts select on.
const SWEEP = '@sweep';

/** Each item with the details of its test: tagged for the sweep tier unless `npm test` keeps it. */
export function sweep<T>(items: readonly T[], kept: (item: T, index: number) => boolean = (_, i) => i === 0): [T, TestDetails][] {
  return items.map((item, i) => [item, kept(item, i) ? {} : { tag: SWEEP }]);
}
