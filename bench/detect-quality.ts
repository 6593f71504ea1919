import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  connect,
  cypherFile,
  migrate,
  resolveConnection,
  startLocalServer,
  type Executor,
} from '@arna/graph';
import {
  loadDomainConfig,
  runDetection,
  type LeadsExport,
  type MemberEntry,
} from '@arna/graph/detect';
import { loadDrop } from '@arna/etl';
import { generateDrop, TYPOLOGIES, type DropTruth, type Member } from '@arna/etl/synth';

/**
 * Detection quality against the synthetic ground truth, for Arna and for the rule analysts
 * use today (top inviters by the number of risk-country foreigners invited).
 *
 * With P planted networks:
 * - network recall: share of planted networks matched by a reported network in the top 2P
 *   (the reported network holds at least half of the planted network's members);
 * - organizer recall: share of planted organizers named as an organizer of a top-2P network;
 * - precision: share of the top P reported networks that are mostly (≥ half of their
 *   members) one planted network;
 * - hubs as organizers: legitimate hubs named as an organizer in the top 2P;
 * - touched: share of planted networks with at least one of their parties (person or firm)
 *   anywhere in the top 2P — the most lenient reading, kept so the simple rule, which
 *   reports single inviters, is not judged only by the network criterion.
 * The simple rule reports each of its top inviters as a "network" of the inviter and its
 * invitees, the inviter as organizer.
 *
 *   npx tsx bench/detect-quality.ts [--seeds 1,2,3] [--scales 0.5,1,2] [--work DIR]
 *   npx tsx bench/detect-quality.ts --existing <drop>.truth.json   (the loaded database)
 *
 * Each drop gets its own Neo4j in `<work>/d-<seed>-<scale>/db`; with `--work` the folder is
 * kept, so a re-run after a change to detection measures the same drops without reloading.
 */
function option(name: string, fallback: string): string {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? (process.argv[at + 1] ?? fallback) : fallback;
}

interface Reported {
  members: Set<string>;
  organizers: string[];
}

interface Scores {
  planted: number;
  networkRecall: number;
  touched: number;
  organizerRecall: number;
  precision: number;
  hubsAsOrganizers: number;
  byTypology: Record<string, { planted: number; found: number; organizers: number; named: number }>;
}

function truthKey(m: Member | MemberEntry): string {
  switch (m.kind) {
    case 'person':
      return `person:${m.iin}`;
    case 'organization':
      return `organization:${m.bin}`;
    case 'migrant':
      return `migrant:${m.passport_country}:${m.passport_no}`;
    case 'address':
      return m.rka ? `address:rka:${m.rka}` : `address:txt:${m.text}`;
    case 'vehicle':
      return `vehicle:${m.plate}`;
  }
}

function overlap(a: Set<string>, b: Set<string>): number {
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return n;
}

export function score(truth: DropTruth, reported: Reported[]): Scores {
  const planted = truth.networks.map((n) => ({
    typology: n.typology,
    members: new Set(n.members.map(truthKey)),
    organizers: n.organizers.map((o) =>
      o.kind === 'person' ? `person:${o.iin}` : `organization:${o.bin}`,
    ),
  }));
  const p = planted.length;
  const top2p = reported.slice(0, 2 * p);
  const topP = reported.slice(0, p);
  const named = new Set(top2p.flatMap((r) => r.organizers));
  const byTypology: Scores['byTypology'] = {};
  for (const t of TYPOLOGIES) byTypology[t] = { planted: 0, found: 0, organizers: 0, named: 0 };
  let found = 0;
  let touched = 0;
  const reportedParties = new Set(
    top2p.flatMap((r) =>
      [...r.members].filter((m) => m.startsWith('person:') || m.startsWith('organization:')),
    ),
  );
  let organizers = 0;
  let namedOrganizers = 0;
  for (const t of planted) {
    const row = byTypology[t.typology] ?? { planted: 0, found: 0, organizers: 0, named: 0 };
    row.planted++;
    if (top2p.some((r) => overlap(r.members, t.members) >= t.members.size / 2)) {
      found++;
      row.found++;
    }
    if ([...t.members].some((m) => reportedParties.has(m))) touched++;
    for (const o of t.organizers) {
      organizers++;
      row.organizers++;
      if (named.has(o)) {
        namedOrganizers++;
        row.named++;
      }
    }
  }
  const correct = topP.filter((r) =>
    planted.some((t) => overlap(r.members, t.members) >= r.members.size / 2),
  ).length;
  const hubs = new Set(
    truth.legitimateHubs.map((h) =>
      h.kind === 'person' ? `person:${h.iin}` : `organization:${h.bin}`,
    ),
  );
  return {
    planted: p,
    networkRecall: p > 0 ? found / p : 1,
    touched: p > 0 ? touched / p : 1,
    organizerRecall: organizers > 0 ? namedOrganizers / organizers : 1,
    precision: topP.length > 0 ? correct / topP.length : 0,
    hubsAsOrganizers: [...named].filter((o) => hubs.has(o)).length,
    byTypology,
  };
}

function fromLeads(leads: LeadsExport): Reported[] {
  return leads.networks.map((n) => ({
    members: new Set(n.members.map(truthKey)),
    organizers: n.organizers.map((o) =>
      o.kind === 'person' ? `person:${o.iin}` : `organization:${o.bin}`,
    ),
  }));
}

