/** Colour by detected community: the explorer asks `communities` for its scope and colours by it. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appUrl, cyEval, launch, newPage, screenshot, waitForGraph } from './support/browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

interface Detection {
  count: number;
  modularity: number;
  communities: { organizationIds: string[] }[];
}

/** The same question the explorer asks, straight to the API: the test's independent answer. */
async function detect(clusterIds: string[]): Promise<Detection> {
  const res = await fetch(`${appUrl()}graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: 'query($ids: [ID!]) { communities(scope: { clusterIds: $ids }) { count modularity communities { organizationIds } } }', variables: { ids: clusterIds } }),
  });
  const body = (await res.json()) as { data?: { communities: Detection } };
  if (body.data === undefined) throw new Error(`communities failed: ${JSON.stringify(body)}`);
  return body.data.communities;
}

describe('colour by community', () => {
  it('colours the organisations of two clusters by Louvain community, with the legend and the link in step', async () => {
    const page = await newPage(browser);
    await page.goto(appUrl('#/explore'));
    await page.getByText('Start from a search').waitFor();
    // Nothing loaded: there is no scope to detect communities in, and the option says why.
    const community = page.getByTestId('color-select').locator('option[value=community]');
    expect(await community.isDisabled()).toBe(true);
    expect(await community.getAttribute('title')).toMatch(/unavailable/);

    // Two clusters, through the scope box's cluster pickers.
    const load = page.getByTestId('cluster-scope');
    await load.locator('option[value="cl-auto"]').waitFor({ state: 'attached' });
    await load.selectOption('cl-auto');
    await waitForGraph(page, 20);
    await page.getByRole('combobox', { name: /^Add a cluster/ }).selectOption('cl-food');
    await page.waitForFunction(`location.hash.includes('scope=clusters:cl-auto,cl-food')`);
    await page.waitForFunction(`window.__atlas.cy.nodes('[cluster = "cl-food"]').length > 0`, undefined, { timeout: 30_000 });
    await waitForGraph(page, 40);

    expect(await community.isDisabled()).toBe(false);
    await page.getByTestId('color-select').selectOption('community');
    await page.waitForFunction(`location.hash.includes('color=community')`);
    const legend = page.getByTestId('community-legend');
    await legend.waitFor({ timeout: 60_000 });
    const shownCount = Number(await legend.getByTestId('community-count').innerText());
    const shownModularity = Number((await legend.getByTestId('community-modularity').innerText()).split(/\s/)[0]);
    expect(shownCount).toBeGreaterThanOrEqual(2);
    expect(shownModularity).toBeGreaterThan(0);
    expect(Number.isFinite(Number(await legend.getByTestId('community-ari').innerText()))).toBe(true);
    const nmi = Number(await legend.getByTestId('community-nmi').innerText());
    expect(nmi).toBeGreaterThanOrEqual(0);
    expect(nmi).toBeLessThanOrEqual(1);

    const api = await detect(['cl-auto', 'cl-food']);
    expect(shownCount).toBe(api.count);
    expect(shownModularity).toBeCloseTo(api.modularity, 2);
    const rank = new Map<string, number>();
    api.communities.forEach((c, i) => c.organizationIds.forEach((id) => rank.set(id, i)));

    // Every drawn organisation is a member of one of the two clusters, so none stays grey once
    // coloured; then each one's colour, as Cytoscape styles it, grouped by its community.
    await page.waitForFunction(`window.__atlas.cy.nodes('.organization').filter((n) => n.data('color') === '#B8BEC8').length === 0`);
    const colours = (await cyEval<[string, string][]>(page, "return cy.nodes('.organization').map((n) => [n.id(), n.style('background-color')]);")) ?? [];
    expect(colours.length).toBeGreaterThan(40);
    const byCommunity = new Map<number, Set<string>>();
    for (const [id, colour] of colours) {
      const r = rank.get(id);
      expect(r, `${id} is a member of cl-auto or cl-food, so in the result`).toBeDefined();
      if (r === undefined) continue;
      byCommunity.set(r, (byCommunity.get(r) ?? new Set()).add(colour.replace(/\s/g, '')));
    }
    expect(byCommunity.size).toBeGreaterThanOrEqual(2);
    for (const set of byCommunity.values()) expect(set.size).toBe(1); // one colour per community
    const perCommunity = [...byCommunity.values()].map((s) => [...s][0]);
    expect(new Set(perCommunity).size).toBe(perCommunity.length); // a different colour for each
    expect(perCommunity).not.toContain('rgb(184,190,200)'); // not the grey of "not in the result"
    // The legend's first swatch is the largest community's colour, as drawn.
    const swatch = String(await page.evaluate(`getComputedStyle(document.querySelector('[data-testid=community-legend] [data-rank="0"] .swatch')).backgroundColor`));
    expect(swatch.replace(/\s/g, '')).toBe([...(byCommunity.get(0) ?? new Set(['none']))][0]);
    await legend.scrollIntoViewIfNeeded();
    await screenshot(page, 'explorer-communities', { docs: true });

    // The link restores the colouring.
    const other = await newPage(browser);
    await other.goto(page.url());
    await waitForGraph(other, 40);
    expect(await other.getByTestId('color-select').inputValue()).toBe('community');
    await other.getByTestId('community-legend').waitFor({ timeout: 60_000 });
    expect(Number(await other.getByTestId('community-count').innerText())).toBe(api.count);
  });

  it('says when the communities cannot be computed and recovers on retry', async () => {
    const page = await newPage(browser);
    let failing = true;
    await page.route('**/graphql', async (route) => {
      if (!failing || !(route.request().postData() ?? '').includes('"operationName":"Communities"')) return route.continue();
      return route.fulfill({
        status: 200,
        contentType: 'application/json',
        body: JSON.stringify({ errors: [{ message: 'Neo4j is not reachable', extensions: { code: 'DATABASE_UNAVAILABLE' } }], data: null }),
      });
    });
    await page.goto(appUrl('#/explore?scope=clusters:cl-food&color=community'));
    await waitForGraph(page, 20);
    const alert = page.getByTestId('legend').getByRole('alert');
    await alert.waitFor();
    expect(await alert.getAttribute('data-code')).toBe('DATABASE_UNAVAILABLE');
    await alert.scrollIntoViewIfNeeded();
    await screenshot(page, 'explorer-communities-error');
    // The canvas stays drawn, in grey until the communities arrive.
    expect(await cyEval<number>(page, "return cy.nodes('.organization').filter((n) => n.data('color') !== '#B8BEC8').length;")).toBe(0);
    failing = false;
    await alert.getByRole('button', { name: 'Retry' }).click();
    await page.getByTestId('community-legend').waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('legend').getByRole('alert').count()).toBe(0);
    await page.waitForFunction(`window.__atlas.cy.nodes('.organization').filter((n) => n.data('color') === '#B8BEC8').length === 0`);
  });

  it('detects communities around an organisation on the clusters of the organisations shown', async () => {
    const page = await newPage(browser);
    await page.goto(appUrl('#/explore?scope=focus:org-auto-lead-1:1&color=community'));
    await waitForGraph(page, 20);
    const legend = page.getByTestId('community-legend');
    await legend.waitFor({ timeout: 60_000 });
    expect(await legend.innerText()).toMatch(/clusters of the organisations in view/);
    expect(Number(await legend.getByTestId('community-count').innerText())).toBeGreaterThanOrEqual(2);
    await page.waitForFunction(`window.__atlas.cy.nodes('.organization').filter((n) => n.data('color') !== '#B8BEC8').length > 0`);
    // At least two community colours, not counting the grey of organisations outside every cluster.
    const colours = (await cyEval<string[]>(page, "return cy.nodes('.organization').map((n) => n.style('background-color'));")) ?? [];
    expect(new Set(colours.filter((c) => c.replace(/\s/g, '') !== 'rgb(184,190,200)')).size).toBeGreaterThanOrEqual(2);
  });
});
