/** The explorer in a real browser against the real app and Neo4j with the demo data. */
import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appUrl, clickNode, cyEval, launch, newPage, nodeCount, screenshot, waitForGraph } from './support/browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const FOCUS_TESEN = '#/explore?scope=focus:org-auto-lead-1:1&sel=org-auto-lead-1';

async function open(hash: string): Promise<Page> {
  const page = await newPage(browser);
  await page.goto(appUrl(hash));
  return page;
}

describe('explorer', () => {
  it('finds a hub firm by search, selects it and shows its measures and role in the panel', async () => {
    const page = await open('');
    await page.getByText('Start from a search').waitFor();
    const search = page.getByTestId('search-input');
    await search.click();
    await search.fill('tesen mot');
    await page.getByRole('option', { name: /Tesen Motorworks AG/ }).waitFor();
    await search.press('ArrowDown');
    await search.press('ArrowUp');
    await search.press('Enter');
    await waitForGraph(page, 20);
    const panel = page.getByTestId('node-panel');
    await expect(panel.getByRole('heading', { name: /Tesen Motorworks AG/ }).count()).resolves.toBe(1);
    await panel.getByTestId('measures').waitFor({ timeout: 60_000 });
    const measures = await panel.getByTestId('measures').innerText();
    expect(measures).toMatch(/PageRank\s+0\.\d+/);
    expect(measures).toMatch(/Betweenness\s+0\.\d+/);
    await expect(panel.getByTestId('role').innerText()).resolves.toMatch(/hub/);
    expect(await cyEval<string[]>(page, "return cy.$(':selected').map((n) => n.id());")).toEqual(['org-auto-lead-1']);
    expect(page.url()).toContain('scope=focus:org-auto-lead-1:1');
    await screenshot(page, 'explorer-hub-firm', { docs: true });
  });

  it('expands the neighbours of a node by relationship type', async () => {
    const page = await open('#/explore?scope=focus:org-uni-broker-1:1&sel=org-uni-broker-1');
    const before = await waitForGraph(page, 10);
    // A neighbour with ties of its own beyond the broker: the hub firm of the chemical cluster.
    const neighbour = await cyEval<string>(page, "return cy.getElementById('org-chem-lead-1').nonempty() ? 'org-chem-lead-1' : cy.nodes().filter(n => n.id() !== 'org-uni-broker-1').max(n => n.data('degree')).ele.id();");
    await clickNode(page, neighbour);
    await page.getByTestId('expand').waitFor();
    await page.getByTestId('expand').click();
    await page.waitForFunction(`window.__atlas.cy.nodes().length > ${before}`, undefined, { timeout: 30_000 });
    const after = await waitForGraph(page, before + 1);
    expect(after).toBeGreaterThan(before);
    expect(page.url()).toContain(`exp=${neighbour}~`);
    await screenshot(page, 'explorer-expanded');
  });

  it('filters by organisation kind and by year', async () => {
    const page = await open(FOCUS_TESEN);
    const all = await waitForGraph(page, 20);
    const suppliers = (await cyEval<number>(page, "return cy.nodes('[kind = \"SUPPLIER\"]').length;")) ?? 0;
    expect(suppliers).toBeGreaterThan(0);
    await page.getByTestId('kind-SUPPLIER').uncheck();
    await page.waitForFunction(`window.__atlas.cy.nodes('[kind = "SUPPLIER"]').length === 0`);
    expect(await nodeCount(page)).toBe(all - suppliers);
    expect(page.url()).toContain('kinds=');

    const edgesAll = (await cyEval<number>(page, 'return cy.edges().length;')) ?? 0;
    await page.getByTestId('year-all').uncheck();
    await page.getByTestId('year-slider').fill('2012');
    await page.waitForFunction(`location.hash.includes('asOf=2012')`);
    await page.getByTestId('year-value').getByText('2012').waitFor();
    await page.waitForFunction(`window.__atlas.cy.edges().length !== ${edgesAll}`, undefined, { timeout: 30_000 });
    const late = await cyEval<number>(page, "return cy.edges().filter((e) => (e.data('since') ?? 0) > 2012 || (e.data('until') ?? 9999) < 2012).length;");
    expect(late).toBe(0);
    expect(await cyEval<number>(page, "return cy.nodes('[kind = \"SUPPLIER\"]').length;")).toBe(0);
    await screenshot(page, 'explorer-filtered');
  });

  it('highlights the shortest paths between two selected firms', async () => {
    const page = await open('#/explore?scope=focus:org-auto-lead-1:1&exp=org-food-lead-1~SUPPLIES.COLLABORATES_WITH.INVESTS_IN&color=cluster');
    await waitForGraph(page, 30);
    await clickNode(page, 'org-auto-lead-1');
    await clickNode(page, 'org-food-lead-1', { shift: true });
    await page.getByTestId('find-path').click();
    const summary = page.getByTestId('path-summary');
    await summary.getByText(/shortest \d step/).waitFor({ timeout: 30_000 });
    expect(await summary.innerText()).toMatch(/Tesen Motorworks AG → .* → Fenine Dairy Ltd/);
    const highlighted = (await cyEval<number>(page, "return cy.nodes('.highlighted').length;")) ?? 0;
    expect(highlighted).toBeGreaterThanOrEqual(3);
    expect(await cyEval<number>(page, "return cy.edges('.highlighted').length;")).toBeGreaterThanOrEqual(2);
    expect(page.url()).toContain('path=org-auto-lead-1,org-food-lead-1');
    await cyEval(page, 'cy.fit(undefined, 40); return true;');
    await page.waitForTimeout(300);
    await screenshot(page, 'explorer-path', { docs: true });
  });

  it('exports the canvas as a valid PNG image', async () => {
    const page = await open(FOCUS_TESEN);
    await waitForGraph(page, 20);
    await page.getByTestId('export-menu').click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-png').click()]);
    expect(download.suggestedFilename()).toMatch(/\.png$/);
    const file = await download.path();
    const png = await readFile(file);
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.subarray(12, 16).toString('ascii')).toBe('IHDR');
    const width = png.readUInt32BE(16);
    const height = png.readUInt32BE(20);
    expect(width).toBeGreaterThan(300);
    expect(height).toBeGreaterThan(300);
    await screenshot(page, 'explorer-export');
  });

  it('restores the whole view from a shared link: scope, filters, selection, colours and positions', async () => {
    const page = await open(FOCUS_TESEN);
    await waitForGraph(page, 20);
    await page.getByTestId('color-select').selectOption('cluster');
    await page.getByTestId('kind-SUPPLIER').uncheck();
    await page.waitForFunction(`window.__atlas.cy.nodes('[kind = "SUPPLIER"]').length === 0`);
    await clickNode(page, 'org-auto-lead-1');
    // Move a node by hand so that only the link can know where it is.
    await cyEval(page, "cy.getElementById('org-auto-lead-1').position({ x: 1234, y: -567 }); return true;");
    await page.getByTestId('share').click();
    const link = await page.getByTestId('share-url').inputValue();
    expect(link).toContain('pos=');
    const positions = await cyEval<Record<string, { x: number; y: number }>>(page, 'const o = {}; cy.nodes().forEach((n) => { o[n.id()] = n.position(); }); return o;');

    const other = await newPage(browser);
    await other.goto(link);
    await waitForGraph(other, 10);
    await other.getByTestId('node-panel').getByRole('heading', { name: /Tesen Motorworks AG/ }).waitFor();
    expect(await other.getByTestId('color-select').inputValue()).toBe('cluster');
    expect(await other.getByTestId('kind-SUPPLIER').isChecked()).toBe(false);
    expect(await cyEval<string[]>(other, "return cy.$(':selected').map((n) => n.id());")).toEqual(['org-auto-lead-1']);
    const restored = await cyEval<Record<string, { x: number; y: number }>>(other, 'const o = {}; cy.nodes().forEach((n) => { o[n.id()] = n.position(); }); return o;');
    expect(Object.keys(restored ?? {}).sort()).toEqual(Object.keys(positions ?? {}).sort());
    for (const [id, p] of Object.entries(positions ?? {})) {
      expect(Math.abs((restored?.[id]?.x ?? NaN) - p.x)).toBeLessThanOrEqual(1);
      expect(Math.abs((restored?.[id]?.y ?? NaN) - p.y)).toBeLessThanOrEqual(1);
    }
    await screenshot(other, 'explorer-shared-link');
  });
});
