import { connectionFromEnv } from '../config.js';
import { connect } from '../db/connect.js';
import { migrate } from '../db/migrate.js';
import {
  defaultDataDir,
  readPidFile,
  removePidFile,
  startLocalServer,
  stopProcess,
  writePidFile,
  type PidFile,
} from './local-server.js';

export type DbStartResult =
  | { state: 'started'; server: PidFile; seconds: number; migrated: number }
  | { state: 'already-running'; server: PidFile }
  | { state: 'external'; uri: string; migrated: number };

/**
 * `arna db start`: starts the local server in the background (unless `NEO4J_URI` points
 * elsewhere), waits for Bolt, and applies the schema.
 */
export async function dbStart(
  options: { port?: number; dataDir?: string; log?: (line: string) => void } = {},
): Promise<DbStartResult> {
  const external = connectionFromEnv();
  if (external) {
    const executor = await connect(external);
    try {
      const { statements } = await migrate(executor);
      return { state: 'external', uri: external.uri, migrated: statements };
    } finally {
      await executor.close();
    }
  }
  const running = readPidFile();
  if (running) return { state: 'already-running', server: running };

  const startedAt = Date.now();
  const dataDir = options.dataDir ?? defaultDataDir;
  const server = await startLocalServer({
    dataDir,
    port: options.port ?? 7687,
    detached: true,
    heap: process.env['ARNA_NEO4J_HEAP'] ?? '2g',
    pageCache: process.env['ARNA_NEO4J_PAGECACHE'] ?? '1g',
    ...(options.log ? { log: options.log } : {}),
  });
  const record: PidFile = {
    pid: server.pid,
    uri: server.uri,
    dataDir,
    startedAt: new Date().toISOString(),
  };
  writePidFile(record);
  const executor = await connect({ uri: server.uri, user: 'neo4j', password: 'local' });
  try {
    const { statements } = await migrate(executor);
    return {
      state: 'started',
      server: record,
      seconds: (Date.now() - startedAt) / 1000,
      migrated: statements,
    };
  } finally {
    await executor.close();
  }
}

/** `arna db stop`: stops the background server cleanly. */
export async function dbStop(): Promise<{ state: 'stopped' | 'not-running'; pid?: number }> {
  const running = readPidFile();
  if (!running) return { state: 'not-running' };
  await stopProcess(running.pid);
  removePidFile();
  return { state: 'stopped', pid: running.pid };
}

export type DbStatus =
  | { state: 'running'; server: PidFile; answers: boolean }
  | { state: 'external'; uri: string; answers: boolean }
  | { state: 'stopped' };

/** `arna db status`: is the server running and does Bolt answer. */
export async function dbStatus(): Promise<DbStatus> {
  const external = connectionFromEnv();
  const running = external ? undefined : readPidFile();
  if (!external && !running) return { state: 'stopped' };
  let answers = true;
  try {
    const executor = await connect(
      external ?? { uri: running!.uri, user: 'neo4j', password: 'local' },
    );
    await executor.close();
  } catch {
    answers = false;
  }
  return external
    ? { state: 'external', uri: external.uri, answers }
    : { state: 'running', server: running!, answers };
}

/** `arna db migrate`: applies `cypher/schema` to the configured database. */
export async function dbMigrate(): Promise<{ statements: number }> {
  const executor = await connect();
  try {
    return await migrate(executor);
  } finally {
    await executor.close();
  }
}
