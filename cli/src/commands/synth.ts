import { InvalidArgumentError, type Command } from 'commander';
import { generateDrop } from '@arna/etl/synth';

function number(text: string): number {
  const n = Number(text);
  if (text.trim() === '' || !Number.isFinite(n)) throw new InvalidArgumentError('not a number');
  return n;
}

export function registerSynthCommands(program: Command): void {
  program
    .command('synth')
    .description(
      'write a synthetic drop (a whole country with planted channels) and its ground truth <dir>.truth.json',
    )
    .argument('<dir>', 'folder to write the drop into (new, empty, or an earlier synthetic drop)')
    .option('--scale <s>', 'size: 1 ≈ 20,000 rows, 50 ≈ 1M rows', number, 1)
    .option('--seed <n>', 'seed of the generator (same seed → same files)', number, 1)
    .action((dir: string, options: { scale: number; seed: number }) => {
      const summary = generateDrop(dir, { scale: options.scale, seed: options.seed });
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
