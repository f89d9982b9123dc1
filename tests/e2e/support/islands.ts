import type { Page } from '@playwright/test';

/**
 * Waits until the page has loaded and its islands have drawn: every island that hydrates on load,
 * and every one on screen that hydrates when visible. Astro removes an island's `ssr` attribute
 * once it has hydrated, so this is the moment a learner could use the page, reached as soon as it
 * happens, where waiting for the network to go quiet always costs at least half a second more.
 */
export async function islandsReady(page: Page): Promise<void> {
  await page.waitForLoadState('load');
  await page.waitForFunction(() =>
    [...document.querySelectorAll('astro-island[ssr]')].every((island) => {
      if (island.getAttribute('client') !== 'visible') return false;
      // An island is `display: contents`; what it shows are its children.
      return [...island.children].every((child) => {
        const box = child.getBoundingClientRect();
        return box.bottom <= 0 || box.top >= innerHeight || (box.width === 0 && box.height === 0);
      });
    }),
  );
}
