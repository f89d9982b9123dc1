import { expect, test } from '@playwright/test';
import { brokenLinks } from './support/links';
import { ROOT_PORT } from './support/ports';

test('every internal link resolves under the root base', async ({ request }) => {
  expect(await brokenLinks(request, `http://localhost:${ROOT_PORT}`, '/')).toEqual([]);
});
