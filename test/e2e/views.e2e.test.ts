/** The inter-cluster map, cluster page, hub-firm finder and what-if in a real browser. */
import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appUrl, clickNode, launch, newPage, screenshot, waitForGraph } from './support/browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

function parseCsv(text: string): string[][] {
  // Enough for our export: quoted fields may hold commas and doubled quotes.
  const rows: string[][] = [];
  for (const line of text.split('\r\n').filter((l) => l !== '')) {
    const cells: string[] = [];
    let cur = '';
    let quoted = false;
    for (let i = 0; i < line.length; i++) {
      const ch = line[i];
      if (quoted) {
        if (ch === '"' && line[i + 1] === '"') {
          cur += '"';
          i++;
        } else if (ch === '"') quoted = false;
        else cur += ch;
      } else if (ch === '"') quoted = true;
      else if (ch === ',') {
        cells.push(cur);
        cur = '';
      } else cur += ch;
    }
    cells.push(cur);
    rows.push(cells);
  }
  return rows;
}

/** The hub-firm finder opened, with its candidate count and a wait for the count to meet a test. */
async function openHubFinder(): Promise<{ page: Page; candidates: () => Promise<number>; candidatesReach: (test: '<' | '==', n: number) => Promise<unknown> }> {
  const page = await newPage(browser);
  await page.goto(appUrl('#/hubs'));
  const summary = page.getByText(/\d+ of \d+ candidates/);
  await summary.waitFor({ timeout: 60_000 });
  const candidates = async (): Promise<number> => Number((/of (\d+) candidates/.exec(await summary.innerText()) ?? [])[1]);
  const candidatesReach = (test: '<' | '==', n: number): Promise<unknown> =>
    page.waitForFunction(`(() => { const m = /of (\\d+) candidates/.exec(document.body.innerText); return m !== null && Number(m[1]) ${test === '<' ? '<' : '==='} ${n}; })()`, undefined, { timeout: 60_000 });
  return { page, candidates, candidatesReach };
}

