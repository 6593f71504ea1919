import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import path from 'node:path';
import type { Command } from 'commander';
import {
  connect,
  cypherFile,
  dbStart,
  dbStop,
  repoRoot,
  stateDir,
  type Executor,
} from '@arna/graph';
import { appendAudit, createUser, listUsers, type Role } from '@arna/graph/app';
import { runDetection } from '@arna/graph/detect';
import { loadDrop, progressReporter } from '@arna/etl';
import { generateDrop, truthPathFor } from '@arna/etl/synth';
import type { ApiServer } from '@arna/api';
import { operator } from '../operator.js';
import { warmUpInBackground } from '../warm-up.js';

interface StartOptions {
  webPort: string;
  apiPort: string;
  dbPort: string;
  scale: string;
  seed: string;
  rebuild: boolean;
}

/** One demo account per role; created only when missing (an existing password is kept). */
const demoUsers: { username: string; role: Role; password: string }[] = [
  { username: 'investigator', role: 'INVESTIGATOR', password: 'arna-investigator-demo' },
  { username: 'analyst', role: 'ANALYST', password: 'arna-analyst-demo' },
  { username: 'supervisor', role: 'SUPERVISOR', password: 'arna-supervisor-demo' },
  { username: 'admin', role: 'ADMIN', password: 'arna-admin-demo' },
];

const webDir = path.join(repoRoot, 'web');
/**
 * Its own build directory under .next (ignored by git, ESLint and Prettier); the e2e tests
 * and the UI benchmark set `ARNA_WEB_DIST_DIR` to build beside it.
 */
const defaultDistDir = process.env['ARNA_WEB_DIST_DIR'] ?? '.next/arna';
const step = (text: string) => console.log(`\n▸ ${text}`);

export function registerStartCommands(program: Command): void {
  program
    .command('start')
    .description(
      'run everything locally: Neo4j, a sample drop when the database is empty, detection, demo users, the API and the web app',
    )
    .option(
      '--web-port <port>',
      'web app port (0 = any free port)',
      process.env['ARNA_WEB_PORT'] ?? '3000',
    )
    .option(
      '--api-port <port>',
      'API port (0 = any free port)',
      process.env['ARNA_API_PORT'] ?? '4000',
    )
    .option('--db-port <port>', 'Bolt port of the local Neo4j (0 = any free port)', '7687')
    .option(
      '--scale <s>',
      'size of the sample drop generated into an empty database (1 ≈ 20,000 rows)',
      '0.5',
    )
    .option('--seed <n>', 'seed of the sample drop', '394')
    .option(
      '--rebuild',
      'rebuild the web app even when the cached build matches the sources',
      false,
    )
    .action((options: StartOptions) => start(options));
}

