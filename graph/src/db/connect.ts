import { connectionFromEnv, type ConnectionSettings } from '../config.js';
import { DatabaseUnavailableError } from '../errors.js';
import { readPidFile } from '../server/local-server.js';
import { Executor } from './executor.js';

/**
 * Where to connect: `NEO4J_URI` when set, otherwise the local server of `arna db start`.
 * The local server runs without auth on loopback, so any credentials are accepted.
 */
export function resolveConnection(): ConnectionSettings {
  const fromEnv = connectionFromEnv();
  if (fromEnv) return fromEnv;
  const local = readPidFile();
  if (!local) {
    throw new DatabaseUnavailableError(
      'no database: set NEO4J_URI, or start the local server with `npx arna db start`',
    );
  }
  return { uri: local.uri, user: 'neo4j', password: 'local' };
}

/** Opens an executor and checks that the server answers. */
export async function connect(
  settings: ConnectionSettings = resolveConnection(),
): Promise<Executor> {
  const executor = Executor.create(settings);
  try {
    await executor.verify();
  } catch (error) {
    await executor.close();
    throw error;
  }
  return executor;
}
