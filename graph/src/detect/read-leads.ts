import type { Executor } from '../db/executor.js';
import { cypherFile } from '../db/cypher-files.js';
import { NetworkNotFoundError } from './errors.js';
import { patternHitsIn, type StoredPatternHits } from './evidence.js';
import { renderReasons, type Lang, type Reason } from './reasons.js';
import type {
  MemberEntry,
  NetworkChange,
  OrganizerEntry,
  PersistedLead,
  ReadLeadsOptions,
  ReadLeadsResult,
} from './types.js';

interface StoredMember {
  kind: string;
  iin: string | null;
  bin: string | null;
  rka: string | null;
  text: string | null;
  plate: string | null;
  passportCountry: string | null;
  passportNo: string | null;
  role: string | null;
  organizerRank: number | null;
  why: string | null;
}

interface StoredNetwork {
  id: string;
  rank: number;
  score: number;
  size: number;
  runId: string;
  firstSeenRunId: string;
  patterns: string;
  reasons: string;
}

/** A page of the latest run's networks, read from what detection persisted. */
export async function readLeads(
  executor: Executor,
  options: ReadLeadsOptions,
): Promise<ReadLeadsResult> {
  // Every word of the query must occur, in either script: a network keeps its members'
  // searchText, which holds names in the original script and transliterated.
  const words = options.search?.trim() ? searchWords(options.search) : [];
  const [page] = await executor.run(
    cypherFile('detect/leads-page'),
    {
      minScore: options.minScore ?? null,
      pattern: options.pattern ?? null,
      words,
      offset: Math.max(0, Math.trunc(options.offset)),
      limit: Math.max(0, Math.trunc(options.limit)),
    },
    { mode: 'read', label: 'detect:leads-page' },
  );
  const ids = (page?.['ids'] as string[] | undefined) ?? [];
  return {
    total: (page?.['total'] as number | undefined) ?? 0,
    networks: await readNetworks(executor, ids, options.lang),
  };
}

function searchWords(query: string): string[] {
  return query
    .toLowerCase()
    .split(/[\s,;]+/)
    .filter((word) => word.length > 0);
}

/** One persisted network (of any run) by id. */
export async function readLead(
  executor: Executor,
  networkId: string,
  options: { lang?: Lang } = {},
): Promise<PersistedLead> {
  const [network] = await readNetworks(executor, [networkId], options.lang);
  if (!network) throw new NetworkNotFoundError(networkId);
  return network;
}

async function readNetworks(
  executor: Executor,
  ids: string[],
  lang: Lang = 'ru',
): Promise<PersistedLead[]> {
  if (ids.length === 0) return [];
  const rows = await executor.run(
    cypherFile('detect/lead-details'),
    { ids },
    { mode: 'read', label: 'detect:lead-details' },
  );
  const byId = new Map<string, PersistedLead>();
  for (const row of rows) {
    const lead = toLead(
      row['network'] as StoredNetwork,
      row['members'] as StoredMember[],
      row['changes'] as NetworkChange[],
      lang,
    );
    byId.set(lead.id, lead);
  }
  return ids.flatMap((id) => byId.get(id) ?? []);
}

function toLead(
  network: StoredNetwork,
  stored: StoredMember[],
  changes: NetworkChange[],
  lang: Lang,
): PersistedLead {
  const organizers = stored
    .filter((m) => m.organizerRank !== null && m.organizerRank !== undefined)
    .sort((a, b) => (a.organizerRank ?? 0) - (b.organizerRank ?? 0))
    .flatMap((m): OrganizerEntry[] => {
      const why = renderReasons(JSON.parse(m.why ?? '[]') as Reason[], lang);
      if (m.kind === 'person' && m.iin) return [{ kind: 'person', iin: m.iin, why }];
      if (m.kind === 'organization' && m.bin) return [{ kind: 'organization', bin: m.bin, why }];
      return [];
    });
  const members = stored.flatMap((m) => toMember(m)).sort(compareMembers);
  return {
    id: network.id,
    rank: network.rank,
    score: network.score,
    organizers,
    members,
    patterns: (JSON.parse(network.patterns) as StoredPatternHits[]).map((p) =>
      patternHitsIn(p, lang),
    ),
    why: renderReasons(JSON.parse(network.reasons) as Reason[], lang),
    size: network.size,
    runId: network.runId,
    firstSeenRunId: network.firstSeenRunId,
    changes,
  };
}

function toMember(m: StoredMember): MemberEntry[] {
  const role = m.role ?? 'member';
  switch (m.kind) {
    case 'person':
      return m.iin ? [{ kind: 'person', iin: m.iin, role }] : [];
    case 'organization':
      return m.bin ? [{ kind: 'organization', bin: m.bin, role }] : [];
    case 'migrant':
      return m.passportCountry && m.passportNo
        ? [
            {
              kind: 'migrant',
              passport_country: m.passportCountry,
              passport_no: m.passportNo,
              role,
            },
          ]
        : [];
    case 'address':
      return [{ kind: 'address', ...(m.rka ? { rka: m.rka } : {}), text: m.text ?? '', role }];
    case 'vehicle':
      return m.plate ? [{ kind: 'vehicle', plate: m.plate, role }] : [];
    default:
      return [];
  }
}

const KIND_ORDER = ['person', 'organization', 'migrant', 'address', 'vehicle'];

function memberKey(m: MemberEntry): string {
  switch (m.kind) {
    case 'person':
      return m.iin;
    case 'organization':
      return m.bin;
    case 'migrant':
      return `${m.passport_country}:${m.passport_no}`;
    case 'address':
      return m.rka ?? m.text;
    case 'vehicle':
      return m.plate;
  }
}

/** Parties first, then migrants, addresses, vehicles; stable inside a kind. */
export function compareMembers(a: MemberEntry, b: MemberEntry): number {
  const byKind = KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind);
  return byKind !== 0 ? byKind : memberKey(a).localeCompare(memberKey(b));
}
