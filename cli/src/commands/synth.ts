import type { Command } from 'commander';
import { generateDrop } from '@arna/etl/synth';

function parseNumber(name: string, text: string): number {
  const n = Number(text);
  if (!Number.isFinite(n)) throw new Error(`arna synth: ${name} must be a number, got "${text}"`);
  return n;
}

export function registerSynthCommands(program: Command): void {
  program
    .command('synth')
    .description(
      'write a synthetic drop (a whole country with planted channels) and its ground truth <dir>.truth.json',
    )
    .argument('<dir>', 'folder to write the drop into (new or empty)')
    .option('--scale <s>', 'size: 1 ≈ 20,000 rows, 50 ≈ 1M rows', '1')
    .option('--seed <n>', 'seed of the generator (same seed → same files)', '1')
    .action((dir: string, options: { scale: string; seed: string }) => {
      const summary = generateDrop(dir, {
        scale: parseNumber('--scale', options.scale),
        seed: parseNumber('--seed', options.seed),
      });
      const width = Math.max(...Object.keys(summary.rowsPerFile).map((f) => f.length));
      let total = 0;
      for (const [file, rows] of Object.entries(summary.rowsPerFile)) {
        console.log(`${file.padEnd(width)}  ${String(rows).padStart(9)}`);
        total += rows;
      }
      console.log(`${'total'.padEnd(width)}  ${String(total).padStart(9)}`);
      const networks = Object.entries(summary.networksPerTypology)
        .map(([t, n]) => `${t} ${n}`)
        .join(', ');
      console.log(`planted networks: ${networks}`);
      console.log(
        `bad rows ${summary.badRows}, identity variants ${summary.identityVariants}, document conflicts ${summary.documentConflicts}`,
      );
      console.log(`truth: ${summary.truthPath}`);
      console.log(`seed ${summary.seed}, scale ${summary.scale}, ${summary.seconds.toFixed(1)} s`);
    });
}
