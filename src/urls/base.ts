/** Normalises a configured base path to the form Astro expects: leading and trailing slash. */
export function resolveBase(base: string): string {
  const trimmed = base.trim().replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/**
 * The base a packaged build (an LMS package) is made with. An LMS serves a package from a path
 * nobody knows in advance, so the pages are built under this marker and the relative-URLs
 * integration (src/integrations/relative-build.ts) turns it into `../` steps in every page.
 */
export const PACKAGE_BASE = '/__cb_package__/';

/**
 * Whether this is a packaged build (`npm run package:scorm` sets PUBLIC_CB_PACKAGE). Read in
 * pages at build time and in the browser, where Vite inlines it.
 */
export const packaged = (): boolean => Boolean(import.meta.env?.PUBLIC_CB_PACKAGE);

/**
 * The base path every page address starts with ('/', '/cpd/'), for code that joins paths itself:
 * island props, fetches. Links to pages should use `href` or `pageHref`.
 */
export function siteBase(): string {
  // A packaged script's base is rewritten to the package's own address (src/packaging/rewrite-urls.ts), already whole.
  return packaged() ? import.meta.env.BASE_URL : resolveBase(import.meta.env.BASE_URL);
}

/**
 * A page's address from the base and its path. An LMS serves a package as plain files, with no
 * `modules/x/` → `modules/x/index.html` step a web server makes, so a packaged build names the file.
 */
export function pageHref(base: string, path: string): string {
  const clean = path.replace(/^\/+/, '');
  const file = packaged() && /(^|\/)(?:[?#].*)?$/.test(clean) ? clean.replace(/^([^?#]*)/, '$1index.html') : clean;
  return base + file;
}

/**
 * Prefixes a site path with the base, so every internal link survives hosting under a sub-path.
 * `href('modules/')` → '/cpd/modules/' under base '/cpd/'.
 */
export function href(path = ''): string {
  return pageHref(siteBase(), path);
}