async function start(options: StartOptions): Promise<void> {
  const stops: { name: string; stop: () => Promise<void> }[] = [];
  let stopping = false;
  const stopAll = async (code: number) => {
    if (stopping) return;
    stopping = true;
    console.log('\nStopping Arna…');
    // Pending shutdown promises hold no handle of their own: keep the loop alive until done.
    const keepAlive = setInterval(() => undefined, 1000);
    for (const { name, stop } of stops.reverse()) {
      const outcome = await Promise.race([
        stop().then(() => 'stopped'),
        new Promise<string>((resolve) => setTimeout(() => resolve('timed out'), 65_000).unref()),
      ]).catch(
        (error: unknown) => `failed: ${error instanceof Error ? error.message : String(error)}`,
      );
      console.log(`  ${name}: ${outcome}`);
    }
    clearInterval(keepAlive);
    console.log('Stopped.');
    process.exit(code);
  };
  process.once('SIGINT', () => void stopAll(0));
  process.once('SIGTERM', () => void stopAll(0));

  try {
    step('Database');
    const db = await dbStart({ port: Number(options.dbPort) });
    if (db.state === 'started') {
      console.log(`Neo4j started: ${db.server.uri} (${db.seconds.toFixed(1)} s)`);
      stops.push({ name: 'Neo4j', stop: async () => void (await dbStop()) });
    } else if (db.state === 'already-running') {
      console.log(`Neo4j already running: ${db.server.uri} (left running on exit)`);
    } else {
      console.log(`Using NEO4J_URI ${db.uri}`);
    }
    const executor = await connect();
    stops.push({ name: 'database connection', stop: () => executor.close() });

    const apiPort = await choosePort(Number(options.apiPort));
    const apiUrl = `http://127.0.0.1:${apiPort}`;
    // The web build runs while the data is prepared: it needs only the API's address.
    const build = buildWeb({ apiUrl, force: options.rebuild });

    await ensureData(executor, Number(options.scale), Number(options.seed));
    await ensureDemoUsers(executor);

    step('API');
    // Loaded here, not at the top: every other command would otherwise pay for Apollo.
    const { startApiServer } = await import('@arna/api');
    const api: ApiServer = await startApiServer({ executor, port: apiPort });
    stops.push({ name: 'API', stop: () => api.close() });
    console.log(`API listening on ${api.url}/graphql`);
    warmUpInBackground(executor);

    step('Web app');
    await build;
    const webPort = await choosePort(Number(options.webPort));
    const web = await startWeb({ apiUrl, port: webPort });
    stops.push({ name: 'web app', stop: () => stopChild(web) });
    web.once('exit', (code) => {
      if (!stopping) {
        console.error(`the web app exited (code ${code}); stopping`);
        void stopAll(1);
      }
    });

    const url = `http://localhost:${webPort}`;
    console.log(`\nArna is ready: ${url}`);
    console.log('Demo accounts (created on first start; an existing password is left unchanged):');
    for (const user of demoUsers) {
      console.log(`  ${user.role.padEnd(13)} ${user.username.padEnd(13)} ${user.password}`);
    }
    console.log('Press Ctrl-C to stop everything.');
  } catch (error) {
    console.error(error instanceof Error ? `arna start: ${error.message}` : error);
    await stopAll(1);
  }
}

/** Loads a sample drop into an empty database and runs detection when no networks exist. */
async function ensureData(executor: Executor, scale: number, seed: number): Promise<void> {
  step('Data');
  const state = async () => {
    const [row] = await executor.run(cypherFile('start/database-state'), {}, { mode: 'read' });
    return { loads: Number(row?.['loads'] ?? 0), networks: Number(row?.['networks'] ?? 0) };
  };
  let current = await state();
  if (current.loads === 0) {
    const dropDir = path.join(stateDir, 'sample-drop');
    if (existsSync(truthPathFor(dropDir))) {
      console.log(`The database is empty; loading the sample drop in ${dropDir}`);
    } else {
      console.log(
        `The database is empty; generating a sample drop (scale ${scale}, seed ${seed}) into ${dropDir}`,
      );
      const summary = generateDrop(dropDir, { scale, seed });
      const rows = Object.values(summary.rowsPerFile).reduce((sum, n) => sum + n, 0);
      console.log(`${rows} rows written in ${summary.seconds.toFixed(1)} s`);
    }
    const loaded = await loadDrop(executor, dropDir, { onEvent: progressReporter() });
    console.log(
      `${loaded.totals.loaded} rows loaded, ${loaded.totals.rejected} rejected, in ${loaded.totals.seconds.toFixed(1)} s`,
    );
    current = await state();
  } else {
    console.log(`${current.loads} load(s) in the database`);
  }
  if (current.networks === 0) {
    console.log('Running detection…');
    const leads = await runDetection(executor, {
      onPhase: (phase, ms) => console.log(`  ${phase.padEnd(12)} ${(ms / 1000).toFixed(2)} s`),
    });
    console.log(`${leads.networks.length} networks detected`);
  } else {
    console.log(`${current.networks} networks from the last detection run`);
  }
}

async function ensureDemoUsers(executor: Executor): Promise<void> {
  step('Users');
  const existing = new Set((await listUsers(executor)).map((user) => user.username));
  for (const user of demoUsers) {
    if (existing.has(user.username)) continue;
    await createUser(executor, user);
    await appendAudit(executor, {
      user: operator(),
      action: 'user.create',
      args: { username: user.username, role: user.role, demo: true },
    });
    console.log(`created ${user.username} (${user.role})`);
  }
}

