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
  const node = `cy.getElementById(${JSON.stringify(id)})`;
  // A layout may still be moving nodes: click only once the node has stopped, and check that the
  // click selected it (a plain click on a moving graph can land on a neighbour; try again then).
  for (let attempt = 1; ; attempt++) {
    await cyEval(page, `cy.center(${node}); return true;`, hook);
    let pos: { x: number; y: number } | null = null;
    for (let i = 0; i < 40; i++) {
      await page.waitForTimeout(100);
      const now = await cyEval<{ x: number; y: number } | null>(page, `const n = ${node}; return n.empty() ? null : n.renderedPosition();`, hook);
      if (now === null) throw new Error(`node ${id} is not on the canvas`);
      if (pos !== null && Math.abs(pos.x - now.x) < 0.5 && Math.abs(pos.y - now.y) < 0.5) break;
      pos = now;
      await cyEval(page, `cy.center(${node}); return true;`, hook);
    }
    if (pos === null) throw new Error(`node ${id} is not on the canvas`);
    // Neighbours may overlap the node where it is drawn: click a point of it that no other node
    // covers (its centre when free), so that the click cannot land on one of them. Compound
    // (cluster) nodes are left out: they are drawn under their children.
    const free = await cyEval<{ x: number; y: number } | null>(
      page,
      `const n = ${node}; const b = n.renderedBoundingBox({ includeLabels: false });
       const others = cy.nodes().not(n).filter((o) => o.visible() && !o.isParent()).map((o) => o.renderedBoundingBox({ includeLabels: false }));
       const inside = (p, r) => p.x >= r.x1 && p.x <= r.x2 && p.y >= r.y1 && p.y <= r.y2;
       const c = n.renderedPosition();
       for (const [fx, fy] of [[0, 0], [-0.3, 0], [0.3, 0], [0, -0.3], [0, 0.3], [-0.3, -0.3], [0.3, 0.3], [-0.3, 0.3], [0.3, -0.3]]) {
         const p = { x: c.x + fx * (b.x2 - b.x1), y: c.y + fy * (b.y2 - b.y1) };
         if (!others.some((r) => inside(p, r))) return p;
       }
       return null;`,
      hook,
    );
    if (free !== null) pos = free;
    const box = await page.locator(`[data-testid=${options.canvas ?? 'canvas'}]`).boundingBox();
    if (box === null) throw new Error('canvas not visible');
    if (options.shift) await page.keyboard.down('Shift');
    await page.mouse.click(box.x + pos.x, box.y + pos.y);
    if (options.shift) await page.keyboard.up('Shift');
    await page.waitForTimeout(100);
    // Canvases whose nodes cannot be selected (the cluster map opens a panel instead) check nothing.
    if ((await cyEval<boolean>(page, `const n = ${node}; return !n.selectable() || cy.autounselectify() || n.selected();`, hook)) === true) return;
    // A shift-click on the wrong node changed the selection in a way a retry cannot undo.
    if (options.shift || attempt >= 3) throw new Error(`clicking ${id} did not select it`);
  }
}
