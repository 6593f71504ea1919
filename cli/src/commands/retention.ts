import os from 'node:os';
import type { Command } from 'commander';
import { connect } from '@arna/graph';
import { applyRetention, retentionConfigPath } from '@arna/graph/app';

export function registerRetentionCommands(program: Command): void {
  const retention = program
    .command('retention')
    .description(`retention of event facts (${retentionConfigPath})`);

  retention
    .command('apply')
    .description(
      'purge event facts older than the configured period, and entities left without facts (audited)',
    )
    .option('--dry-run', 'only count the event facts that would be purged')
    .action(async (options: { dryRun?: boolean }) => {
      const executor = await connect();
      try {
        const result = await applyRetention(executor, {
          operator: `cli:${os.userInfo().username}`,
          dryRun: options.dryRun ?? false,
        });
        const verb = result.dryRun ? 'would purge' : 'purged';
        console.log(
          `retention (${result.eventFactsDays} days, facts before ${result.cutoff}): ${verb} ${result.events} event facts` +
            (result.dryRun
              ? ''
              : `, ${result.foreigners} foreigners, ${result.documents} documents, ${result.orphans} vehicles/addresses left without facts`),
        );
      } finally {
        await executor.close();
      }
    });
}
