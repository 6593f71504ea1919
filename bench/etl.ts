import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { connect, cypherFile, migrate, startLocalServer, type Executor } from '@arna/graph';
import { discoverDrop, loadDrop, readDropRows } from '@arna/etl';
import { generateDrop } from '@arna/etl/synth';

/**
 * End-to-end ETL throughput: `arna load` of a synthetic drop (≥1M rows at the default
 * scale 52; 50 gives ≈976k) into an empty Neo4j, against a plain `UNWIND $rows … CREATE` of the same rows
 * (same files, same reader, same batch size) into another empty Neo4j in the same run.
 * Prints rows/s for both, their ratio, and the loader's peak RSS.
 *
 *   npx tsx bench/etl.ts [--scale 52] [--seed 1] [--batch 5000] [--heap 2g] [--pagecache 1g]
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

async function withServer<T>(work: (executor: Executor) => Promise<T>): Promise<T> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'arna-bench-etl-db-'));
  const server = await startLocalServer({ dataDir, port: 0, heap, pageCache });
  const executor = await connect({ uri: server.uri, user: 'neo4j', password: 'bench' });
  try {
    await migrate(executor);
    return await work(executor);
  } finally {
    await executor.close();
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** The reference: every row of every file as one node, batched like the loader. */
async function plainUnwind(executor: Executor, dir: string): Promise<number> {
  const statement = cypherFile('etl/bench-unwind-create');
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

const dropDir = mkdtempSync(path.join(os.tmpdir(), 'arna-bench-etl-drop-'));
const drop = path.join(dropDir, 'drop');
try {
  const generated = performance.now();
  generateDrop(drop, { scale, seed });
  const listing = await discoverDrop(drop);
  console.log(
    `drop: scale ${scale}, seed ${seed}, ${listing.files.length} files, generated in ${((performance.now() - generated) / 1000).toFixed(1)} s`,
  );

  const etl = await withServer(async (executor) => {
    const started = performance.now();
    const summary = await loadDrop(executor, drop, { batchSize });
    return { summary, seconds: (performance.now() - started) / 1000 };
  });
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
  console.log(`peak RSS of this process (loader side): ${Math.round(peakRssMb)} MB`);
  console.log(
    `machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? '?'}, ${Math.round(os.totalmem() / 2 ** 30)} GB; Neo4j heap ${heap}, page cache ${pageCache}; batch ${batchSize}`,
  );
} finally {
  rmSync(dropDir, { recursive: true, force: true });
}
