// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import svelte from '@astrojs/svelte';
import { siteConfig } from './src/site.config.ts';
import { contentCheck } from './src/integrations/content-check.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { securityPolicy } from './src/integrations/security.ts';
import { offlineCopy } from './src/integrations/offline.ts';
import { resolveBase } from './src/lib/base.ts';

export default defineConfig({
  base: resolveBase(process.env.CB_BASE ?? siteConfig.base),
  ...(siteConfig.site ? { site: siteConfig.site } : {}),
  outDir: process.env.CB_OUT_DIR ?? './dist',
  trailingSlash: 'always',
  build: { format: 'directory' },
  // One small stylesheet per page is cheaper inline than a blocking request on a phone.
  compressHTML: true,
  devToolbar: { enabled: false },
  // The security policy hashes the scripts of the finished pages; the offline copy then records every finished file.
  integrations: [contentCheck(), mdx(), svelte(), pagefindIndex(), securityPolicy(), offlineCopy()],
});
