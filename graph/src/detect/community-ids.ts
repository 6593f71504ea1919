import { createHash } from 'node:crypto';
import type { Partition } from '../analytics/louvain.js';
import type { Projection } from './projection.js';

/** A community's id: a 48-bit hash of its smallest member ref. */
function idOfSmallestMember(ref: string): number {
  return Number.parseInt(createHash('sha256').update(ref).digest('hex').slice(0, 12), 16);
}

/**
 * Community ids that do not depend on Louvain's arbitrary numbering: each community is named
 * by a 48-bit hash of its smallest member ref. The same partition gets the same ids on every
 * run, so a re-run rewrites only the nodes whose community really changed. (The graph's nodes
 * are walked rather than the partition's keys: enumerating an object of 0.5M keys costs
 * seconds.)
 */
export function stableCommunityIds(graph: Projection, partition: Partition): Map<string, number> {
  const { communities } = partition;
  const smallest = new Map<number, string>();
  graph.forEachNode((ref) => {
    const c = communities[ref];
    if (c === undefined) return;
    const current = smallest.get(c);
    if (current === undefined || ref < current) smallest.set(c, ref);
  });
  const idOf = new Map<number, number>();
  for (const [c, ref] of smallest) idOf.set(c, idOfSmallestMember(ref));
  const ids = new Map<string, number>();
  graph.forEachNode((ref) => {
    const c = communities[ref];
    if (c !== undefined) ids.set(ref, idOf.get(c) ?? c);
  });
  return ids;
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
  ids: ReadonlyMap<string, number>,
): CommunityWrite[] {
  const changed: CommunityWrite[] = [];
  graph.forEachNode((ref, { elementId, storedCommunity }) => {
    const c = ids.get(ref);
    if (c === undefined || storedCommunity === c) return;
    if (elementId === undefined) {
      throw new TypeError(`projection: node ${ref} has no element id to write its community to`);
    }
    changed.push({ e: elementId, c });
  });
  return changed;
}
