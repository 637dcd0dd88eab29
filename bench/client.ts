/**
 * `npm run bench -- client`: the explorer in headless Chromium (Debian's, via playwright-core)
 * with synthetic graphs of 1,000 and 5,000 organisations (4 ties each on average) injected through
 * the page's dev hook (window.__atlas.loadSynthetic): time to first render (data in → elements
 * drawn) and frame times while panning, for the canvas and, where the browser has it, the WebGL
 * renderer. Serves the built client (client/dist; run `vite build` first) with the app's own
 * static handler; no database is needed. `--quick` does 1,000 nodes only.
 */
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium, type Page } from 'playwright-core';
import { staticHandler } from '../server/http/static.ts';
import { machineLine, saveReport, table } from './machine.ts';

const CHROMIUM = process.env['ATLAS_CHROMIUM'] ?? '/usr/bin/chromium';
const PAN_FRAMES = 180;

interface Result {
  nodes: number;
  edges: number;
  renderer: string;
  firstRenderMs: number;
  medianFrameMs: number;
  p95FrameMs: number;
  maxFrameMs: number;
  fps: number;
}

const percentile = (sorted: number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? NaN;

async function measure(page: Page, nodes: number, edges: number, renderer: 'canvas' | 'webgl'): Promise<Result | null> {
  await page.getByTestId('renderer-select').selectOption(renderer === 'webgl' ? 'webgl' : 'canvas');
  const timing = (await page.evaluate(`new Promise((resolve) => {
    const t0 = performance.now();
    window.__atlas.loadSynthetic(${nodes}, ${edges});
    const check = () => {
      const cy = window.__atlas && window.__atlas.cy;
      if (cy && cy.nodes().length >= ${nodes}) {
        // two frames: the one that draws, and proof that it was drawn
        requestAnimationFrame(() => requestAnimationFrame(() => resolve({ ms: performance.now() - t0, edges: cy.edges().length, renderer: window.__atlas.renderer })));
      } else requestAnimationFrame(check);
    };
    check();
  })`)) as { ms: number; edges: number; renderer: string };
  if (renderer === 'webgl' && timing.renderer !== 'webgl') return null;
  const frames = (await page.evaluate(`new Promise((resolve) => {
    const cy = window.__atlas.cy;
    const deltas = [];
    let last = performance.now();
    let i = 0;
    const step = () => {
      const now = performance.now();
      deltas.push(now - last);
      last = now;
      cy.panBy({ x: i % 120 < 60 ? 6 : -6, y: i % 80 < 40 ? 3 : -3 });
      if (++i < ${PAN_FRAMES}) requestAnimationFrame(step); else resolve(deltas.slice(2));
    };
    requestAnimationFrame(step);
  })`)) as number[];
  const sorted = [...frames].sort((a, b) => a - b);
  const total = frames.reduce((s, x) => s + x, 0);
  await page.evaluate('window.__atlas.clearSynthetic()');
  return {
    nodes,
    edges: timing.edges,
    renderer: timing.renderer,
    firstRenderMs: timing.ms,
    medianFrameMs: percentile(sorted, 0.5),
    p95FrameMs: percentile(sorted, 0.95),
    maxFrameMs: sorted[sorted.length - 1] ?? NaN,
    fps: frames.length / (total / 1000),
  };
}

export async function run(argv: string[]): Promise<void> {
  if (!existsSync('client/dist/index.html')) {
    process.stderr.write('client/dist is missing: build the client first (npx vite build --config client/vite.config.ts)\n');
    process.exitCode = 2;
    return;
  }
  const sizes = argv.includes('--quick') ? [1000] : [1000, 5000];
  const serve = staticHandler('client/dist');
  const server = createServer((req, res) => {
    void serve(req, res).then((done) => {
      if (!done) {
        res.writeHead(404, { 'content-type': 'application/json' });
        res.end('{"errors":[{"message":"no API in the client benchmark","extensions":{"code":"NOT_FOUND"}}]}');
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/#/explore`;
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-background-networking', '--enable-unsafe-swiftshader', '--use-angle=swiftshader'] });
  const results: Result[] = [];
  const failures: string[] = [];
  try {
    const open = async (): Promise<Page> => {
      const p = await browser.newPage({ viewport: { width: 1440, height: 900 } });
      p.on('pageerror', (e) => process.stderr.write(`page error: ${e.message}\n`));
      await p.goto(url);
      await p.waitForFunction('!!window.__atlas && !!window.__atlas.cy', undefined, { timeout: 30_000 });
      return p;
    };
    let page = await open();
    for (const n of sizes) {
      for (const renderer of ['canvas', 'webgl'] as const) {
        process.stderr.write(`client bench: ${n} nodes, ${renderer}…\n`);
        try {
          const r = await measure(page, n, n * 4, renderer);
          if (r === null) process.stderr.write('  WebGL not available in this browser: skipped\n');
          else results.push(r);
        } catch (err) {
          // Software WebGL can run out of texture memory on large graphs and lose the page.
          process.stderr.write(`  failed: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}\n`);
          failures.push(`${n} nodes, ${renderer}: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`);
          await page.close().catch(() => undefined);
          page = await open();
        }
      }
    }
  } finally {
    await browser.close();
    server.close();
  }
  const rows = results.map((r) => [r.nodes.toLocaleString('en-GB'), r.edges.toLocaleString('en-GB'), r.renderer, r.firstRenderMs.toFixed(0), r.medianFrameMs.toFixed(1), r.p95FrameMs.toFixed(1), r.maxFrameMs.toFixed(1), r.fps.toFixed(1)]);
  const md = [
    '# Client benchmark: explorer rendering in headless Chromium',
    '',
    machineLine(),
    '',
    `Synthetic graphs (10 clusters, 80% of ties inside a cluster) injected through the dev hook, positions precomputed (no layout); then ${PAN_FRAMES} frames of programmatic panning (cy.panBy each frame). Large-graph settings on above 1,500 nodes: textureOnViewport, hideEdgesOnViewport, labels hidden below min-zoomed-font-size. Headless Chromium has no GPU here: WebGL, when present, is SwiftShader (software), so its numbers are a floor, not what a laptop GPU gives.`,
    '',
    ...(failures.length > 0 ? [`Runs that failed: ${failures.join('; ')}.`, ''] : []),
    table(['nodes', 'edges', 'renderer', 'first render (ms)', 'median frame (ms)', 'p95 frame (ms)', 'max frame (ms)', 'fps while panning'], rows),
    '',
  ].join('\n');
  process.stdout.write(`${md}\n`);
  const file = await saveReport('client', md);
  process.stderr.write(`saved ${file}\n`);
}
