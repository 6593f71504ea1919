import { createHash } from 'node:crypto';
import type { Executor } from '../db/executor.js';
import { cypherFile } from '../db/cypher-files.js';
import { greedyMatch } from '../analytics/jaccard.js';

export interface PreviousNetwork {
  id: string;
  firstSeenRunId: string;
  members: string[];
}

export interface TrackedId {
  id: string;
  firstSeenRunId: string;
  /** Matched a network of the previous run (same id kept). */
  matched: boolean;
  added: string[];
  removed: string[];
}

export async function readPreviousNetworks(executor: Executor): Promise<PreviousNetwork[]> {
  const rows = await executor.run(
    cypherFile('detect/previous-networks'),
    {},
    {
      mode: 'read',
      label: 'detect:previous-networks',
    },
  );
  return rows.map((r) => ({
    id: r['id'] as string,
    firstSeenRunId: r['firstSeenRunId'] as string,
    members: (r['members'] as (string | null)[]).filter((m): m is string => m !== null),
  }));
}

/** A content-derived id: the same members give the same id even on another database. */
export function contentId(members: readonly string[]): string {
  const hash = createHash('sha256')
    .update([...members].sort().join('\n'))
    .digest('hex');
  return `net-${hash.slice(0, 12)}`;
}

/**
 * Gives each current network an id: the id of the previous run's network it essentially is
 * (member-set Jaccard ≥ threshold, best pairs first, one-to-one), else a new content id.
 * Records the members that came in and went out.
 */
export function trackNetworks(
  current: readonly (readonly string[])[],
  previous: readonly PreviousNetwork[],
  runId: string,
  threshold: number,
): TrackedId[] {
  const matches = greedyMatch(
    current.map((m) => new Set(m)),
    previous.map((p) => new Set(p.members)),
    threshold,
  );
  const byCurrent = new Map(matches.map((m) => [m.current, m.previous]));
  const taken = new Set(previous.map((p) => p.id));
  return current.map((members, i) => {
    const p = byCurrent.get(i);
    const prev = p === undefined ? undefined : previous[p];
    if (prev) {
      const before = new Set(prev.members);
      const now = new Set(members);
      return {
        id: prev.id,
        firstSeenRunId: prev.firstSeenRunId,
        matched: true,
        added: members.filter((m) => !before.has(m)).sort(),
        removed: prev.members.filter((m) => !now.has(m)).sort(),
      };
    }
    let id = contentId(members);
    for (let n = 2; taken.has(id); n++) id = `${contentId(members)}-${n}`;
    taken.add(id);
    return { id, firstSeenRunId: runId, matched: false, added: [...members].sort(), removed: [] };
  });
}
