import { defineConfig } from '@playwright/test';
import { shared } from './tests/e2e/support/config';
import { ROOT_PORT } from './tests/e2e/support/ports';

/*
 * The main tier, run by `npm test`: the site as `npm run build` made it, built once, served at the
 * root. The sub-path build and the SCORM packages are the deploy tier
 * (playwright.deploy.config.ts, `npm run test:deploy`), which CI runs as well.
 */
export default defineConfig({
  ...shared,
  testDir: 'tests/e2e',
  testIgnore: 'deploy/**',
  use: { ...shared.use, baseURL: `http://localhost:${ROOT_PORT}/` },
  webServer: {
    command: `npx tsx scripts/serve.ts --dir dist --base / --port ${ROOT_PORT}`,
    url: `http://localhost:${ROOT_PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 30_000,
  },
});
