import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
// Imported up front: by astro:build:done the module runner that loaded the config is closed.
import * as pagefind from 'pagefind';

/**
 * Builds the Pagefind site-search index over the finished HTML, as part of `astro build`,
 * so `npm run build` alone produces a searchable site. Uses Pagefind's Node API rather than
 * shelling out, as Starlight does, so errors surface as build errors.
 */
export function pagefindIndex(): AstroIntegration {
  return {
    name: 'crossing-boundaries:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        try {
          const { index, errors } = await pagefind.createIndex({});
          if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
          const added = await index.addDirectory({ path: site });
          if (added.errors.length) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
          const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
          if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
          logger.info(`Pagefind indexed ${added.page_count} pages`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
