import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { connect, cypherFile, migrate, startLocalServer } from '@arna/graph';
import { listAudit, type AuditFilter } from '@arna/graph/app';
import { loadAverage } from './process-cpu.js';

/**
 * One page of the audit log (`listAudit`, what the log page and `auditLog` read) as the log
 * grows, against the reference in the same run: the list as it was before 2caf38b
 * (`cypher/bench/audit-list-full-count`), which counted and collected every filtered entry for
 * each page. Every API request writes an entry, so the log is the fastest-growing thing
 * Arna keeps.
 *
 *   npx tsx bench/audit-list.ts [--sizes 100000,400000] [--repeat 7]
 *
 * Starts its own Neo4j in a temporary folder and fills the log with synthetic entries
 * (`cypher/bench/audit-entries`: 50 users, a mix of actions). Times are the median of
 * --repeat reads after two warm-up reads, one client.
 */
function option(name: string, fallback: string): string {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? (process.argv[at + 1] ?? fallback) : fallback;
}

const sizes = option('sizes', '100000,400000').split(',').map(Number);
const repeat = Number(option('repeat', '7'));
const CHUNK = 50_000;
const START = '2026-01-01T00:00:00Z';

async function median(read: () => Promise<unknown>): Promise<number> {
  await read();
  await read();
  const times: number[] = [];
  for (let i = 0; i < repeat; i++) {
    const started = performance.now();
    await read();
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
}

const dataDir = mkdtempSync(path.join(os.tmpdir(), 'arna-bench-audit-'));
const server = await startLocalServer({ dataDir, port: 0, heap: '2g', pageCache: '1g' });
const executor = await connect({ uri: server.uri, user: 'neo4j', password: 'bench' });
try {
  await migrate(executor);
  console.log(`load average ${loadAverage()}\n`);
  console.log(
    '| entries | page | total (list / reference) | list ms | reference ms | reference / list |',
  );
  console.log('| --- | --- | --- | --- | --- | --- |');
  let size = 0;
  for (const wanted of sizes) {
    while (size < wanted) {
      const n = Math.min(CHUNK, wanted - size);
      await executor.run(cypherFile('bench/audit-entries'), { n, start: START }, { mode: 'write' });
      size += n;
    }
    // Entries are one second apart from START: the moment just after the last, as the log
    // page pins it once its first page is read.
    const to = new Date(Date.parse(START) + (size + 1) * 1000).toISOString().replace('.000Z', 'Z');
    const pages: [string, AuditFilter][] = [
      ['first page', {}],
      ['first page, pinned (`to`)', { to }],
      ['page 101, pinned', { to, offset: 5_000 }],
      ['one user, pinned', { to, user: 'user7' }],
      ['sign-ins, pinned', { to, action: 'login.' }],
      ['a user with no entries', { user: 'nobody' }],
    ];
    for (const [name, filter] of pages) {
      const page = { offset: filter.offset ?? 0, limit: 50 };
      const reference = () =>
        executor.run(cypherFile('bench/audit-list-full-count'), {
          user: filter.user ?? null,
          action: filter.action ?? null,
          from: null,
          to: filter.to ?? null,
          ...page,
        });
      const listed = await listAudit(executor, filter);
      const [referenced] = await reference();
      const listMs = await median(() => listAudit(executor, filter));
      const referenceMs = await median(reference);
      console.log(
        `| ${size.toLocaleString('en')} | ${name} | ${listed.total}${listed.capped ? '+' : ''} / ${Number(referenced?.['total'])} | ${listMs.toFixed(1)} | ${referenceMs.toFixed(1)} | ${(referenceMs / listMs).toFixed(1)} |`,
      );
    }
  }
  console.log(`\nload average at the end ${loadAverage()}`);
} finally {
  await executor.close();
  await server.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