describe('views', () => {
  it('goes from the inter-cluster map to a cluster page with its measures, strategy and scorecard', async () => {
    const page = await newPage(browser);
    await page.goto(appUrl('#/map'));
    await waitForGraph(page, 10, '__atlasMap');
    await page.waitForTimeout(800);
    await screenshot(page, 'cluster-map', { docs: true });
    await clickNode(page, 'cl-auto', { hook: '__atlasMap', canvas: 'map-canvas' });
    const panel = page.getByTestId('map-panel');
    await panel.getByRole('heading', { name: 'Corvenna Automotive Cluster' }).waitFor();
    await panel.getByTestId('open-cluster').click();
    await page.waitForURL(/#\/cluster\/cl-auto/);
    const cluster = page.getByTestId('cluster-page');
    await cluster.getByRole('heading', { name: 'Corvenna Automotive Cluster' }).waitFor();
    await cluster.getByTestId('scorecard-chart').waitFor({ timeout: 60_000 });
    expect(await cluster.getByTestId('dominant-strategy').innerText()).toMatch(/Integration|Mixed/);
    expect(await cluster.getByTestId('cooperation').innerText()).toMatch(/E-I index/);
    expect(await cluster.getByTestId('checklist').innerText()).toMatch(/Leading enterprises/);
    await cluster.getByTestId('top-hubs').getByText('Tesen Motorworks AG').first().waitFor();
    await cluster.getByTestId('comparison').getByText('Ostrelia Food Valley').waitFor({ timeout: 60_000 });
    await page.waitForTimeout(1500); // member network layout
    await screenshot(page, 'cluster-page', { docs: true, fullPage: true });
  });

  it('ranks hub firms, sorts the table by a measure and downloads it as CSV', async () => {
    const page = await newPage(browser);
    await page.goto(appUrl('#/hubs'));
    const table = page.getByTestId('hub-table');
    await table.locator('tbody tr').nth(20).waitFor({ timeout: 60_000 });
    await page.getByTestId('sort-betweenness').click(); // a measure sorts descending first
    const th = table.locator('th', { has: page.getByTestId('sort-betweenness') });
    const sortState = await th.getAttribute('aria-sort');
    expect(sortState).toBe('descending');
    const col = await table.locator('tbody tr td:nth-child(10)').allInnerTexts();
    const values = col.map((v) => Number(v.replace(/,/g, '')));
    for (let i = 1; i < Math.min(values.length, 30); i++) expect(values[i - 1] ?? 0).toBeGreaterThanOrEqual(values[i] ?? 0);
    const ids = await table.locator('tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-id') ?? ''));

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('hub-csv').click()]);
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
    const csv = parseCsv(await readFile(await download.path(), 'utf8'));
    expect(csv[0]).toEqual(['rank', 'id', 'name', 'kind', 'role', 'clusters', 'sector', 'region', 'composite', 'pagerank', 'betweenness', 'degree', 'participation', 'z']);
    expect(csv.length - 1).toBe(ids.length);
    expect(csv.slice(1).map((r) => r[1])).toEqual(ids);
    const csvBetweenness = csv.slice(1).map((r) => Number(r[10]));
    for (let i = 1; i < csvBetweenness.length; i++) expect(csvBetweenness[i - 1] ?? 0).toBeGreaterThanOrEqual(csvBetweenness[i] ?? 0);
    await screenshot(page, 'hub-firms', { docs: true });

    // A row opens the firm in the explorer.
    await table.locator('tbody tr').first().click();
    await page.waitForURL(/#\/explore\?scope=focus:/);
    await waitForGraph(page, 2);
    expect(page.url()).toContain(`sel=${ids[0]}`);
  });

  it('narrows the hub-firm ranking to one cluster with the labelled cluster picker', async () => {
    const { page, candidates, candidatesReach } = await openHubFinder();
    const all = await candidates();
    const picker = page.getByRole('combobox', { name: /^Scope\b/ });
    expect(await picker.getAttribute('data-testid')).toBe('hub-scope');
    expect(await picker.inputValue()).toBe('');
    expect(await picker.locator('option').first().innerText()).toBe('all organisations');
    await picker.selectOption({ label: 'Corvenna Automotive Cluster' });
    await candidatesReach('<', all);
    expect(await candidates()).toBeGreaterThan(0);
    expect(await page.getByTestId('hub-table').locator('tbody tr').first().getAttribute('data-id')).toBe('org-auto-lead-1');
  });

  it('filters hub firms by sector and region on the server: every row matches and the candidates shrink', async () => {
    const { page, candidates, candidatesReach } = await openHubFinder();
    const all = await candidates();
    const table = page.getByTestId('hub-table');
    await page.getByTestId('hub-sector').selectOption('C29');
    await candidatesReach('<', all);
    const bySector = await candidates();
    expect(bySector).toBeGreaterThan(0);
    const sectors = await table.locator('tbody tr td:nth-child(6)').allInnerTexts();
    expect(sectors.length).toBeGreaterThan(0);
    expect(new Set(sectors)).toEqual(new Set(['C29']));
    await page.getByTestId('hub-sector').selectOption('');
    await candidatesReach('==', all);
    // Arvenia (a country) keeps the organisations of its NUTS2 regions.
    await page.getByTestId('hub-region').selectOption('xa');
    await candidatesReach('<', all);
    expect(await candidates()).toBeGreaterThan(0);
    const regions = await table.locator('tbody tr td:nth-child(7)').allInnerTexts();
    for (const name of regions) expect(['Arvenia', 'Norrvale', 'Corvenna', 'Ostrelia']).toContain(name);
    expect(new Set(regions).size).toBeGreaterThan(1);
  });

  it('compares a cluster network with and without its hub firm', async () => {
    const page = await newPage(browser);
    await page.goto(appUrl('#/whatif?scope=cl-auto&remove=org-auto-lead-1'));
    const picker = page.getByRole('combobox', { name: /^Scope\b/ });
    expect(await picker.getAttribute('data-testid')).toBe('whatif-scope');
    await picker.locator('option[value="cl-auto"]').waitFor({ state: 'attached' }); // the catalog has loaded
    expect(await picker.inputValue()).toBe('cl-auto');
    await page.getByTestId('whatif-run').click();
    const result = page.getByTestId('whatif-result');
    await result.getByText('largest component share').waitFor({ timeout: 60_000 });
    const text = await result.innerText();
    expect(text).toMatch(/organisations\s+178\s+177/);
    await page.getByTestId('whatif-impacts').locator('tbody tr').first().waitFor();
    await screenshot(page, 'what-if', { docs: true, fullPage: true });
  });
});
