import os from 'node:os';
import louvainImpl from 'graphology-communities-louvain';
import { connect, cypherFile, resolveConnection } from '@arna/graph';
import {
  loadDomainConfig,
  louvain,
  projectForDetection,
  runDetection,
  type DetectionPhase,
} from '@arna/graph/detect';

/**
 * Detection speed on what is loaded (load a drop of ≥ 1M rows first, e.g.
 * `npx arna synth /tmp/drop --scale 50 && npx arna load /tmp/drop`): the phases of one full
 * `runDetection` (projection, Louvain, patterns, scoring, tracking, persistence), then the
 * Louvain phase against bare graphology Louvain on the same exported graph, same seed and
 * options, in the same run.
 *
 *   npx tsx bench/detect-speed.ts [--repeat 3]
 */
function option(name: string, fallback: string): string {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? (process.argv[at + 1] ?? fallback) : fallback;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

async function main(): Promise<void> {
  const repeat = Number(option('repeat', '3'));
  const executor = await connect(resolveConnection());
  try {
    const [count] = await executor.run(cypherFile('detect/count-rows'), {}, { mode: 'read' });
    console.log(
      `machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? '?'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB; ${new Date().toISOString()}`,
    );
    console.log(`database: ${executor.uri}; rows: ${JSON.stringify(count)}`);

    const phases: Partial<Record<DetectionPhase, number>> = {};
    const t0 = performance.now();
    const leads = await runDetection(executor, {
      onPhase: (phase, ms) => {
        phases[phase] = ms;
      },
    });
    const total = performance.now() - t0;
    console.log(`\n| phase | seconds |\n|---|---|`);
    for (const [phase, ms] of Object.entries(phases))
      console.log(`| ${phase} | ${(ms / 1000).toFixed(2)} |`);
    console.log(`| **total runDetection** | **${(total / 1000).toFixed(2)}** |`);
    console.log(`networks reported: ${leads.networks.length}`);

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
  }
}

await main();
