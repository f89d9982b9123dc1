import type { AstroIntegration } from 'astro';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { resolveBase } from '../urls/base';
import { precacheManifest } from '../offline/manifest';
import { serviceWorkerSource } from '../offline/build';

/**
 * Writes the service worker that keeps the whole course for offline use. Runs after every other
 * step, since the worker records a hash of each finished file.
 */
export function offlineCopy(): AstroIntegration {
  let base = '/';
  return {
    name: 'crossing-boundaries:offline',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = resolveBase(config.base);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const manifest = precacheManifest(site);
        writeFileSync(join(site, 'sw.js'), await serviceWorkerSource(manifest, base));
        logger.info(`Service worker keeps ${manifest.length} files for offline use`);
      },
    },
  };
}
