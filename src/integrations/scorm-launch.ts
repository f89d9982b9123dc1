import type { AstroIntegration } from 'astro';

/** Adds the SCORM launch page (scorm/index.html) to a packaged build. */
export function scormLaunchPage(): AstroIntegration {
  return {
    name: 'crossing-boundaries:scorm-launch',
    hooks: {
      'astro:config:setup': ({ injectRoute }) => {
        injectRoute({ pattern: '/scorm', entrypoint: './src/packaging/scorm-launch.astro' });
      },
    },
  };
}
