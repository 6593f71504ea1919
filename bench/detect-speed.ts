import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import louvainImpl from 'graphology-communities-louvain';
import {
  connect,
  cypherFile,
  migrate,
  resolveConnection,
  startLocalServer,
  type Executor,
  type LocalServer,
} from '@arna/graph';
import { loadDrop } from '@arna/etl';
import { generateDrop } from '@arna/etl/synth';
import {
  loadDomainConfig,
  louvain,
  projectForDetection,
  runDetection,
  type DetectionPhase,
} from '@arna/graph/detect';
import { loadAverage, ownCpuSeconds, processCpuSeconds } from './process-cpu.js';

/**
 * Detection speed: the phases of one full `runDetection` (projection, Louvain, patterns,
 * scoring, tracking, persistence) with the time of each pattern, then the Louvain phase
 * against bare graphology Louvain on the same exported graph, same seed and options, in the
 * same run.
 *
 *   npx tsx bench/detect-speed.ts [--uri bolt://… | --data-dir DIR] [--scale 52] [--seed 1]
 *                                 [--runs 1] [--repeat 3] [--heap 4g] [--pagecache 3g]
 *
 * `--uri` measures that database as it is (`arna db start`'s when neither option is given).
 * `--data-dir` starts its own Neo4j on DIR and keeps it: when DIR holds no events yet, it
 * generates the synthetic drop (`arna synth`, scale 52 ≈ 1M rows) and loads it (`arna load`)
 * first, so a re-run measures detection without reloading. A first run on a database
 * writes every community id; later runs rewrite only those that changed. The CPU seconds of
 * this process and of the Neo4j JVM (when the benchmark started it) are printed beside the
 * wall times: on a shared machine they are the figures other work does not inflate.
 * `--runs N` runs detection N times on the same server: the first pays for a fresh JVM (every
 * query compiled, the page cache filled from disk), the later ones are what a detection on
 * a running database costs. `--repeat` is the number of Louvain comparisons.
 */
function option(name: string, fallback: string): string {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? (process.argv[at + 1] ?? fallback) : fallback;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

/** The database to measure, with the server to stop when the benchmark started one. */
async function database(): Promise<{ executor: Executor; server?: LocalServer }> {
  const uri = option('uri', '');
  const dataDir = option('data-dir', '');
  if (uri) {
    const user = process.env['NEO4J_USER'] ?? 'neo4j';
    return {
      executor: await connect({ uri, user, password: process.env['NEO4J_PASSWORD'] ?? '' }),
    };
  }
  if (!dataDir) return { executor: await connect(resolveConnection()) };
  const server = await startLocalServer({
    dataDir,
    port: 0,
    heap: option('heap', '4g'),
    pageCache: option('pagecache', '3g'),
  });
  const executor = await connect({ uri: server.uri, user: 'neo4j', password: 'bench' });
  await migrate(executor);
  const [size] = await executor.run(cypherFile('bench/count-rows'), {}, { mode: 'read' });
  if (Number(size?.['events'] ?? 0) === 0) {
    const work = mkdtempSync(path.join(os.tmpdir(), 'arna-bench-detect-drop-'));
    const drop = path.join(work, 'drop');
    let t = performance.now();
    generateDrop(drop, { scale: Number(option('scale', '52')), seed: Number(option('seed', '1')) });
    console.log(`synth: ${((performance.now() - t) / 1000).toFixed(1)} s`);
    t = performance.now();
    await loadDrop(executor, drop);
    console.log(`load: ${((performance.now() - t) / 1000).toFixed(1)} s`);
    rmSync(work, { recursive: true, force: true });
  }
  return { executor, server };
}

/** One `runDetection` with its phases, patterns and the CPU both processes spent. */
async function measureDetection(executor: Executor, server?: LocalServer): Promise<void> {
  const phases: Partial<Record<DetectionPhase, number>> = {};
  const patterns: string[] = [];
  const loadBefore = loadAverage();
  const cpuBefore = { node: ownCpuSeconds(), neo4j: server ? processCpuSeconds(server.pid) : 0 };
  const t0 = performance.now();
  const leads = await runDetection(executor, {
    onPhase: (phase, ms) => {
      phases[phase] = ms;
    },
    onPattern: (id, ms, hits) => {
      patterns.push(`| ${id} | ${(ms / 1000).toFixed(2)} | ${hits} |`);
    },
  });
  const total = performance.now() - t0;
  const nodeCpu = ownCpuSeconds() - cpuBefore.node;
  const neo4jCpu = server ? (processCpuSeconds(server.pid) - cpuBefore.neo4j).toFixed(1) : '?';
  console.log(`\n| phase | seconds |\n|---|---|`);
  for (const [phase, ms] of Object.entries(phases))
    console.log(`| ${phase} | ${(ms / 1000).toFixed(2)} |`);
  if (phases['community ids'] === undefined) console.log('| community ids | none changed |');
  console.log(`| **total runDetection** | **${(total / 1000).toFixed(2)}** |`);
  console.log(`networks reported: ${leads.networks.length}`);
  console.log(
    `CPU seconds during runDetection: Node ${nodeCpu.toFixed(1)}, Neo4j ${neo4jCpu}; ` +
      `load average ${loadBefore} before, ${loadAverage()} after`,
  );
  console.log(`\n| pattern (two run at a time) | seconds | hits |\n|---|---|---|`);
  for (const line of patterns) console.log(line);
}

async function main(): Promise<void> {
  const repeat = Number(option('repeat', '3'));
  const { executor, server } = await database();
  try {
    const [count] = await executor.run(cypherFile('bench/count-rows'), {}, { mode: 'read' });
    console.log(
      `machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? '?'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB; ${new Date().toISOString()}`,
    );
    console.log(`database: ${executor.uri}; rows: ${JSON.stringify(count)}`);

    const runs = Number(option('runs', '1'));
    for (let run = 1; run <= runs; run++) {
      console.log(
        `\n### run ${run} of ${runs}: ${run === 1 ? 'first on this server (cold caches, queries compiled)' : 'again on the running server'}`,
      );
      await measureDetection(executor, server);
    }

    const graph = await projectForDetection(executor);
    const { seed, resolution } = loadDomainConfig().detection;
    console.log(`\nprojection: ${graph.order} nodes, ${graph.size} edges`);
    const ours: number[] = [];
    const bare: number[] = [];
    let rngState = 0;
    for (let i = 0; i < repeat; i++) {
      let t = performance.now();
      louvain(graph, { seed, resolution });
      ours.push(performance.now() - t);
      // Reference: the library itself with the same options and an equally cheap seeded rng.
      rngState = seed;
      t = performance.now();
      louvainImpl(graph, {
        getEdgeWeight: 'weight',
        resolution,
        rng: () => {
          rngState = (rngState * 1664525 + 1013904223) >>> 0;
          return rngState / 4294967296;
        },
      });
      bare.push(performance.now() - t);
    }
    console.log(
      `Louvain (Arna wrapper, detailed, Mulberry32): median ${(median(ours) / 1000).toFixed(2)} s over ${repeat}`,
    );
    console.log(
      `bare graphology-communities-louvain: median ${(median(bare) / 1000).toFixed(2)} s`,
    );
    console.log(`ratio Arna / bare: ${(median(ours) / median(bare)).toFixed(2)}`);
  } finally {
    await executor.close();
    await server?.stop();
  }
}

await main();
