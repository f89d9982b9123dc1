import { expect, test } from '@playwright/test';
import { pageJs } from './support/page-js';
import { builtPages } from './support/site';

/*
 * JavaScript budgets, read from the build: what a learner on a phone downloads. "Initial" is what
 * loads with the page (inline scripts, islands and their static imports); "total" adds every chunk
 * the page may load later. ARCHITECTURE.md's 45 KB for a scenario page holds for the initial load;
 * the play screens (the engine and XState) and the debrief load after it, and everything together
 * is about 69 KB: Svelte's runtime and XState alone are about 30 KB, and the debrief's QR code of the
 * result code about 4 KB (docs/decisions.md). The search dialog's code loads only when the learner
 * opens search, like another page, and is not counted. The mirror data page is for facilitators and
 * loads everything at once: the engine, to read the codes, is needed as soon as stored codes are shown.
 */
const KB = 1024;
const budgets: { pattern: RegExp; what: string; initial: number; total: number; bare?: true }[] = [
  { pattern: /^scenarios\/[^/]+\/$/, what: 'scenario page', initial: 45 * KB, total: 72 * KB },
  // Modules 2, 8 and 9 hold the finder or the activity-system tool as well as reflections and checks.
  { pattern: /^modules\/[^/]+\/$/, what: 'module page', initial: 40 * KB, total: 48 * KB },
  { pattern: /^scenarios\/[^/]+\/map\/$/, what: 'scenario map (no islands)', initial: 3 * KB, total: 3 * KB },
  { pattern: /^facilitate\/mirror\/$/, what: 'mirror data page', initial: 52 * KB, total: 52 * KB },
  // The presenter and audience windows load the engine at once: they are opened before a session, on the venue's laptop.
  { pattern: /^scenarios\/[^/]+\/facilitate\/$/, what: 'presenter view', initial: 64 * KB, total: 64 * KB },
  { pattern: /^scenarios\/[^/]+\/facilitate\/audience\/$/, what: 'audience window', initial: 58 * KB, total: 58 * KB, bare: true },
  // Print pages carry only the theme script and the print button.
  { pattern: /^scenarios\/[^/]+\/card\/$/, what: 'scenario card', initial: 3 * KB, total: 3 * KB },
  { pattern: /^facilitate\/handouts\/[^/]+\/$/, what: 'handout', initial: 3 * KB, total: 3 * KB },
];

for (const { pattern, what, initial, total, bare } of budgets) {
  test(`each ${what} ships at most ${initial / KB} KB of gzipped JavaScript at first and ${total / KB} KB in all`, () => {
    const pages = builtPages().filter((p) => pattern.test(p));
    expect(pages.length).toBeGreaterThan(0);
    for (const page of pages) {
      const js = pageJs('dist', `${page}index.html`);
      const kb = (n: number) => `${(n / KB).toFixed(1)} KB`;
      console.log(`${page}: ${kb(js.initialGzip)} initial, ${kb(js.totalGzip)} in all (${js.files.length} files, inline ${kb(js.inline.gzip)})`);
      // The projected audience window has no site header, so no search dialog either.
      expect(js.onDemand.length, 'the search dialog is reachable from every page with a header').toBe(bare ? 0 : 1);
      expect(js.initialGzip, `${page} initial ${kb(js.initialGzip)}`).toBeLessThanOrEqual(initial);
      expect(js.totalGzip, `${page} in all ${kb(js.totalGzip)}`).toBeLessThanOrEqual(total);
    }
  });
}
