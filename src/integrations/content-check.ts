import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { checkContent } from '../content-check/check';
import { formatMessage } from '../authoring/message';

/**
 * Validates every course file and cross-reference before Astro builds, so an author sees
 * the file, field and line of each mistake at once rather than one schema error at a time.
 */
export function contentCheck(): AstroIntegration {
  return {
    name: 'crossing-boundaries:content-check',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        if (command !== 'build' && command !== 'dev') return;
        const { messages, files } = checkContent(fileURLToPath(config.root));
        const errors = messages.filter((m) => m.severity === 'error');
        for (const m of messages.filter((m) => m.severity === 'warning')) logger.warn(formatMessage(m));
        if (errors.length && command === 'build') {
          throw new Error(`The course content has ${errors.length} error(s):\n${errors.map(formatMessage).join('\n')}`);
        }
        for (const m of errors) logger.error(formatMessage(m));
        logger.info(`checked ${files} content files`);
      },
    },
  };
}
