/*
 * How the browser's copy of Svelte is split into files. Left to itself, Rollup cut Svelte's core
 * runtime into a dozen small files by which islands happened to share which parts, and cut it
 * differently each time a page was added (the studio's islands moved the scenario page's figures
 * by 0.6 KB without a line of its code changing). Each file is gzipped on its own, so small files
 * cost bytes. Here the core that every island needs is one file, and each part only some islands
 * use (lists, bindings, attribute spreading and the like) is a file of its own, loaded by the
 * pages that use it. Measured against Rollup's own split: the scenario page's introduction, first
 * decision and whole play 0.8, 0.7 and 0.6 KB lighter; the record, studio, module, mirror,
 * presenter and audience pages 0.3 to 0.8 KB lighter; the search page 0.2 KB and the session
 * plans 0.6 KB heavier, with no budget near.
 *
 * A part of Svelte missing from this list goes into the core file, which every page with an island
 * loads: the JavaScript budgets (tests/e2e/budgets.spec.ts) say so if that makes a page too heavy.
 */
const optionalParts =
  /\/svelte\/src\/internal\/(client\/dom\/blocks\/(each|html|key|await)|client\/dom\/elements\/(attributes|style|class)|client\/dom\/elements\/bindings\/(input|select|size)|client\/reactivity\/(props|store)|shared\/(clone|attributes))\.js$/;

/** Rollup's `manualChunks`: the file a module of Svelte goes into, or undefined to leave it to Rollup. */
export function svelteChunk(id: string): string | undefined {
  // The server's copy, used only to build the pages, is left alone.
  if (/\/svelte\/src\/(internal\/server\/|index-server)/.test(id)) return undefined;
  const part = optionalParts.exec(id);
  if (part) return `svelte-${id.slice(id.lastIndexOf('/') + 1, -'.js'.length)}`;
  if (/\/node_modules\/(svelte\/src|esm-env)\//.test(id)) return 'svelte';
  return undefined;
}
