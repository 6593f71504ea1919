import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Executor } from '@arna/graph';
import { loadDrop } from '@arna/etl';
import { generateDrop } from '@arna/etl/synth';
import { testExecutor, resetDatabase } from '@arna/graph/testing';
import { createUser, type Role } from '@arna/graph/app';
import { startApiServer, type ApiServer } from '../src/index.js';
import { ApiClient } from './api-client.js';

export const PASSWORD = 'correct horse battery';

/** One user per role, named after it (`investigator`, `analyst`, …). */
export const ROLE_USERS: Record<Role, string> = {
  INVESTIGATOR: 'investigator',
  ANALYST: 'analyst',
  SUPERVISOR: 'supervisor',
  ADMIN: 'admin',
};

export interface TestApi {
  executor: Executor;
  server: ApiServer;
  /** A fresh client with the CSRF cookie, signed in as the user of `role` when given. */
  client(role?: Role): Promise<ApiClient>;
  close(): Promise<void>;
}

/** Empty graph, one user per role, an API on a free loopback port. */
export async function startTestApi(): Promise<TestApi> {
  const executor = testExecutor();
  await resetDatabase(executor);
  for (const [role, username] of Object.entries(ROLE_USERS)) {
    await createUser(executor, { username, role, password: PASSWORD });
  }
  const server = await startApiServer({ executor, port: 0 });
  return {
    executor,
    server,
    async client(role) {
      const client = await new ApiClient(server.url).start();
      if (role) {
        const result = await client.login(ROLE_USERS[role], PASSWORD);
        if (result.errors.length > 0)
          throw new Error(`login failed: ${JSON.stringify(result.errors)}`);
      }
      return client;
    },
    async close() {
      await server.close();
      await executor.close();
    },
  };
}

/** A small synthetic drop (planted channels among background noise), loaded. */
export async function loadSyntheticDrop(executor: Executor, scale = 0.1): Promise<void> {
  const parent = mkdtempSync(path.join(os.tmpdir(), 'arna-api-drop-'));
  try {
    const dir = path.join(parent, 'drop');
    generateDrop(dir, { scale, seed: 11 });
    await loadDrop(executor, dir);
  } finally {
    rmSync(parent, { recursive: true, force: true });
  }
}
