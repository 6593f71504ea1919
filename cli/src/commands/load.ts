import { createWriteStream } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { InvalidArgumentError, type Command } from 'commander';
import { connect } from '@arna/graph';
import {
  formatSummary,
  loadDrop,
  progressReporter,
  summaryJson,
  type RejectedRow,
} from '@arna/etl';

function positiveInteger(text: string): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('must be a positive integer');
  return n;
}

export function registerLoadCommands(program: Command): void {
  program
    .command('load')
    .description('load a drop folder (CSV/JSONL) into the graph: validated, resolved, resumable')
    .argument('<dir>', 'the drop folder')
    .option('--json <file>', 'write the summary as JSON')
    .option(
      '--rejects <file>',
      'write every rejected row as JSON lines (file, line, field, reason, message, raw)',
    )
    .option('--batch-size <rows>', 'rows per transaction', positiveInteger, 5000)
    .action(
      async (dir: string, options: { json?: string; rejects?: string; batchSize: number }) => {
        const rejects = options.rejects ? createWriteStream(options.rejects) : null;
        const onReject = (row: RejectedRow) => rejects?.write(`${JSON.stringify(row)}\n`);
        const executor = await connect();
        try {
          const summary = await loadDrop(executor, dir, {
            batchSize: options.batchSize,
            onEvent: progressReporter(),
            onReject,
          });
          console.log(formatSummary(summary));
          if (options.json)
            await writeFile(options.json, `${JSON.stringify(summaryJson(summary), null, 2)}\n`);
        } finally {
          await executor.close();
          if (rejects) await new Promise((resolve) => rejects.end(resolve));
        }
      },
    );
}
