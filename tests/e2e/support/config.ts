import type { PlaywrightTestConfig } from '@playwright/test';
import { chromiumArgs, chromiumExecutable } from './browser';

const executablePath = chromiumExecutable();

/*
 * What both tiers share: Debian's Chromium, service workers off (the offline test turns them on
 * for itself), and a worker count set here rather than left to Playwright, whose default on a
 * 2-core machine is one. Browser tests spend much of their time waiting on the page, so two
 * workers on two cores is about twice as fast; CB_WORKERS changes it.
 */
export const shared: PlaywrightTestConfig = {
  fullyParallel: true,
  workers: Number(process.env.CB_WORKERS ?? 2),
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  reporter: 'list',
  timeout: 60_000,
  use: {
    browserName: 'chromium',
    launchOptions: { ...(executablePath ? { executablePath } : {}), args: chromiumArgs },
    serviceWorkers: 'block',
  },
};
