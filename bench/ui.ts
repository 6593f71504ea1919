import type { Page } from 'playwright-core';
import { launchChromium } from '@arna/api/chromium';
import { buildWeb, choosePort, startWeb, stopChild } from '../cli/src/commands/start.js';

/**
 * UI benchmark of the network view, in headless Debian Chromium (software WebGL: no GPU
 * here): time from navigation to sigma's first rendered frame, and frame times while the
 * camera pans, for a 5,000-node / 20,000-edge network against 100- and 1,000-node references
 * measured in the same run (the 100-node one shows what the browser and machine cost alone). The networks are synthetic (`/bench/network`, served only with
 * ARNA_WEB_BENCH=1), so the API and the database play no part.
 */
const sizes = [
  { nodes: 100, edges: 400 },
  { nodes: 1_000, edges: 4_000 },
  { nodes: 5_000, edges: 20_000 },
];
const runs = 3;
const panMs = 4_000;

interface Measure {
  firstFrameMs: number;
  frameMedianMs: number;
  frameP95Ms: number;
  fps: number;
}

/** The page's globals this script touches (bench/ has no DOM typings). */
interface BenchWindow {
  arnaNetwork?: { firstFrameAt: number | undefined; layoutRunning(): boolean };
}

/** Records animation-frame intervals in the page until `window.arnaBenchStop` is set. */
const recordFrames = `new Promise((resolve) => {
  const out = [];
  let last = performance.now();
  const tick = (now) => {
    out.push(now - last);
    last = now;
    if (window.arnaBenchStop) resolve(out.slice(1));
    else requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})`;

function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
}

async function measure(page: Page, base: string, nodes: number, edges: number): Promise<Measure> {
  await page.goto(`${base}/bench/network?nodes=${nodes}&edges=${edges}`, { waitUntil: 'commit' });
  await page.waitForFunction(
    () => (globalThis as unknown as BenchWindow).arnaNetwork?.firstFrameAt !== undefined,
    undefined,
    {
      timeout: 120_000,
    },
  );
  // performance.now() counts from the navigation's time origin.
  const firstFrameMs = await page.evaluate(
    () => (globalThis as unknown as BenchWindow).arnaNetwork?.firstFrameAt ?? Number.NaN,
  );
  // ForceAtlas2 starts with the first frame: stop it, as a user would, so panning is measured
  // on a still layout. It may stop by itself before the click: then there is nothing to stop.
  const stop = page.getByRole('button', { name: /Остановить укладку|Stop layout/ });
  await stop.click({ timeout: 10_000 }).catch(() => undefined);
  await page.waitForFunction(
    () => !(globalThis as unknown as BenchWindow).arnaNetwork?.layoutRunning(),
    undefined,
    { timeout: 60_000 },
  );
  await page.waitForTimeout(800);
  // Pan as a user does: drag the stage with the mouse (sigma hides edges and labels of big
  // graphs while the camera moves), one small move per ~16 ms.
  const canvas = await page.locator('[data-testid=network-canvas]').boundingBox();
  if (!canvas) throw new Error('no network canvas');
  const centre = { x: canvas.x + canvas.width / 2, y: canvas.y + canvas.height / 2 };
  const frames = page.evaluate(recordFrames) as Promise<number[]>;
  await page.mouse.move(centre.x, centre.y);
  await page.mouse.down();
  const started = Date.now();
  for (let step = 0; Date.now() - started < panMs; step += 1) {
    await page.mouse.move(
      centre.x + Math.sin(step / 20) * 150,
      centre.y + Math.cos(step / 20) * 100,
    );
    await page.waitForTimeout(16);
  }
  await page.mouse.up();
  await page.evaluate('window.arnaBenchStop = true');
  const deltas = await frames;
  return {
    firstFrameMs,
    frameMedianMs: quantile(deltas, 0.5),
    frameP95Ms: quantile(deltas, 0.95),
    fps: (deltas.length / deltas.reduce((sum, delta) => sum + delta, 0)) * 1000,
  };
}

const distDir = '.next/bench';
const apiUrl = 'http://127.0.0.1:9'; // unused: the bench page calls no API
await buildWeb({ apiUrl, distDir });
const port = await choosePort(0);
const web = await startWeb({ apiUrl, port, distDir, env: { ARNA_WEB_BENCH: '1' } });
const browser = await launchChromium();
try {
  const results = new Map<number, Measure[]>();
  for (let run = 0; run < runs; run += 1) {
    for (const size of sizes) {
      const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
      const result = await measure(page, `http://127.0.0.1:${port}`, size.nodes, size.edges);
      await page.close();
      results.set(size.nodes, [...(results.get(size.nodes) ?? []), result]);
    }
  }
  const median = (values: number[]) => quantile(values, 0.5);
  const summary = sizes.map((size) => {
    const all = results.get(size.nodes) ?? [];
    return {
      ...size,
      firstFrameMs: median(all.map((m) => m.firstFrameMs)),
      frameMedianMs: median(all.map((m) => m.frameMedianMs)),
      frameP95Ms: median(all.map((m) => m.frameP95Ms)),
      fps: median(all.map((m) => m.fps)),
    };
  });
  console.log(
    `headless Chromium ${browser.version()}, software WebGL, viewport 1440×900, median of ${runs} runs`,
  );
  console.log('nodes  edges   first frame   pan frame median   pan frame p95   pan fps');
  for (const row of summary) {
    console.log(
      `${String(row.nodes).padStart(5)}  ${String(row.edges).padStart(6)}  ${row.firstFrameMs.toFixed(0).padStart(8)} ms  ${row.frameMedianMs.toFixed(1).padStart(12)} ms  ${row.frameP95Ms.toFixed(1).padStart(10)} ms  ${row.fps.toFixed(1).padStart(7)}`,
    );
  }
  const reference = summary[0];
  const target = summary[summary.length - 1];
  if (reference && target) {
    console.log(
      `${target.nodes} / ${reference.nodes} nodes: first frame ×${(target.firstFrameMs / reference.firstFrameMs).toFixed(2)}, pan frame median ×${(target.frameMedianMs / reference.frameMedianMs).toFixed(2)}`,
    );
  }
} finally {
  await browser.close();
  await stopChild(web);
}
