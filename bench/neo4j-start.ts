import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startLocalServer } from '@arna/graph';

/**
 * First start (empty data directory: store creation) against warm start (same directory
 * again) of the local Neo4j launcher. Prints seconds and the warm/first ratio.
 */
async function timeStart(dataDir: string): Promise<number> {
  const startedAt = performance.now();
  const server = await startLocalServer({ dataDir, port: 0, heap: '1g', pageCache: '256m' });
  const seconds = (performance.now() - startedAt) / 1000;
  await server.stop();
  return seconds;
}

const dataDir = mkdtempSync(path.join(os.tmpdir(), 'arna-bench-start-'));
try {
  const first = await timeStart(dataDir);
  const warm = [await timeStart(dataDir), await timeStart(dataDir), await timeStart(dataDir)];
  const warmMedian = [...warm].sort((a, b) => a - b)[1] ?? Number.NaN;
  console.log(`first start (fresh data dir): ${first.toFixed(2)} s`);
  console.log(
    `warm start (median of 3):      ${warmMedian.toFixed(2)} s  [${warm.map((s) => s.toFixed(2)).join(', ')}]`,
  );
  console.log(`warm / first: ${(warmMedian / first).toFixed(2)}`);
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
