import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root, found from this file so commands work from any folder. */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Where local state lives: the Neo4j data directory, the pid file, logs. */
export const stateDir = process.env['ARNA_STATE_DIR'] ?? path.join(repoRoot, '.arna');

export const cypherDir = path.join(repoRoot, 'cypher');

export interface ConnectionSettings {
  uri: string;
  user: string;
  password: string;
  database?: string;
}

/**
 * Connection settings from `NEO4J_URI`, `NEO4J_USER`, `NEO4J_PASSWORD` (and optional
 * `NEO4J_DATABASE`). Returns undefined when `NEO4J_URI` is unset: the local server is used.
 */
export function connectionFromEnv(
  env: NodeJS.ProcessEnv = process.env,
): ConnectionSettings | undefined {
  const uri = env['NEO4J_URI'];
  if (!uri) return undefined;
  const settings: ConnectionSettings = {
    uri,
    user: env['NEO4J_USER'] ?? 'neo4j',
    password: env['NEO4J_PASSWORD'] ?? '',
  };
  const database = env['NEO4J_DATABASE'];
  if (database) settings.database = database;
  return settings;
}
