/**
 * Test helpers that read like a user's actions: open the app, click a node on the canvas,
 * wait for the graph, save a screenshot (test/e2e/screenshots/, and docs/screenshots/ for the
 * README's chosen views). Page code is passed as strings: this file compiles without DOM types.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { inject } from 'vitest';

export const CHROMIUM = process.env['ATLAS_CHROMIUM'] ?? '/usr/bin/chromium';

export async function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
}

export function appUrl(hash = ''): string {
  return `${inject('appUrl')}/${hash}`;
}

export async function newPage(browser: Browser, width = 1440, height = 900): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height }, acceptDownloads: true });
  const page = await context.newPage();
  page.setDefaultTimeout(30_000);
  return page;
}

export async function screenshot(page: Page, name: string, options: { docs?: boolean; fullPage?: boolean } = {}): Promise<void> {
  const dir = path.join('test', 'e2e', 'screenshots');
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: path.join(dir, `${name}.png`), fullPage: options.fullPage ?? false });
  if (options.docs) {
    mkdirSync(path.join('docs', 'screenshots'), { recursive: true });
    await page.screenshot({ path: path.join('docs', 'screenshots', `${name}.png`), fullPage: options.fullPage ?? false });
  }
}

/** Runs an expression in the page that reads `window.__atlas.cy` (the explorer's Cytoscape). */
export async function cyEval<T>(page: Page, body: string, hook = '__atlas'): Promise<T> {
  return page.evaluate(`(() => { const cy = window.${hook} && window.${hook}.cy; if (!cy) return null; ${body} })()`) as Promise<T>;
}

/** Waits until the canvas holds at least `min` nodes and no layout is running. */
export async function waitForGraph(page: Page, min = 1, hook = '__atlas'): Promise<number> {
  await page.waitForFunction(`(() => { const cy = window.${hook} && window.${hook}.cy; return !!cy && cy.nodes().length >= ${min}; })()`, undefined, { timeout: 45_000 });
  if (hook === '__atlas') await page.locator('[data-testid=layout-running]').waitFor({ state: 'detached', timeout: 45_000 });
  await page.waitForTimeout(600); // animated placement
  return (await cyEval<number>(page, 'return cy.nodes().length;', hook)) ?? 0;
}

export async function nodeCount(page: Page): Promise<number> {
  return (await cyEval<number>(page, 'return cy.nodes().length;')) ?? 0;
}

/** Clicks a node where it is drawn (optionally with Shift to add it to the selection). */
export async function clickNode(page: Page, id: string, options: { shift?: boolean; hook?: string; canvas?: string } = {}): Promise<void> {
  const hook = options.hook ?? '__atlas';
  await cyEval(page, `const n = cy.getElementById(${JSON.stringify(id)}); cy.center(n); return true;`, hook);
  await page.waitForTimeout(150);
  const pos = await cyEval<{ x: number; y: number } | null>(page, `const n = cy.getElementById(${JSON.stringify(id)}); return n.empty() ? null : n.renderedPosition();`, hook);
  if (pos === null) throw new Error(`node ${id} is not on the canvas`);
  const box = await page.locator(`[data-testid=${options.canvas ?? 'canvas'}]`).boundingBox();
  if (box === null) throw new Error('canvas not visible');
  if (options.shift) await page.keyboard.down('Shift');
  await page.mouse.click(box.x + pos.x, box.y + pos.y);
  if (options.shift) await page.keyboard.up('Shift');
}
