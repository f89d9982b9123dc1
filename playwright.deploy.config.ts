import { defineConfig } from '@playwright/test';
import { shared } from './tests/e2e/support/config';
import { LMS_PORT, SUBPATH_BASE, SUBPATH_PORT } from './tests/e2e/support/ports';

/*
 * The deploy tier (`npm run test:deploy`): the course as an organisation hosts it under a sub-path
 * of its own site, and as an LMS serves a SCORM package. Each needs a build of its own, which is
 * why it is a tier apart from `npm test`; CI runs both.
 */
export default defineConfig({
  ...shared,
  testDir: 'tests/e2e/deploy',
  use: { ...shared.use, baseURL: `http://localhost:${SUBPATH_PORT}${SUBPATH_BASE}` },
  webServer: [
    {
      command: `CB_BASE=${SUBPATH_BASE} CB_OUT_DIR=tests/.output/subpath npx astro build --silent && npx tsx scripts/serve.ts --dir tests/.output/subpath --base ${SUBPATH_BASE} --port ${SUBPATH_PORT}`,
      url: `http://localhost:${SUBPATH_PORT}${SUBPATH_BASE}`,
      reuseExistingServer: !process.env.CI,
      timeout: 240_000,
    },
    {
      // The course package and one scenario's, unpacked under deep paths and served as plain
      // files beside an LMS harness page (scorm-again as the LMS). Playwright starts these
      // servers one after another, so this build never runs beside the one above.
      command: 'npx tsx tests/e2e/support/lms-server.ts',
      url: `http://localhost:${LMS_PORT}/harness.html`,
      reuseExistingServer: !process.env.CI,
      timeout: 300_000,
    },
  ],
});