async function simpleRule(executor: Executor, limit: number): Promise<Reported[]> {
  const rows = await executor.run(
    cypherFile('bench/naive-top-inviters'),
    { riskCountries: loadDomainConfig().riskCountries, limit },
    { mode: 'read' },
  );
  return rows.map((r) => ({
    members: new Set([
      r['party'] as string,
      ...(r['migrants'] as (string | null)[]).flatMap((m) => (m ? [`migrant:${m}`] : [])),
    ]),
    organizers: [r['party'] as string],
  }));
}

interface Measured {
  label: string;
  arna: Scores;
  rule: Scores;
  detectSeconds: number;
}

async function measure(executor: Executor, truth: DropTruth, label: string): Promise<Measured> {
  const t0 = performance.now();
  const leads = await runDetection(executor, { persist: false });
  const detectSeconds = (performance.now() - t0) / 1000;
  return {
    label,
    arna: score(truth, fromLeads(leads)),
    rule: score(truth, await simpleRule(executor, 2 * truth.networks.length)),
    detectSeconds,
  };
}

const pct = (x: number): string => x.toFixed(2);

function report(results: Measured[]): void {
  console.log(
    '| drop | planted | method | network recall@2P | organizer recall@2P | precision@P | hubs as organizers | touched@2P | detect s |',
  );
  console.log('|---|---|---|---|---|---|---|---|---|');
  for (const r of results) {
    for (const [method, s] of [
      ['Arna', r.arna],
      ['top inviters', r.rule],
    ] as const) {
      console.log(
        `| ${r.label} | ${s.planted} | ${method} | ${pct(s.networkRecall)} | ${pct(s.organizerRecall)} | ${pct(s.precision)} | ${s.hubsAsOrganizers} | ${pct(s.touched)} | ${method === 'Arna' ? r.detectSeconds.toFixed(1) : ''} |`,
      );
    }
  }
  console.log(
    '\nPer typology (all drops together): networks found / planted, organizers named / planted',
  );
  console.log(
    '| typology | Arna networks | Arna organizers | top inviters networks | top inviters organizers |',
  );
  console.log('|---|---|---|---|---|');
  for (const t of TYPOLOGIES) {
    const sum = (
      pick: (m: Measured) => Scores,
      key: 'planted' | 'found' | 'organizers' | 'named',
    ): number => results.reduce((acc, m) => acc + (pick(m).byTypology[t]?.[key] ?? 0), 0);
    const arna = (m: Measured): Scores => m.arna;
    const rule = (m: Measured): Scores => m.rule;
    console.log(
      `| ${t} | ${sum(arna, 'found')}/${sum(arna, 'planted')} | ${sum(arna, 'named')}/${sum(arna, 'organizers')} | ${sum(rule, 'found')}/${sum(rule, 'planted')} | ${sum(rule, 'named')}/${sum(rule, 'organizers')} |`,
    );
  }
}

async function main(): Promise<void> {
  const existing = option('existing', '');
  if (existing) {
    const truth = JSON.parse(readFileSync(existing, 'utf8')) as DropTruth;
    const executor = await connect(resolveConnection());
    try {
      report([await measure(executor, truth, `seed ${truth.seed} scale ${truth.scale}`)]);
    } finally {
      await executor.close();
    }
    return;
  }
  const seeds = option('seeds', '1,2,3').split(',').map(Number);
  const scales = option('scales', '0.5,1,2').split(',').map(Number);
  const kept = option('work', '');
  const work = kept || mkdtempSync(path.join(os.tmpdir(), 'arna-bench-detect-'));
  const load = (): string =>
    os
      .loadavg()
      .map((x) => x.toFixed(1))
      .join(' ');
  const started = `${new Date().toISOString()}, load average ${load()}`;
  const results: Measured[] = [];
  try {
    for (const scale of scales) {
      for (const seed of seeds) {
        const m = await measureDrop(path.join(work, `d-${seed}-${scale}`), seed, scale);
        console.error(
          `${m.label}: Arna recall ${pct(m.arna.networkRecall)} organizers ${pct(m.arna.organizerRecall)} precision ${pct(m.arna.precision)} hubs ${m.arna.hubsAsOrganizers}`,
        );
        results.push(m);
      }
    }
  } finally {
    if (!kept) rmSync(work, { recursive: true, force: true });
  }
  console.log(
    `\nmachine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? '?'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB; from ${started} to ${new Date().toISOString()}, load average ${load()}\n`,
  );
  report(results);
}

/**
 * One drop in its own folder (`drop/`, `drop.truth.json`, the Neo4j data `db/`): generated
 * and loaded unless a kept folder already holds them, then measured.
 */
async function measureDrop(dir: string, seed: number, scale: number): Promise<Measured> {
  const drop = path.join(dir, 'drop');
  if (!existsSync(`${drop}.truth.json`)) generateDrop(drop, { scale, seed });
  const server = await startLocalServer({
    dataDir: path.join(dir, 'db'),
    port: 0,
    heap: option('heap', '2g'),
    pageCache: option('pagecache', '1g'),
  });
  const executor = await connect({ uri: server.uri, user: 'neo4j', password: 'bench' });
  try {
    await migrate(executor);
    const [count] = await executor.run(cypherFile('bench/count-rows'), {}, { mode: 'read' });
    if (Number(count?.['events'] ?? 0) === 0) await loadDrop(executor, drop);
    const truth = JSON.parse(readFileSync(`${drop}.truth.json`, 'utf8')) as DropTruth;
    return await measure(executor, truth, `seed ${seed} scale ${scale}`);
  } finally {
    await executor.close();
    await server.stop();
  }
}

await main();
