import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  connect,
  cypherFile,
  migrate,
  startLocalServer,
  type Executor,
  type LocalServer,
} from '@arna/graph';
import { createUser } from '@arna/graph/app';
import { runDetection } from '@arna/graph/detect';
import { expand, profile, search } from '@arna/graph/investigate';
import { loadDrop } from '@arna/etl';
import { generateDrop } from '@arna/etl/synth';
import { startApiServer } from '@arna/api';
import { ApiClient } from '../api/test/api-client.js';
import { LoadClient } from './load-client.js';
import { ownCpuSeconds, processCpuSeconds } from './process-cpu.js';
import { ReplayedReads } from './replayed-reads.js';
import { graphViewFields } from '../web/lib/api/graph-view-fields.js';

/**
 * API latency under load: p50/p95/p99 of search, entity profile and 2-hop expansion (≤ 500
 * nodes; from random persons and foreigners, and from busy parties — 20 to 1000 records — whose
 * neighbourhoods are the large ones) with 20 concurrent clients over loopback HTTP, each signed in with its own session
 * and sending a purpose (so every request passes auth and writes its audit entry). The
 * reference, in the same run and with the same concurrency, is the same graph call made
 * directly through the executor (no HTTP, no GraphQL, no auth, no audit); the ratio is the
 * API's overhead. A `me` query gives the floor of one authenticated round trip. Expansions
 * ask for the fields the UI asks for (`web/lib/api/graph-view-fields.ts`). The busy case runs
 * a second time with the database's answers replayed from the first (`ReplayedReads`): the
 * floor any faster database or index could reach, the rest being the API's own work. The load
 * average is printed before and after: on a shared machine it decides the latencies. CPU per
 * request (this process — the API and, in the API rows, its 20 HTTP clients too — and the
 * Neo4j JVM when the bench started it) does not depend on the contention as much: it says
 * what throughput two idle cores could give at best.
 *
 *   npx tsx bench/api.ts [--uri bolt://… | --data-dir DIR] [--scale 50] [--seed 1]
 *                        [--requests 600] [--warmup 500] [--warmup-rounds 20] [--clients 20]
 *                        [--per-node N]
 *
 * Without --uri it starts its own Neo4j (in a temporary folder, or in --data-dir, which is
 * kept so a re-run skips loading), generates the synthetic drop (`arna synth`) and loads it
 * (`arna load`) unless the database already holds events; scale 50 ≈ 1M rows. A database
 * without networks gets one detection run first, as after `arna start`. Every case warms up
 * in rounds of --warmup requests until its CPU per request settles (at most --warmup-rounds),
 * so the figures are those of a server that has been running, not of a fresh JVM's JIT.
 */
function option(name: string, fallback: string): string {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? (process.argv[at + 1] ?? fallback) : fallback;
}

const scale = Number(option('scale', '50'));
const seed = Number(option('seed', '1'));
const requests = Number(option('requests', '600'));
const warmUp = Number(option('warmup', '500'));
const maxWarmUpRounds = Number(option('warmup-rounds', '20'));
const clientsWanted = Number(option('clients', '20'));
/** Events read per expanded node (`perNodeLimit`); the API's default when not given. */
const perNodeOption = option('per-node', '');
const perNode = perNodeOption === '' ? null : Number(perNodeOption);
const uri = option('uri', '');
const keptDataDir = option('data-dir', '');
const PURPOSE = 'bench: ст. 394 УК РК';

interface Stats {
  n: number;
  errors: number;
  p50: number;
  p95: number;
  p99: number;
  mean: number;
  perSecond: number;
  /** CPU milliseconds per request of this process and of the Neo4j JVM (null: not ours). */
  cpu: { node: number; neo4j: number | null };
}

/** CPU milliseconds used so far by this process and by the JVM `jvmPid`. */
function cpuNow(jvmPid: number | null): { node: number; neo4j: number | null } {
  return {
    node: ownCpuSeconds() * 1000,
    neo4j: jvmPid === null ? null : processCpuSeconds(jvmPid) * 1000,
  };
}

