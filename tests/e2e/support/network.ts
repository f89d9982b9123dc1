import type { Page } from '@playwright/test';

/** Records every request the page makes that is not to this machine. */
export function watchForeignRequests(page: Page): string[] {
  const foreign: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol === 'data:' || url.protocol === 'blob:') return;
    if (url.hostname !== 'localhost' && url.hostname !== '127.0.0.1') foreign.push(request.url());
  });
  return foreign;
}
