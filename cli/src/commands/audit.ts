import type { Command } from 'commander';
import { connect } from '@arna/graph';
import { verifyAudit } from '@arna/graph/app';

export function registerAuditCommands(program: Command): void {
  const audit = program.command('audit').description('the hash-chained audit log');

  audit
    .command('verify')
    .description('check the whole chain; exit code 2 and the first broken seq if tampered')
    .action(async () => {
      const executor = await connect();
      try {
        const result = await verifyAudit(executor);
        if (result.ok) {
          console.log(`audit chain intact: ${result.entries} entries, last seq ${result.lastSeq}`);
        } else {
          console.error(`audit chain BROKEN at seq ${result.firstBrokenSeq}: ${result.reason}`);
          process.exitCode = 2;
        }
      } finally {
        await executor.close();
      }
    });
}
