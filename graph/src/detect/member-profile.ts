import type { Executor } from '../db/executor.js';
import { cypherFile } from '../db/cypher-files.js';
import { concurrently } from './concurrently.js';
import { kinship, type Kinship } from './kinship.js';
import { kindOf } from './projection.js';

/** What detection knows about one entity of a candidate network (see describe-members.cypher). */
export interface MemberProfile {
  ref: string;
  kind: string;
  elementId: string;
  name: string;
  activity: string | null;
  rka: string | null;
  text: string | null;
  passportCountry: string | null;
  passportNo: string | null;
  /** Records by role (`INVITER`, `HOST`, … for parties; event labels for addresses). */
  roles: Record<string, number>;
  /** Distinct foreigners the party invited, hosted, employed or petitioned for. */
  foreigners: number;
  violators: number;
  /** Guests who look like the party's relatives (family name, one country of origin). */
  kinship: Kinship;
  workRecords: number;
  unpermitted: number;
  /** Firms the person directs or founded. */
  controls: number;
}

const BATCH = 5000;
const KINDS = ['person', 'organization', 'address', 'phone', 'vehicle', 'document'] as const;

type Row = Record<string, unknown>;

/** Refs grouped into batches of keys by kind, each batch at most BATCH keys in all. */
function batchesByKind(refs: readonly string[]): Record<string, string[]>[] {
  const batches: Record<string, string[]>[] = [];
  for (let i = 0; i < refs.length; i += BATCH) {
    const batch: Record<string, string[]> = Object.fromEntries(KINDS.map((k) => [k, []]));
    for (const ref of refs.slice(i, i + BATCH))
      batch[kindOf(ref)]?.push(ref.slice(ref.indexOf(':') + 1));
    batches.push(batch);
  }
  return batches;
}

/** The profile of an entity with no records of its own to count (a migrant). */
function bare(row: Row): MemberProfile {
  const ref = row['ref'] as string;
  return {
    ref,
    kind: kindOf(ref),
    elementId: row['elementId'] as string,
    name: (row['name'] as string | null) ?? '',
    activity: null,
    rka: null,
    text: null,
    passportCountry: (row['passportCountry'] as string | null) ?? null,
    passportNo: (row['passportNo'] as string | null) ?? null,
    roles: {},
    foreigners: 0,
    violators: 0,
    kinship: { kin: 0, sameSurname: 0, mainCountry: 0 },
    workRecords: 0,
    unpermitted: 0,
    controls: 0,
  };
}

function profileOf(row: Row): MemberProfile {
  const roles: Record<string, number> = {};
  for (const [tag, count] of row['roles'] as [string, string][]) roles[tag] = Number(count);
  return {
    ...bare(row),
    activity: row['activity'] as string | null,
    rka: row['rka'] as string | null,
    text: row['text'] as string | null,
    roles,
    foreigners: row['foreigners'] as number,
    violators: row['violators'] as number,
    kinship: kinship(
      row['lastName'] as string | null,
      (row['guests'] as [string | null, string | null][]).map(([surname, country]) => ({
        surname,
        country,
      })),
    ),
    workRecords: row['workRecords'] as number,
    unpermitted: row['unpermitted'] as number,
    controls: row['controls'] as number,
  };
}

/**
 * Profiles of the given entities: parties, places, phones, vehicles and documents with what
 * tells hubs, fronts and roles apart (describe-members.cypher); migrants — most of every
 * network — with only their passport (describe-foreigners.cypher).
 */
export async function describeMembers(
  executor: Executor,
  refs: string[],
  violationArticles: string[],
  timeoutMs: number,
): Promise<Map<string, MemberProfile>> {
  const options = { mode: 'read', timeoutMs } as const;
  const foreigners = refs.filter((ref) => kindOf(ref) === 'foreigner');
  // Independent batches, two at a time: one query at a time left a core idle while the
  // other side worked.
  const entityJobs = batchesByKind(refs.filter((ref) => kindOf(ref) !== 'foreigner')).map(
    (batch) => async () =>
      (
        await executor.run(
          cypherFile('detect/describe-members'),
          { ...batch, violationArticles },
          { ...options, label: 'detect:describe-members' },
        )
      ).map((row) => [row['ref'] as string, profileOf(row)] as const),
  );
  const foreignerJobs: (() => Promise<(readonly [string, MemberProfile])[]>)[] = [];
  for (let i = 0; i < foreigners.length; i += BATCH) {
    const keys = foreigners.slice(i, i + BATCH).map((ref) => ref.slice(ref.indexOf(':') + 1));
    foreignerJobs.push(async () =>
      (
        await executor.run(
          cypherFile('detect/describe-foreigners'),
          { keys },
          { ...options, label: 'detect:describe-foreigners' },
        )
      ).map((row) => [row['ref'] as string, bare(row)] as const),
    );
  }
  return new Map((await concurrently([...entityJobs, ...foreignerJobs])).flat());
}