export interface WebAppOptions {
  /** Where the web app's rewrites send `/graphql`, `/briefs/*` and `/csrf`. */
  apiUrl: string;
  /** Build directory relative to web/ (default `.next/arna`). */
  distDir?: string;
  /** Extra environment of the Next process. */
  env?: Record<string, string>;
}

/**
 * `next build`, skipped when a stamp says the same sources were built for the same API
 * address (the rewrites are fixed at build time). A type error fails the build.
 */
export async function buildWeb(options: WebAppOptions & { force?: boolean }): Promise<void> {
  const distDir = options.distDir ?? defaultDistDir;
  const stampFile = path.join(webDir, distDir, 'arna-build-stamp');
  const stamp = webSourceHash(options.apiUrl);
  if (!options.force && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp) {
    console.log('(web) cached build is up to date');
    return;
  }
  console.log('(web) building the web app (next build)…');
  const started = Date.now();
  const child = spawnNext(['build'], { ...options, distDir });
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  if (code !== 0) throw new Error(`next build failed (exit ${code}); see the output above`);
  writeFileSync(stampFile, stamp);
  console.log(`(web) built in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

/** `next start` on 127.0.0.1:`port`; resolves once the login page answers. */
export async function startWeb(options: WebAppOptions & { port: number }): Promise<ChildProcess> {
  const distDir = options.distDir ?? defaultDistDir;
  const child = spawnNext(['start', '--port', String(options.port), '--hostname', '127.0.0.1'], {
    ...options,
    distDir,
  });
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited with code ${child.exitCode}`);
    const ok = await fetch(`http://127.0.0.1:${options.port}/login`).then(
      (response) => response.ok,
      () => false,
    );
    if (ok) return child;
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  await stopChild(child);
  throw new Error(`the web app did not answer on port ${options.port} within 60 s`);
}

function spawnNext(args: string[], options: WebAppOptions & { distDir: string }): ChildProcess {
  const nextBin = createRequire(path.join(webDir, 'package.json')).resolve('next/dist/bin/next');
  const child = spawn(process.execPath, [nextBin, ...args], {
    cwd: webDir,
    env: {
      ...process.env,
      ...options.env,
      ARNA_API_URL: options.apiUrl,
      ARNA_WEB_DIST_DIR: options.distDir,
      NEXT_TELEMETRY_DISABLED: '1',
      NODE_ENV: 'production',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const prefix = (chunk: Buffer) =>
    chunk
      .toString('utf8')
      .split('\n')
      .filter((line) => line.trim())
      .map((line) => `(web) ${line}\n`)
      .join('');
  child.stdout?.on('data', (chunk: Buffer) => process.stdout.write(prefix(chunk)));
  child.stderr?.on('data', (chunk: Buffer) => process.stderr.write(prefix(chunk)));
  return child;
}

export async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}

/** The requested port, or a free one when 0 (Next needs a concrete port to be told). */
export async function choosePort(port: number): Promise<number> {
  if (port !== 0) return port;
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** Content hash of what the web build depends on. */
function webSourceHash(apiUrl: string): string {
  const hash = createHash('sha256').update(apiUrl);
  const visit = (entry: string) => {
    const full = path.join(webDir, entry);
    if (!existsSync(full)) return;
    if (statSync(full).isDirectory()) {
      for (const child of readdirSync(full).sort()) visit(path.join(entry, child));
    } else {
      hash.update(entry).update(readFileSync(full));
    }
  };
  for (const entry of [
    'app',
    'components',
    'lib',
    'i18n',
    'messages',
    'public',
    'next.config.ts',
    'package.json',
    'tsconfig.json',
  ]) {
    visit(entry);
  }
  hash.update(readFileSync(path.join(repoRoot, 'package-lock.json')));
  return hash.digest('hex');
}
