import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/**
 * Runs `arna start` as a user would, but isolated: its own state folder (Neo4j data, sample
 * drop), free ports, a small synthetic drop, and a fresh `next build` (so a type error in
 * web/ fails the e2e tests) into its own build folder. The tests get the printed URL.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const stateDir = mkdtempSync(path.join(os.tmpdir(), 'arna-e2e-'));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ARNA_STATE_DIR: stateDir,
    ARNA_WEB_DIST_DIR: '.next/e2e',
    ARNA_NEO4J_HEAP: '1g',
    ARNA_NEO4J_PAGECACHE: '256m',
    // The browser talks plain http on loopback.
    ARNA_COOKIE_SECURE: '0',
  };
  // The integration project's global setup points NEO4J_URI at its own database.
  delete env['NEO4J_URI'];
  delete env['NEO4J_USER'];
  delete env['NEO4J_PASSWORD'];
  const child = spawn(
    process.execPath,
    [
      path.join(repoRoot, 'cli', 'bin', 'arna.js'),
      'start',
      '--web-port',
      '0',
      '--api-port',
      '0',
      '--db-port',
      '0',
      '--scale',
      '0.2',
      '--seed',
      '11',
      '--rebuild',
    ],
    { cwd: repoRoot, env, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const url = await readyUrl(child);
  project.provide('arnaUrl', url);
  return async () => {
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGINT');
      // unref: a pending timer would hold the test process open after `arna start` has exited
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 120_000).unref())]);
      if (child.exitCode === null) child.kill('SIGKILL');
    }
    rmSync(stateDir, { recursive: true, force: true });
  };
}

/** Resolves with the URL `arna start` prints when everything runs; rejects with its output if it exits. */
function readyUrl(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const match = /Arna is ready: (http:\/\/\S+)/.exec(output);
      if (match?.[1]) resolve(match[1].replace('localhost', '127.0.0.1'));
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) =>
      reject(
        new Error(
          `arna start exited with code ${code} before it was ready:\n${output.slice(-6000)}`,
        ),
      ),
    );
  });
}

declare module 'vitest' {
  export interface ProvidedContext {
    arnaUrl: string;
  }
}
