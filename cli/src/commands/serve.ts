import type { Command } from 'commander';
import { connect } from '@arna/graph';
import { warmUpInBackground } from '../warm-up.js';

export function registerServeCommands(program: Command): void {
  program
    .command('serve')
    .description('start the GraphQL API (POST /graphql, GET /briefs/<networkId>.pdf)')
    .option('--host <host>', 'address to listen on', '127.0.0.1')
    .option('--port <port>', 'port (default ARNA_API_PORT or 4000; 0 = any free port)')
    .action(async (options: { host: string; port?: string }) => {
      // Loaded here, not at the top: every other command would otherwise pay for Apollo.
      const { startApiServer } = await import('@arna/api');
      const executor = await connect();
      const server = await startApiServer({
        executor,
        host: options.host,
        ...(options.port === undefined ? {} : { port: Number(options.port) }),
      });
      console.log(`Arna API listening on ${server.url}/graphql (database ${executor.uri})`);
      warmUpInBackground(executor);
      const stop = async () => {
        await server.close();
        await executor.close();
        process.exit(0);
      };
      process.once('SIGINT', () => void stop());
      process.once('SIGTERM', () => void stop());
    });
}
