import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/**
 * The Chromium to drive: $PLAYWRIGHT_CHROMIUM_EXECUTABLE, else Debian's /usr/bin/chromium,
 * else Playwright's own download. Fails with the one command that installs one.
 */
export function chromiumExecutable(): string | undefined {
  const candidates = [process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  for (const path of candidates) if (path && existsSync(path)) return path;
  try {
    if (existsSync(chromium.executablePath())) return undefined;
  } catch {
    /* Playwright has no browser of its own either */
  }
  throw new Error(
    'No Chromium found for the end-to-end tests. Install one with:\n  sudo apt-get install -y chromium\n' +
      '(or set PLAYWRIGHT_CHROMIUM_EXECUTABLE to a Chromium binary).',
  );
}

/** Flags that keep a headless Chromium quiet on a machine with no outside network. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
