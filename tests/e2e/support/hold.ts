import type { Page, Route } from '@playwright/test';

/**
 * Holds back every request for `url` until the returned function is called, as a slow connection
 * would, however long the test takes to get there. A fixed delay raced: on a busy machine the
 * learner's typing could land after the scripts had started, and the test then passed without
 * trying what it names. Calling the function lets the held requests go on, and later ones pass
 * at once; it resolves when the held ones have gone. (The route stays: taking it away while
 * requests wait in it hands them on twice.)
 */
export async function holdRequests(page: Page, url: string | RegExp): Promise<() => Promise<void>> {
  let open = () => {};
  const held = new Promise<void>((resolve) => (open = resolve));
  const pending: Promise<void>[] = [];
  const handler = (route: Route) => {
    const passed = held.then(() => route.continue());
    pending.push(passed);
    return passed;
  };
  await page.route(url, handler);
  return async () => {
    open();
    await Promise.all(pending);
  };
}
