// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import svelte from '@astrojs/svelte';
import { siteConfig } from './src/site.config.ts';
import { contentCheck } from './src/integrations/content-check.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { securityPolicy } from './src/integrations/security.ts';
import { offlineCopy } from './src/integrations/offline.ts';
import { relativeUrls } from './src/integrations/relative-build.ts';
import { scormLaunchPage } from './src/integrations/scorm-launch.ts';
import { PACKAGE_BASE, resolveBase } from './src/urls/base.ts';
import { rehypeSafeLinks } from './src/security/links.ts';
import { svelteChunk } from './src/integrations/svelte-chunks.ts';

// `npm run package:scorm` builds a copy for LMS packages: relative addresses, a SCORM launch page,
// and no offline copy (an LMS serves it, and a service worker has no place in its frames).
const packaged = Boolean(process.env.PUBLIC_CB_PACKAGE);

export default defineConfig({
  base: packaged ? PACKAGE_BASE : resolveBase(process.env.CB_BASE ?? siteConfig.base),
  ...(siteConfig.site && !packaged ? { site: siteConfig.site } : {}),
  outDir: process.env.CB_OUT_DIR ?? './dist',
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Astro's default, said aloud: pages lose the whitespace between tags, which a phone need not download.
  compressHTML: true,
  devToolbar: { enabled: false },
  // Svelte's core runtime in one file, its optional parts each in their own (src/integrations/svelte-chunks.ts).
  vite: { build: { rollupOptions: { output: { manualChunks: svelteChunk } } } },
  // Modules' Markdown links, like scenarios' and glossary entries', may only be http(s), mailto or relative.
  markdown: { rehypePlugins: [rehypeSafeLinks] },
  // The security policy hashes the scripts of the finished pages (after the addresses are made
  // relative); the offline copy then records every finished file.
  integrations: packaged
    ? [contentCheck(), mdx(), svelte(), scormLaunchPage(), relativeUrls(), pagefindIndex(), securityPolicy()]
    : [contentCheck(), mdx(), svelte(), pagefindIndex(), securityPolicy(), offlineCopy()],
});
