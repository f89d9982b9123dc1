import { defineConfig } from '@playwright/test';
import { chromiumArgs, chromiumExecutable } from './tests/e2e/support/browser';
import { LMS_PORT, ROOT_PORT, SUBPATH_BASE, SUBPATH_PORT } from './tests/e2e/support/ports';

const executablePath = chromiumExecutable();

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  ...(process.env.CI ? { workers: 2 } : {}),
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  reporter: process.env.CI ? 'list' : [['list']],
  timeout: 60_000,
  use: {
    baseURL: `http://localhost:${ROOT_PORT}/`,
    browserName: 'chromium',
    launchOptions: { ...(executablePath ? { executablePath } : {}), args: chromiumArgs },
    serviceWorkers: 'block',
  },
  webServer: [
    {
      // The site as `npm run build` made it (root base).
      command: `npx tsx scripts/serve.ts --dir dist --base / --port ${ROOT_PORT}`,
      url: `http://localhost:${ROOT_PORT}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 30_000,
    },
    {
      // A second build under a sub-path proves every internal link honours the base.
      command: `CB_BASE=${SUBPATH_BASE} CB_OUT_DIR=tests/.output/subpath npx astro build --silent && npx tsx scripts/serve.ts --dir tests/.output/subpath --base ${SUBPATH_BASE} --port ${SUBPATH_PORT}`,
      url: `http://localhost:${SUBPATH_PORT}${SUBPATH_BASE}`,
      reuseExistingServer: !process.env.CI,
      timeout: 240_000,
    },
    {
      // The SCORM packages, unpacked under deep paths and served as plain files beside an LMS
      // harness page (scorm-again as the LMS). Playwright starts these servers one after another,
      // so this build never runs beside the one above.
      command: 'npx tsx tests/e2e/support/lms-server.ts',
      url: `http://localhost:${LMS_PORT}/harness.html`,
      reuseExistingServer: !process.env.CI,
      timeout: 300_000,
    },
  ],
});
