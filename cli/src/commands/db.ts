import type { Command } from 'commander';
import { dbMigrate, dbStart, dbStatus, dbStop } from '@arna/graph';

export function registerDbCommands(program: Command): void {
  const db = program
    .command('db')
    .description('the Neo4j database (local server unless NEO4J_URI is set)');

  db.command('start')
    .description('start the local Neo4j in the background and apply the schema')
    .option('--port <port>', 'Bolt port on 127.0.0.1 (0 = any free port)', '7687')
    .action(async (options: { port: string }) => {
      const result = await dbStart({
        port: Number(options.port),
        log: (line) => console.log(line),
      });
      switch (result.state) {
        case 'started':
          console.log(
            `Neo4j started: ${result.server.uri} (pid ${result.server.pid}, ${result.seconds.toFixed(1)} s, ${result.migrated} schema statements applied)`,
          );
          break;
        case 'already-running':
          console.log(`Neo4j is already running: ${result.server.uri} (pid ${result.server.pid})`);
          break;
        case 'external':
          console.log(
            `NEO4J_URI is set: using ${result.uri}; ${result.migrated} schema statements applied`,
          );
          break;
      }
    });

  db.command('stop')
    .description('stop the local Neo4j cleanly')
    .action(async () => {
      const result = await dbStop();
      console.log(
        result.state === 'stopped' ? `Neo4j stopped (pid ${result.pid})` : 'Neo4j is not running',
      );
    });

  db.command('status')
    .description('is the database running and answering')
    .action(async () => {
      const status = await dbStatus();
      switch (status.state) {
        case 'running':
          console.log(
            `running: ${status.server.uri} (pid ${status.server.pid}, data ${status.server.dataDir})${status.answers ? '' : ' — NOT answering'}`,
          );
          break;
        case 'external':
          console.log(`external: ${status.uri}${status.answers ? '' : ' — NOT answering'}`);
          break;
        case 'stopped':
          console.log('stopped');
          process.exitCode = 3;
          return;
      }
      // As LSB init scripts say it: 1 when the process is there but the service is not.
      if (!status.answers) process.exitCode = 1;
    });

  db.command('migrate')
    .description('apply cypher/schema (idempotent)')
    .action(async () => {
      const { statements } = await dbMigrate();
      console.log(`schema applied: ${statements} statements`);
    });
}
