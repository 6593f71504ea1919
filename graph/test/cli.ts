import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { repoRoot } from '../src/config.js';
import type { Executor } from '../src/db/executor.js';

const run = promisify(execFile);

export interface CliRun {
  /** Exit code (0 on success). */
  code: number;
  stdout: string;
  /** stdout and stderr together, for messages that may go to either. */
  out: string;
}

/**
 * Runs the `arna` CLI (`cli/bin/arna.js`) as a child process from the repository root, the
 * way an operator would. Resolves with the exit code and output; a failing command does not
 * reject, so a test can assert on its message.
 */
export async function runArna(args: readonly string[], env: NodeJS.ProcessEnv): Promise<CliRun> {
  try {
    const { stdout, stderr } = await run(
      process.execPath,
      [path.join(repoRoot, 'cli/bin/arna.js'), ...args],
      { cwd: repoRoot, env },
    );
    return { code: 0, stdout, out: stdout + stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, out: failed.stdout + failed.stderr };
  }
}

/** The environment that points the CLI at the database of `executor` (the test run's). */
export function databaseEnv(executor: Executor): NodeJS.ProcessEnv {
  return { ...process.env, NEO4J_URI: executor.uri, NEO4J_USER: 'neo4j', NEO4J_PASSWORD: 'test' };
}
