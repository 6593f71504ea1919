import type { Executor } from '../db/executor.js';
import { cypherFile } from '../db/cypher-files.js';
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

export async function describeMembers(
  executor: Executor,
  refs: string[],
  violationArticles: string[],
  timeoutMs: number,
): Promise<Map<string, MemberProfile>> {
  const profiles = new Map<string, MemberProfile>();
  for (let i = 0; i < refs.length; i += BATCH) {
    const rows = await executor.run(
      cypherFile('detect/describe-members'),
      { refs: refs.slice(i, i + BATCH), violationArticles },
      { mode: 'read', timeoutMs, label: 'detect:describe-members' },
    );
    for (const row of rows) {
      const ref = row['ref'] as string;
      const roles: Record<string, number> = {};
      for (const [tag, count] of row['roles'] as [string, string][]) roles[tag] = Number(count);
      profiles.set(ref, {
        ref,
        kind: kindOf(ref),
        elementId: row['elementId'] as string,
        name: (row['name'] as string | null) ?? '',
        activity: row['activity'] as string | null,
        rka: row['rka'] as string | null,
        text: row['text'] as string | null,
        passportCountry: row['passportCountry'] as string | null,
        passportNo: row['passportNo'] as string | null,
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
      });
    }
  }
  return profiles;
}
