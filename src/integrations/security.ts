import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { resolveBase } from '../urls/base';
import { headersFile, securityHeaders, withPolicy } from '../security/csp';
import { siteConfig } from '../site.config';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath, e.name));
}

/**
 * Gives every built page a Content-Security-Policy that allows exactly its own inline scripts,
 * and writes `_headers` for static hosts. Runs last, on the finished HTML.
 */
export function securityPolicy(): AstroIntegration {
  let base = '/';
  return {
    name: 'crossing-boundaries:security',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = resolveBase(config.base);
      },
      'astro:build:done': ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        // An organisation's learning record store is the one other place scripts may send to.
        const lrs = siteConfig.integrations.xapi?.endpoint;
        const connect = lrs ? [new URL(lrs).origin] : [];
        const all = new Set<string>();
        const pages = htmlFiles(site);
        for (const file of pages) {
          const { html, hashes } = withPolicy(readFileSync(file, 'utf8'), connect);
          writeFileSync(file, html);
          for (const h of hashes) all.add(h);
        }
        writeFileSync(join(site, '_headers'), headersFile(base, securityHeaders(all, connect)));
        logger.info(`Content-Security-Policy on ${pages.length} pages (${all.size} inline scripts allowed by hash)`);
      },
    },
  };
}
