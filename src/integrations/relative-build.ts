import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PACKAGE_BASE } from '../urls/base';
import { rewriteFile } from '../packaging/rewrite-urls';

/** Text files that may carry addresses; the rest (images, Pagefind's binary index) cannot. */
const TEXT = /\.(html|css|js|mjs|json|xml|txt|svg|webmanifest)$/;

function* files(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(full);
    else yield full;
  }
}

/**
 * For a packaged build only: makes every address relative (src/packaging/rewrite-urls.ts).
 * Listed before the security policy, which hashes the finished inline scripts.
 */
export function relativeUrls(): AstroIntegration {
  return {
    name: 'crossing-boundaries:relative-build',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const refused: string[] = [];
        let rewritten = 0;
        for (const full of files(site)) {
          const file = relative(site, full);
          if (!TEXT.test(file)) continue;
          const result = rewriteFile(file, readFileSync(full, 'utf8'), PACKAGE_BASE);
          if (result.kind === 'rewritten') {
            writeFileSync(full, result.text);
            rewritten++;
          } else if (result.kind === 'refused') refused.push(`${file} (${result.count}×)`);
        }
        if (refused.length)
          throw new Error(
            `These files hold absolute addresses (${PACKAGE_BASE}) that cannot be made relative, so the package would break inside an LMS: ${refused.join(', ')}. Pass the base to the script from its page instead.`,
          );
        logger.info(`Addresses made relative in ${rewritten} files`);
      },
    },
  };
}
