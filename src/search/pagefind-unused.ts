/**
 * Files Pagefind writes that the course never loads: its ready-made search interfaces and its
 * highlighter. The site's search calls pagefind.js itself and draws its own results
 * (site-search.ts), so these stay out of the offline copy and out of LMS packages.
 */
export const PAGEFIND_UNUSED = /^pagefind\/pagefind-(?:ui|modular-ui|component-ui|highlight)\.(?:js|css)$/;
