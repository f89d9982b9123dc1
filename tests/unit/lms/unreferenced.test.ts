import { describe, expect, it } from 'vitest';
import { unreferencedFiles } from '../../../src/packaging/unreferenced';

/** A package from text (or bytes) by path. */
const pack = (files: Record<string, string | Uint8Array>): Record<string, Uint8Array> =>
  Object.fromEntries(
    Object.entries(files).map(([path, data]) => [path, typeof data === 'string' ? new TextEncoder().encode(data) : data]),
  );

const manifest = (...paths: string[]) =>
  `<manifest><resources><resource identifier="r" type="webcontent" href="scorm/index.html?scope=course&amp;version=2004">${paths
    .map((p) => `<file href="${p}"/>`)
    .join('')}</resource></resources></manifest>`;

describe('files nothing in a package loads', () => {
  it('are reported, even though the manifest lists every file', () => {
    const files = pack({
      'imsmanifest.xml': manifest('scorm/index.html', '_astro/launch.Bq3xZ9aA.js', 'old/page.html', 'old/page.js'),
      'scorm/index.html': '<iframe></iframe><script type="module" src="../_astro/launch.Bq3xZ9aA.js"></script>',
      '_astro/launch.Bq3xZ9aA.js': 'frame.src=base+"index.html"',
      'index.html': '<h1>Course</h1>',
      // Something that would load old/page.js, if anything loaded it.
      'old/page.html': '<script src="page.js"></script>',
      'old/page.js': 'console.log(1)',
      // A binary file is not read: the bytes of a name inside it are no reference.
      'font.woff2': new TextEncoder().encode('old/page.html'),
    });
    expect(unreferencedFiles(files, 'scorm/index.html')).toEqual(['font.woff2', 'old/page.html', 'old/page.js']);
  });

  it('are not the files a chain of page, script and data names, however each address is written', () => {
    const files = pack({
      'scorm/index.html': '<script type="application/json">{"base":"../"}</script><script src="../_astro/launch.js"></script>',
      // The launch script opens the base's folder address, which a package turns into index.html.
      '_astro/launch.js': 'import"./chunk.D4x-8_Zq.js";frame.src=pageHref(data.base,"")',
      'index.html': '<link rel="icon" href="./favicon.svg"><a href="modules/">Modules</a><script src="_astro/app.js"></script>',
      'favicon.svg': '<svg/>',
      'modules/index.html': '<link rel="stylesheet" href="../_astro/site.css">',
      '_astro/site.css': '@font-face{src:url(./body.woff2)}',
      '_astro/body.woff2': new Uint8Array([0, 1, 2]),
      '_astro/chunk.D4x-8_Zq.js': 'export const x=1',
      // A script's own address for a file (src/packaging/rewrite-urls.ts), and a page-relative fetch under the base.
      '_astro/app.js': 'fetch((new URL("../data/list.json",import.meta.url).href));fetch(`${base}who-can-help/finder.json`)',
      'data/list.json': '{"picture":"../img/a%20b.svg"}',
      'img/a b.svg': '<svg/>',
      'who-can-help/finder.json': '{}',
    });
    expect(unreferencedFiles(files, 'scorm/index.html')).toEqual([]);
  });

  it('include a scenario’s JSON that a template could name but no loaded file lists', () => {
    const files = pack({
      'scorm/index.html': '<script type="application/json">{"scenarios":["sami"]}</script><script src="../_astro/l.js"></script>',
      '_astro/l.js': 'ids.map(id=>fetch(`${base}scenarios/${id}/scenario.json`))',
      'scenarios/sami/scenario.json': '{}',
      'scenarios/ghost/scenario.json': '{}',
    });
    expect(unreferencedFiles(files, 'scorm/index.html')).toEqual(['scenarios/ghost/scenario.json']);
  });

  describe('Pagefind', () => {
    const pagefind = {
      'pagefind/pagefind.js':
        'load(`${this.basePath}pagefind-entry.json`);load(`${this.basePath}pagefind.${index}.pf_meta`);load(`${this.basePath}wasm.${language}.pagefind`);load(`${this.basePath}index/${hash}.pf_index`)',
      'pagefind/pagefind-entry.json': '{"languages":{"en-gb":{"hash":"en-gb_7c2f51c","wasm":"en-gb","page_count":3}}}',
      'pagefind/pagefind.en-gb_7c2f51c.pf_meta': new Uint8Array([1]),
      'pagefind/wasm.en-gb.pagefind': new Uint8Array([2]),
      // For a language Pagefind cannot stem: this entry has none, and this pagefind.js never names it.
      'pagefind/wasm.unknown.pagefind': new Uint8Array([3]),
      'pagefind/index/en-gb_a1b2c3.pf_index': new Uint8Array([4]),
      'pagefind/fragment/en-gb_d4e5f6.pf_fragment': new Uint8Array([5]),
      'pagefind/filter/en-gb_0a0b0c.pf_filter': new Uint8Array([6]),
      'pagefind/pagefind-ui.js': 'ui()',
    };

    it('its index files count when the page’s search loads pagefind.js, which reads them by hash from its entry', () => {
      const files = pack({
        'scorm/index.html': '<script src="../_astro/search.js"></script>',
        '_astro/search.js': 'import(new URL(`${base}pagefind/pagefind.js`,document.baseURI).href)',
        ...pagefind,
      });
      expect(unreferencedFiles(files, 'scorm/index.html')).toEqual(['pagefind/pagefind-ui.js', 'pagefind/wasm.unknown.pagefind']);
    });

    it('and are reported when nothing loads pagefind.js', () => {
      const files = pack({ 'scorm/index.html': '<p>No search here</p>', ...pagefind });
      expect(unreferencedFiles(files, 'scorm/index.html')).toEqual(Object.keys(pagefind).sort());
    });
  });
});
