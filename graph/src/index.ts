export * from './errors.js';
export {
  repoRoot,
  stateDir,
  cypherDir,
  connectionFromEnv,
  type ConnectionSettings,
} from './config.js';
export {
  Executor,
  toPlain,
  type AccessMode,
  type Params,
  type Row,
  type RunOptions,
  type Transaction,
} from './db/executor.js';
export { connect, resolveConnection } from './db/connect.js';
export { migrate } from './db/migrate.js';
export { cypherFile, cypherFilesIn, splitStatements } from './db/cypher-files.js';
export { mulberry32 } from './analytics/rng.js';
export {
  startLocalServer,
  type LocalServer,
  type LocalServerOptions,
} from './server/local-server.js';
export {
  dbStart,
  dbStop,
  dbStatus,
  dbMigrate,
  type DbStartResult,
  type DbStatus,
} from './server/db-commands.js';
