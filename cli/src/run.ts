import type { Command } from 'commander';
import { GraphError } from '@arna/graph';

/**
 * Parses and runs; a typed error becomes one readable line and exit code 1, anything else
 * keeps its stack (it is a bug).
 */
export async function runCli(program: Command, argv: string[]): Promise<void> {
  try {
    await program.parseAsync(argv);
  } catch (error) {
    if (error instanceof GraphError || (error instanceof Error && 'code' in error)) {
      console.error(`arna: ${error.message}`);
    } else {
      console.error(error);
    }
    process.exitCode = 1;
  }
}
