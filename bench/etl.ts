import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { connect, cypherFile, migrate, startLocalServer, type Executor } from '@arna/graph';
import { discoverDrop, loadDrop, readDropRows } from '@arna/etl';
import { generateDrop } from '@arna/etl/synth';
import { ownCpuSeconds, processCpuSeconds } from './process-cpu.js';

/**
 * End-to-end ETL throughput: `arna load` of a synthetic drop (≥1M rows at the default
 * scale 52; 50 gives ≈976k) into an empty Neo4j, against a plain `UNWIND $rows … CREATE` of the same rows
 * (same files, same reader, same batch size) into another empty Neo4j in the same run.
 * Prints rows/s for both, their ratio, and the loader's peak RSS.
 *
 *   npx tsx bench/etl.ts [--scale 52] [--seed 1] [--batch 5000] [--heap 2g] [--pagecache 1g]
 *                        [--drop DIR] [--keep-db DIR]
 *
 * `--drop DIR` generates the drop there once and reuses it on later runs; `--keep-db DIR`
 * keeps the database `arna load` filled, for bench/api.ts and bench/detect-speed.ts.
 */
function option(name: string, fallback: string): string {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? (process.argv[at + 1] ?? fallback) : fallback;
}

const scale = Number(option('scale', '52'));
const seed = Number(option('seed', '1'));
const batchSize = Number(option('batch', '5000'));
const heap = option('heap', '2g');
const pageCache = option('pagecache', '1g');

const keptDropDir = option('drop', '');
const keptDbDir = option('keep-db', '');
if (keptDbDir && existsSync(keptDbDir)) {
  throw new Error(`--keep-db ${keptDbDir} exists: the load must start from an empty database`);
}

/** Runs `work` against a fresh database; also returns the CPU seconds Neo4j and Node spent. */
async function withServer<T>(
  work: (executor: Executor) => Promise<T>,
  keepIn = '',
): Promise<T & { neo4jCpu: number; nodeCpu: number }> {
  const dataDir = keepIn || mkdtempSync(path.join(os.tmpdir(), 'arna-bench-etl-db-'));
  const server = await startLocalServer({ dataDir, port: 0, heap, pageCache });
  const executor = await connect({ uri: server.uri, user: 'neo4j', password: 'bench' });
  try {
    await migrate(executor);
    const neo4jBefore = processCpuSeconds(server.pid);
    const nodeBefore = ownCpuSeconds();
    const result = await work(executor);
    return {
      ...result,
      neo4jCpu: processCpuSeconds(server.pid) - neo4jBefore,
      nodeCpu: ownCpuSeconds() - nodeBefore,
    };
  } finally {
    await executor.close();
    await server.stop();
    if (!keepIn) rmSync(dataDir, { recursive: true, force: true });
  }
}

/** The reference: every row of every file as one node, batched like the loader. */
async function plainUnwind(executor: Executor, dir: string): Promise<number> {
  const statement = cypherFile('bench/etl-unwind-create');
  let rows = 0;
  let batch: Record<string, string>[] = [];
  const flush = async () => {
    if (batch.length === 0) return;
    const params = { rows: batch };
    batch = [];
    await executor.transaction({ mode: 'write' }, (tx) => tx.run(statement, params));
  };
  for await (const row of readDropRows(dir)) {
    batch.push(row);
    rows++;
    if (batch.length >= batchSize) await flush();
  }
  await flush();
  return rows;
}

const dropDir = keptDropDir ? '' : mkdtempSync(path.join(os.tmpdir(), 'arna-bench-etl-drop-'));
const drop = keptDropDir || path.join(dropDir, 'drop');
try {
  const generated = performance.now();
  const reused = existsSync(drop);
  if (!reused) generateDrop(drop, { scale, seed });
  const listing = await discoverDrop(drop);
  console.log(
    `drop: scale ${scale}, seed ${seed}, ${listing.files.length} files, ${reused ? 'reused from an earlier run' : 'generated'} in ${((performance.now() - generated) / 1000).toFixed(1)} s`,
  );

  const etl = await withServer(async (executor) => {
    const started = performance.now();
    const summary = await loadDrop(executor, drop, { batchSize });
    return { summary, seconds: (performance.now() - started) / 1000 };
  }, keptDbDir);
  const peakRssMb = process.resourceUsage().maxRSS / 1024;
  const etlRate = etl.summary.totals.read / etl.seconds;

  const plain = await withServer(async (executor) => {
    const started = performance.now();
    const rows = await plainUnwind(executor, drop);
    return { rows, seconds: (performance.now() - started) / 1000 };
  });
  const plainRate = plain.rows / plain.seconds;

  const t = etl.summary.totals;
  console.log(
    `arna load:      ${t.read} rows (${t.loaded} loaded, ${t.rejected} rejected, ${t.merged} merged) in ${etl.seconds.toFixed(1)} s = ${Math.round(etlRate)} rows/s`,
  );
  console.log(
    `plain UNWIND:   ${plain.rows} rows in ${plain.seconds.toFixed(1)} s = ${Math.round(plainRate)} rows/s`,
  );
  console.log(`ratio load / plain UNWIND: ${(etlRate / plainRate).toFixed(2)}`);
  const perRow = (cpu: number, rows: number) => ((cpu * 1e6) / rows).toFixed(0);
  console.log(
    `CPU per row: arna load Neo4j ${perRow(etl.neo4jCpu, t.read)} µs + Node ${perRow(etl.nodeCpu, t.read)} µs; plain UNWIND Neo4j ${perRow(plain.neo4jCpu, plain.rows)} µs + Node ${perRow(plain.nodeCpu, plain.rows)} µs; ratio of total CPU per row plain / load: ${((plain.neo4jCpu + plain.nodeCpu) / plain.rows / ((etl.neo4jCpu + etl.nodeCpu) / t.read)).toFixed(2)}`,
  );
  console.log(`peak RSS of this process (loader side): ${Math.round(peakRssMb)} MB`);
  console.log(
    `machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? '?'}, ${Math.round(os.totalmem() / 2 ** 30)} GB; Neo4j heap ${heap}, page cache ${pageCache}; batch ${batchSize}`,
  );
} finally {
  if (dropDir) rmSync(dropDir, { recursive: true, force: true });
}