function stats(latencies: number[], errors: number, wallMs: number, cpu: Stats['cpu']): Stats {
  const sorted = [...latencies].sort((a, b) => a - b);
  const at = (q: number) =>
    sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
  return {
    n: sorted.length,
    errors,
    p50: at(0.5),
    p95: at(0.95),
    p99: at(0.99),
    mean: sorted.reduce((s, x) => s + x, 0) / Math.max(1, sorted.length),
    perSecond: (sorted.length / wallMs) * 1000,
    cpu,
  };
}

/** `total` calls of `work(i, worker)` by `workers` concurrent loops; latency of each. */
async function measure(
  total: number,
  workers: number,
  work: (i: number, worker: number) => Promise<unknown>,
  jvmPid: number | null = null,
): Promise<Stats> {
  const latencies: number[] = [];
  const cpuBefore = cpuNow(jvmPid);
  let errors = 0;
  let next = 0;
  let firstError: unknown;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: workers }, async (_, worker) => {
      for (let i = next++; i < total; i = next++) {
        const t = performance.now();
        try {
          await work(i, worker);
          latencies.push(performance.now() - t);
        } catch (error) {
          errors++;
          firstError ??= error;
        }
      }
    }),
  );
  if (firstError) console.error('first error:', firstError);
  const cpuAfter = cpuNow(jvmPid);
  const perRequest = (before: number | null, after: number | null) =>
    before === null || after === null ? null : (after - before) / Math.max(1, total);
  return stats(latencies, errors, performance.now() - started, {
    node: perRequest(cpuBefore.node, cpuAfter.node) ?? NaN,
    neo4j: perRequest(cpuBefore.neo4j, cpuAfter.neo4j),
  });
}

