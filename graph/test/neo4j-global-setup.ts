import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { connect } from '../src/db/connect.js';
import { migrate } from '../src/db/migrate.js';
import { startLocalServer } from '../src/server/local-server.js';

/**
 * Starts a real Neo4j (fresh data directory, free port) for the integration tests of this
 * run and applies the schema. Tests reach it through `NEO4J_URI`.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'arna-neo4j-test-'));
  const server = await startLocalServer({
    dataDir,
    port: 0,
    heap: '1g',
    pageCache: '256m',
    log: (line) => console.log(line),
  });
  process.env['NEO4J_URI'] = server.uri;
  process.env['NEO4J_USER'] = 'neo4j';
  process.env['NEO4J_PASSWORD'] = 'test';
  project.provide('neo4jUri', server.uri);
  const executor = await connect({ uri: server.uri, user: 'neo4j', password: 'test' });
  await migrate(executor);
  await executor.close();
  return async () => {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    neo4jUri: string;
  }
}
