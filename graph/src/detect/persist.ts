import type { Executor } from '../db/executor.js';
import { cypherFile } from '../db/cypher-files.js';
import { concurrently } from './concurrently.js';
import type { CommunityWrite } from './community-ids.js';

export interface NetworkToPersist {
  id: string;
  rank: number;
  score: number;
  size: number;
  firstSeenRunId: string;
  /** JSON of the network's `PatternEvidence` (items and templates: printed in the reader's language when read). */
  patterns: string;
  reasons: string;
  patternIds: string[];
  members: { elementId: string; role: string; organizerRank: number | null; why: string | null }[];
  added: string[];
  removed: string[];
  changed: boolean;
}

export interface RunToPersist {
  runId: string;
  startedAt: string;
  params: Record<string, unknown>;
  modularity: number;
  communities: number;
  networks: NetworkToPersist[];
}

const COMMUNITY_BATCH = 20_000;
const NETWORK_BATCH = 50;

/**
 * Writes the Louvain community of every projected entity (MODEL.md `communityId`), batched,
 * one transaction per batch — a plain property, safe to rewrite on retry. Detection runs it
 * beside the pattern library: it needs only the partition.
 */
export async function writeCommunityIds(
  executor: Executor,
  writes: readonly CommunityWrite[],
): Promise<void> {
  const batches: CommunityWrite[][] = [];
  for (let i = 0; i < writes.length; i += COMMUNITY_BATCH) {
    batches.push(writes.slice(i, i + COMMUNITY_BATCH));
  }
  // Batches touch disjoint nodes, so two transactions at a time never wait on each other's
  // locks; a first run's 0.5M writes then use both cores once scoring is done.
  await concurrently(
    batches.map(
      (rows) => () =>
        executor.run(
          cypherFile('detect/write-community-ids'),
          { rows },
          { mode: 'write', label: 'detect:community-ids' },
        ),
    ),
  );
}

/**
 * Writes the run and its networks in one transaction so readers never see a half-written
 * run.
 */
export async function persistRun(executor: Executor, run: RunToPersist): Promise<void> {
  await executor.transaction({ mode: 'write', label: 'detect:persist-run' }, async (tx) => {
    for (let i = 0; i < run.networks.length; i += NETWORK_BATCH) {
      await tx.run(cypherFile('detect/persist-networks'), {
        runId: run.runId,
        at: run.startedAt,
        networks: run.networks.slice(i, i + NETWORK_BATCH),
      });
    }
    // The run node last: readers take the newest run, which must be complete.
    await tx.run(cypherFile('detect/create-run'), {
      id: run.runId,
      startedAt: run.startedAt,
      params: JSON.stringify(run.params),
      modularity: run.modularity,
      communities: run.communities,
    });
  });
}