/** The database to measure; `dataDir` is set when it is temporary (deleted at the end). */
async function database(): Promise<{ executor: Executor; server?: LocalServer; dataDir?: string }> {
  if (uri) return { executor: await connect({ uri, user: 'neo4j', password: 'bench' }) };
  const dataDir = keptDataDir || mkdtempSync(path.join(os.tmpdir(), 'arna-bench-api-db-'));
  const server = await startLocalServer({ dataDir, port: 0, heap: '2g', pageCache: '1g' });
  const executor = await connect({ uri: server.uri, user: 'neo4j', password: 'bench' });
  await migrate(executor);
  const [size] = await executor.run(cypherFile('bench/api-size'));
  if (Number(size?.['events'] ?? 0) > 0) {
    await detectOnce(executor, Number(size?.['networks'] ?? 0));
    return { executor, server };
  }
  const dropDir = path.join(mkdtempSync(path.join(os.tmpdir(), 'arna-bench-api-drop-')), 'drop');
  let t = performance.now();
  const synth = generateDrop(dropDir, { scale, seed });
  const rows = Object.values(synth.rowsPerFile).reduce((s, n) => s + n, 0);
  console.log(`synth: ${rows} rows in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  t = performance.now();
  await loadDrop(executor, dropDir);
  console.log(`load: ${((performance.now() - t) / 1000).toFixed(1)} s`);
  rmSync(path.dirname(dropDir), { recursive: true, force: true });
  await detectOnce(executor, 0);
  return { executor, server, ...(keptDataDir ? {} : { dataDir }) };
}

/**
 * Runs detection when the database has no networks yet, as `arna start` does after a load:
 * an expansion then reads community ids and network roles like it does in use.
 */
async function detectOnce(executor: Executor, networks: number): Promise<void> {
  if (networks > 0) return;
  const t = performance.now();
  const leads = await runDetection(executor);
  console.log(
    `detection: ${leads.networks.length} networks in ${((performance.now() - t) / 1000).toFixed(1)} s`,
  );
}

/**
 * The last two rounds each changed the CPU per request by under 5 % (or 0.1 ms, for the
 * cheapest cases): the JIT keeps lowering it for thousands of requests, in steps a single
 * round's noise can hide.
 */
function settled(trace: number[]): boolean {
  if (trace.length < 3) return false;
  const [a, b, c] = trace.slice(-3) as [number, number, number];
  const close = (before: number, after: number) =>
    Math.abs(after - before) <= Math.max(0.05 * before, 0.1);
  return close(a, b) && close(b, c);
}

const loadAverage = () =>
  os
    .loadavg()
    .map((x) => x.toFixed(2))
    .join(' ');

const { executor, server, dataDir } = await database();
try {
  const [size] = await executor.run(cypherFile('bench/api-size'));
  console.log(
    `database: ${size?.['nodes']} nodes, ${size?.['relationships']} relationships, ${size?.['events']} event rows, ${size?.['networks']} networks`,
  );

  const samples = (await executor.run(cypherFile('bench/api-sample-refs'), { n: 400 })).map(
    (r) => ({
      ref: String(r['ref']),
      name: String(r['name']),
    }),
  );
  const pick = (i: number) => samples[i % samples.length]!;
  const busy = (
    await executor.run(cypherFile('bench/api-busy-refs'), {
      minRecords: 20,
      maxRecords: 1000,
      n: 400,
    })
  ).map((r) => String(r['ref']));
  const pickBusy = (i: number) => busy[i % busy.length]!;
  console.log(`seeds: ${samples.length} random, ${busy.length} busy parties`);

  const username = `bench.${Date.now()}`;
  const password = `bench-${Math.random().toString(36).slice(2)}-password`;
  await createUser(executor, { username, role: 'INVESTIGATOR', password });
  const api = await startApiServer({
    executor,
    port: 0,
    loginRateLimit: { maxFailuresPerUser: 5, maxFailuresPerIp: 1000, windowMs: 60_000 },
  });
  const clients: LoadClient[] = [];
  for (let i = 0; i < clientsWanted; i++) {
    const client = await new ApiClient(api.url).start();
    const login = await client.login(username, password);
    if (login.errors.length > 0) throw new Error(JSON.stringify(login.errors));
    client.purpose = PURPOSE;
    clients.push(new LoadClient(client));
  }

  const SEARCH =
    'query($text: String!) { search(text: $text, limit: 20) { ref kind label score } }';
  const PROFILE =
    'query($ref: String!) { entity(ref: $ref) { entity { ref label } links { type other { ref } } facts { ref date source { file line } } factsTotal } }';
  // The selection the UI sends for every graph it draws.
  const EXPAND = `query($refs: [String!]!, $perNode: Int) { expand(refs: $refs, depth: 2, limit: 500, perNodeLimit: $perNode) { ${graphViewFields} } }`;
  const replayed = new ReplayedReads(executor, 'investigate:expand');

  /** Nodes and hubs of the views an expansion case returned through the API. */
  const views = { n: 0, nodes: 0, maxNodes: 0, hubs: 0, truncated: 0 };
  const expandCase = (name: string, seed: (i: number) => string) => ({
    name,
    api: async (i: number, w: number) => {
      const data = (await clients[w]!.gql(EXPAND, { refs: [seed(i)], perNode })) as {
        expand: { nodes: { hub: boolean }[]; truncated: boolean };
      };
      views.n += 1;
      views.nodes += data.expand.nodes.length;
      views.maxNodes = Math.max(views.maxNodes, data.expand.nodes.length);
      views.hubs += data.expand.nodes.filter((n) => n.hub).length;
      if (data.expand.truncated) views.truncated += 1;
    },
    direct: (i: number) =>
      expand(executor, [seed(i)], {
        depth: 2,
        limit: 500,
        ...(perNode ? { perNodeLimit: perNode } : {}),
      }),
  });
  const cases: {
    name: string;
    api: (i: number, w: number) => Promise<unknown>;
    direct?: (i: number) => Promise<unknown>;
    /** Expansions answered from the recordings of the cases before it (see ReplayedReads). */
    replayed?: boolean;
  }[] = [
    { name: 'me (auth floor)', api: (_i, w) => clients[w]!.gql('{ me { username } }', {}) },
    {
      name: 'search',
      api: (i, w) => clients[w]!.gql(SEARCH, { text: pick(i).name }),
      direct: (i) => search(executor, pick(i).name, { limit: 20 }),
    },
    {
      name: 'profile',
      api: (i, w) => clients[w]!.gql(PROFILE, { ref: pick(i).ref }),
      direct: (i) => profile(executor, pick(i).ref),
    },
    expandCase('expand 2 hops ≤500', (i) => pick(i).ref),
    expandCase('expand 2 hops ≤500, busy parties', pickBusy),
    {
      ...expandCase('expand 2 hops ≤500, busy parties, database replayed (floor)', pickBusy),
      replayed: true,
    },
  ];

  const ms = (x: number) => x.toFixed(1);
  console.log(
    `\n${clients.length} concurrent clients, ${requests} requests per case (after warm-up rounds of ${warmUp} requests of every case, through the API and direct, until its CPU per request settles); load average ${loadAverage()}\n`,
  );
  const jvmPid = server?.pid ?? null;
  const cpu = (s: Stats) => `${ms(s.cpu.node)} + ${s.cpu.neo4j === null ? '?' : ms(s.cpu.neo4j)}`;
  // Every case warms up, through the API and directly, before any is measured, in rounds
  // until its CPU per request settles: a fresh Neo4j JVM compiles what it runs for its first
  // several thousand requests, and that compilation is Neo4j CPU (a random expansion through
  // the API took 6.0 ms of CPU after 1,500 warm-up requests of each case, under 5 on a server
  // warmed for longer). A
  // server that has been up for a while runs warm; the trace shows how long it took.
  for (const c of cases) {
    replayed.replaying = c.replayed ?? false;
    const trace: number[] = [];
    for (let round = 1; round <= maxWarmUpRounds; round++) {
      const s = await measure(warmUp, clients.length, c.api, jvmPid);
      if (c.direct) await measure(warmUp, clients.length, (i) => c.direct!(i));
      trace.push(s.cpu.node + (s.cpu.neo4j ?? 0));
      if (settled(trace)) break;
    }
    console.log(
      `warm-up, ${c.name}: CPU ms/req through the API per round of ${warmUp}: ${trace.map(ms).join(' → ')}`,
    );
  }
  console.log();
  console.log(
    '| case | n | errors | p50 ms | p95 ms | p99 ms | req/s | direct p50 | direct p95 | p95 ratio API/direct | CPU ms/req API (node + neo4j) | CPU ms/req direct (node + neo4j) |',
  );
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const c of cases) {
    replayed.replaying = c.replayed ?? false;
    Object.assign(views, { n: 0, nodes: 0, maxNodes: 0, hubs: 0, truncated: 0 });
    const viaApi = await measure(requests, clients.length, c.api, jvmPid);
    const direct = c.direct
      ? await measure(requests, clients.length, (i) => c.direct!(i), jvmPid)
      : undefined;
    console.log(
      `| ${c.name} | ${viaApi.n} | ${viaApi.errors} | ${ms(viaApi.p50)} | ${ms(viaApi.p95)} | ${ms(viaApi.p99)} | ${viaApi.perSecond.toFixed(0)} | ` +
        (direct
          ? `${ms(direct.p50)} | ${ms(direct.p95)} | ${(viaApi.p95 / direct.p95).toFixed(2)} | ${cpu(viaApi)} | ${cpu(direct)} |`
          : `– | – | – | ${cpu(viaApi)} | – |`),
    );
    if (views.n > 0) {
      const mean = (x: number) => (x / views.n).toFixed(1);
      console.log(
        `  (nodes per view: mean ${mean(views.nodes)}, max ${views.maxNodes}; hubs shown, not walked: mean ${mean(views.hubs)}; truncated views: ${((100 * views.truncated) / views.n).toFixed(0)} %)`,
      );
    }
  }
  console.log(
    `\nreplayed expansions not recorded, so sent to the database: ${replayed.misses}; load average at the end: ${loadAverage()}`,
  );
  for (const client of clients) client.close();
  await api.close();
} finally {
  await executor.close();
  if (server) await server.stop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
}
