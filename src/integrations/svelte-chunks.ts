/*
 * How the browser's copy of Svelte is split into files. Left to itself, Rollup split it by which
 * islands happened to share which parts, so the core that every island needs came in several
 * pieces, cut differently each time a page was added (the studio's islands added 0.6 KB to the
 * scenario page while the player's own files hardly changed). Each file is gzipped on its own, so
 * small files cost bytes. Here the core is one file, and each part only some islands use (lists,
 * bindings, attribute spreading and the like) is a file of its own, loaded by the pages that use
 * it. Measured against Rollup's own split: the scenario page's introduction, first decision and
 * whole play each about 0.8 KB lighter, and every other page with an island 0.1 to 0.9 KB.
 *
 * A part of Svelte missing from the list below goes into the core file, which every page with an
 * island loads: the JavaScript budgets (tests/e2e/budgets.spec.ts) say so if that makes a page too
 * heavy.
 */

/**
 * Svelte's optional parts, by their place under svelte/src/internal/, and the file each goes into.
 * Parts that are always used together share a file: a class attribute and the helper that joins
 * class names; a component's props and the store reader its props use.
 */
const optionalParts: Record<string, string> = {
  'client/dom/blocks/each': 'svelte-each',
  'client/dom/blocks/html': 'svelte-html',
  'client/dom/blocks/key': 'svelte-key',
  'client/dom/blocks/await': 'svelte-await',
  'client/dom/elements/attributes': 'svelte-attributes',
  'client/dom/elements/style': 'svelte-style',
  'client/dom/elements/class': 'svelte-class',
  'shared/attributes': 'svelte-class',
  'client/dom/elements/bindings/input': 'svelte-input',
  'client/dom/elements/bindings/select': 'svelte-select',
  'client/dom/elements/bindings/size': 'svelte-size',
  'client/reactivity/props': 'svelte-props',
  'client/reactivity/store': 'svelte-props',
  'shared/clone': 'svelte-clone',
};

/** Rollup's `manualChunks`: the file a module of Svelte goes into, or undefined to leave it to Rollup. */
export function svelteChunk(id: string): string | undefined {
  // What only the server's copy uses, to build the pages, is left to Rollup.
  if (/\/svelte\/src\/(internal\/server\/|index-server)/.test(id)) return undefined;
  const part = /\/svelte\/src\/internal\/(.+)\.js$/.exec(id)?.[1];
  if (part && optionalParts[part]) return optionalParts[part];
  if (/\/node_modules\/(svelte\/src|esm-env)\//.test(id)) return 'svelte';
  return undefined;
}
