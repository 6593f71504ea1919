import { spawn, type ChildProcess } from 'node:child_process';
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { stateDir } from '../config.js';
import { LocalServerError } from '../errors.js';
import { launcherClassPath } from './launcher-build.js';

const READY = /ARNA_NEO4J_READY (bolt:\/\/\S+)/;

export interface LocalServerOptions {
  dataDir: string;
  /** 0 binds a free port. */
  port?: number;
  heap?: string;
  pageCache?: string;
  /** Keep running after this process exits (for `arna db start`). */
  detached?: boolean;
  logFile?: string;
  startTimeoutMs?: number;
  log?: (line: string) => void;
}

export interface LocalServer {
  pid: number;
  uri: string;
  dataDir: string;
  /** Shuts the server down cleanly and waits for its exit. */
  stop(): Promise<void>;
}

/** Starts Neo4j in a child JVM and resolves once it prints its bound Bolt URI. */
export async function startLocalServer(options: LocalServerOptions): Promise<LocalServer> {
  const classPath = launcherClassPath(options.log);
  mkdirSync(options.dataDir, { recursive: true });
  const logFile = options.logFile ?? path.join(options.dataDir, 'neo4j-launcher.log');
  // The log is appended to across restarts: only what this start writes counts.
  const logOffset = existsSync(logFile) ? statSync(logFile).size : 0;
  const out = openSync(logFile, 'a');
  const child = spawn(
    'java',
    [
      `-Xmx${options.heap ?? '1g'}`,
      '-XX:+UseG1GC',
      '-cp',
      classPath,
      'kz.arna.neo4j.Launcher',
      '--data',
      options.dataDir,
      '--port',
      String(options.port ?? 0),
      '--pagecache',
      options.pageCache ?? '512m',
    ],
    { detached: options.detached ?? false, stdio: ['ignore', out, out] },
  );
  closeSync(out);
  const startedAt = Date.now();
  const timeout = options.startTimeoutMs ?? 120_000;
  let exitCode: number | null = null;
  child.once('exit', (code) => {
    exitCode = code ?? -1;
  });
  while (Date.now() - startedAt < timeout) {
    const match = READY.exec(readFileSync(logFile).subarray(logOffset).toString('utf8'));
    if (match?.[1]) {
      if (options.detached) child.unref();
      return localServer(child, match[1], options.dataDir);
    }
    if (exitCode !== null) {
      throw new LocalServerError(
        `Neo4j exited with code ${exitCode} before it was ready; see ${logFile}`,
      );
    }
    await sleep(100);
  }
  child.kill('SIGKILL');
  throw new LocalServerError(`Neo4j did not become ready within ${timeout} ms; see ${logFile}`);
}

function localServer(child: ChildProcess, uri: string, dataDir: string): LocalServer {
  const pid = child.pid;
  if (pid === undefined) throw new LocalServerError('the launcher process has no pid');
  return { pid, uri, dataDir, stop: () => stopProcess(pid) };
}

/** Sends SIGTERM (the JVM's shutdown hook closes Neo4j) and waits up to a minute. */
export async function stopProcess(pid: number, timeoutMs = 60_000): Promise<void> {
  if (!isAlive(pid)) return;
  process.kill(pid, 'SIGTERM');
  const startedAt = Date.now();
  while (isAlive(pid)) {
    if (Date.now() - startedAt > timeoutMs) {
      process.kill(pid, 'SIGKILL');
      throw new LocalServerError(`Neo4j (pid ${pid}) did not stop within ${timeoutMs} ms; killed`);
    }
    await sleep(100);
  }
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

// --- the background server of `arna db start|stop|status`, tracked by a pid file ---

export interface PidFile {
  pid: number;
  uri: string;
  dataDir: string;
  startedAt: string;
}

export const pidFilePath = path.join(stateDir, 'neo4j.pid.json');
export const defaultDataDir = path.join(stateDir, 'neo4j-data');

export function readPidFile(): PidFile | undefined {
  if (!existsSync(pidFilePath)) return undefined;
  const record = JSON.parse(readFileSync(pidFilePath, 'utf8')) as PidFile;
  if (!isAlive(record.pid)) {
    rmSync(pidFilePath, { force: true });
    return undefined;
  }
  return record;
}

export function writePidFile(record: PidFile): void {
  mkdirSync(path.dirname(pidFilePath), { recursive: true });
  writeFileSync(pidFilePath, JSON.stringify(record, null, 2));
}

export function removePidFile(): void {
  rmSync(pidFilePath, { force: true });
}
