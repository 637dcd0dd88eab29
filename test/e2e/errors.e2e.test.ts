/** Error states: the database down (the API's DATABASE_UNAVAILABLE) and the API unreachable. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appUrl, launch, newPage, screenshot } from './support/browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('error states', () => {
  it('says the graph database is unavailable when the API answers DATABASE_UNAVAILABLE, and recovers on retry', async () => {
    const page = await newPage(browser);
    let down = true;
    await page.route('**/graphql', async (route) => {
      if (!down) return route.continue();
      return route.fulfill({
        status: 200,
        contentType: 'application/json',
        body: JSON.stringify({ errors: [{ message: 'Neo4j is not reachable', extensions: { code: 'DATABASE_UNAVAILABLE' } }], data: null }),
      });
    });
    await page.goto(appUrl('#/explore?scope=focus:org-auto-lead-1:1'));
    const alert = page.getByRole('alert').filter({ hasText: 'The graph database is unavailable' });
    await alert.waitFor();
    expect(await alert.getAttribute('data-code')).toBe('DATABASE_UNAVAILABLE');
    await screenshot(page, 'error-database-unavailable', { docs: true });
    down = false;
    await alert.getByRole('button', { name: 'Retry' }).click();
    await page.waitForFunction('!!window.__atlas && !!window.__atlas.cy && window.__atlas.cy.nodes().length > 10', undefined, { timeout: 30_000 });
    expect(await page.getByRole('alert').count()).toBe(0);
  });

  it('says the API is unreachable when the server does not answer', async () => {
    const page = await newPage(browser);
    await page.route('**/graphql', (route) => route.abort('connectionrefused'));
    await page.goto(appUrl('#/cluster/cl-auto'));
    const alert = page.getByRole('alert').filter({ hasText: 'API unreachable' }).first();
    await alert.waitFor();
    expect(await alert.getAttribute('data-code')).toBe('NETWORK');
    await screenshot(page, 'error-api-unreachable');
  });
});
