import {
  closeSync,
  mkdtempSync,
  openSync,
  readdirSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateDrop } from '@arna/etl/synth';

/**
 * Synthetic drop generation: `generateDrop` at scale 50 (≈1M rows), against writing the same
 * number of bytes with plain buffered `writeSync` calls in the same run (the floor any
 * generator writing these files pays). Prints rows/s, MB/s, CPU seconds, peak RSS, and the
 * ratio of the two wall times.
 *
 *   npx tsx bench/synth.ts [--scale 50] [--seed 1]
 */
function option(name: string, fallback: string): string {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? (process.argv[at + 1] ?? fallback) : fallback;
}

const scale = Number(option('scale', '50'));
const seed = Number(option('seed', '1'));
const work = mkdtempSync(path.join(os.tmpdir(), 'arna-bench-synth-'));

try {
  const dir = path.join(work, 'drop');
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  const summary = generateDrop(dir, { scale, seed });
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  const peakRssMb = process.resourceUsage().maxRSS / 1024;
  const rows = Object.values(summary.rowsPerFile).reduce((s, n) => s + n, 0);
  const bytes = readdirSync(dir).reduce((s, f) => s + statSync(path.join(dir, f)).size, 0);

  // Reference: the same bytes written in 1 MiB chunks to one file.
  const chunk = Buffer.alloc(1024 * 1024, 'x');
  const refStarted = performance.now();
  const fd = openSync(path.join(work, 'reference.bin'), 'w');
  for (let left = bytes; left > 0; left -= chunk.length)
    writeSync(fd, chunk, 0, Math.min(left, chunk.length));
  closeSync(fd);
  const refSeconds = (performance.now() - refStarted) / 1000;

  console.log(
    `scale ${scale}, seed ${seed}: ${rows} rows, ${(bytes / 1e6).toFixed(1)} MB in ${Object.keys(summary.rowsPerFile).length} files`,
  );
  console.log(
    `generate: ${seconds.toFixed(1)} s wall, ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s CPU, ${Math.round(rows / seconds)} rows/s, ${(bytes / 1e6 / seconds).toFixed(1)} MB/s`,
  );
  console.log(`peak RSS: ${peakRssMb.toFixed(0)} MB`);
  console.log(
    `reference (plain write of the same bytes): ${refSeconds.toFixed(2)} s, ${(bytes / 1e6 / refSeconds).toFixed(0)} MB/s`,
  );
  console.log(`ratio generate / plain write: ${(seconds / refSeconds).toFixed(1)}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
