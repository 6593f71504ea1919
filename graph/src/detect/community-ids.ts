import { createHash } from 'node:crypto';
import type { Partition } from '../analytics/louvain.js';
import type { Projection } from './projection.js';

/**
 * Community ids that do not depend on Louvain's arbitrary numbering: each community is named
 * by a 48-bit hash of its smallest member ref. The same partition gets the same ids on every
 * run, so a re-run rewrites only the nodes whose community really changed.
 */
export function stableCommunityIds(partition: Partition): Record<string, number> {
  const smallest = new Map<number, string>();
  for (const [ref, c] of Object.entries(partition.communities)) {
    const current = smallest.get(c);
    if (current === undefined || ref < current) smallest.set(c, ref);
  }
  const idOf = new Map<number, number>();
  for (const [c, ref] of smallest) {
    idOf.set(c, Number.parseInt(createHash('sha256').update(ref).digest('hex').slice(0, 12), 16));
  }
  const out: Record<string, number> = {};
  for (const [ref, c] of Object.entries(partition.communities)) out[ref] = idOf.get(c) ?? c;
  return out;
}

/** One community id to write back: `e` the node's element id, `c` its community. */
export interface CommunityWrite {
  e: string;
  c: number;
}

/**
 * The ids that differ from what the projected nodes already hold: a re-run on unchanged data
 * writes nothing, instead of seeking every projected entity to compare.
 */
export function changedCommunityIds(
  graph: Projection,
  ids: Record<string, number>,
): CommunityWrite[] {
  const changed: CommunityWrite[] = [];
  for (const [ref, c] of Object.entries(ids)) {
    if (!graph.hasNode(ref)) continue;
    const { elementId, storedCommunity } = graph.getNodeAttributes(ref);
    if (storedCommunity === c) continue;
    if (elementId === undefined) {
      throw new TypeError(`projection: node ${ref} has no element id to write its community to`);
    }
    changed.push({ e: elementId, c });
  }
  return changed;
}
