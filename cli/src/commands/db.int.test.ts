import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Executor } from '@arna/graph';
import { runArna } from '@arna/graph/testing';

const stateDir = mkdtempSync(path.join(os.tmpdir(), 'arna-cli-db-'));
// The local server is used only when NEO4J_URI is unset.
const env = Object.fromEntries(
  Object.entries({
    ...process.env,
    ARNA_STATE_DIR: stateDir,
    ARNA_NEO4J_HEAP: '512m',
    ARNA_NEO4J_PAGECACHE: '128m',
  }).filter(([key]) => !key.startsWith('NEO4J_')),
);

/** stdout of a command that must succeed. */
async function arnaCli(...args: string[]): Promise<string> {
  const result = await runArna(args, env);
  if (result.code !== 0)
    throw new Error(`arna ${args.join(' ')} exited ${result.code}: ${result.out}`);
  return result.stdout;
}

describe('arna db start|status|stop', () => {
  afterAll(async () => {
    await arnaCli('db', 'stop').catch(() => undefined);
    rmSync(stateDir, { recursive: true, force: true });
  });

  it('starts in the background, answers Cypher, reports a second start, and stops cleanly', async () => {
    const started = await arnaCli('db', 'start', '--port', '0');
    const uri = /Neo4j started: (bolt:\/\/127\.0\.0\.1:\d+)/.exec(started)?.[1];
    expect(uri).toBeDefined();

    const executor = Executor.create({ uri: uri!, user: 'neo4j', password: 'any' });
    await executor.run('CREATE (:RoundTrip {v: 1})', {}, { mode: 'write' });
    expect(await executor.run('MATCH (r:RoundTrip) RETURN r.v AS v')).toEqual([{ v: 1 }]);
    await executor.close();

    expect(await arnaCli('db', 'start')).toMatch(/already running/);
    expect(await arnaCli('db', 'status')).toMatch(/^running: bolt/);
    expect(await arnaCli('db', 'stop')).toMatch(/Neo4j stopped/);
    const stopped = await runArna(['db', 'status'], env);
    expect(stopped.code).not.toBe(0);
    expect(stopped.stdout).toBe('stopped\n');
  });
});

describe('arna db status of a server that does not answer', () => {
  it('says so and exits with 1', async () => {
    const silentState = mkdtempSync(path.join(os.tmpdir(), 'arna-cli-silent-'));
    try {
      // A live process (this test's) recorded as the server, on a port nothing listens on.
      writeFileSync(
        path.join(silentState, 'neo4j.pid.json'),
        JSON.stringify({
          pid: process.pid,
          uri: 'bolt://127.0.0.1:1',
          dataDir: silentState,
          startedAt: new Date().toISOString(),
        }),
      );
      const status = await runArna(['db', 'status'], { ...env, ARNA_STATE_DIR: silentState });
      expect(status.code).toBe(1);
      expect(status.stdout).toMatch(/^running: bolt:\/\/127\.0\.0\.1:1 .*NOT answering/);
    } finally {
      rmSync(silentState, { recursive: true, force: true });
    }
  });
});
