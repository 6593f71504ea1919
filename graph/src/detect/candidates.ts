import type { Partition } from '../analytics/louvain.js';
import type { Templates } from './reasons.js';
import type { FactHit } from './patterns.js';
import type { Projection } from './projection.js';

/** A pattern hit with what scoring needs from its pattern's header. */
export interface WeightedHit extends FactHit {
  weight: number;
  why: Templates;
  title: Templates;
}

/** A community that carries at least one pattern hit: the raw material of a network. */
export interface Candidate {
  community: number;
  members: string[];
  hits: WeightedHit[];
}

/** The community a hit belongs to: its subject's, else the one most of its members share. */
export function communityOfHit(hit: FactHit, partition: Partition): number | undefined {
  const own = partition.communities[hit.subject];
  if (own !== undefined) return own;
  const votes = new Map<number, number>();
  for (const member of hit.members) {
    const c = partition.communities[member];
    if (c !== undefined) votes.set(c, (votes.get(c) ?? 0) + 1);
  }
  let best: number | undefined;
  let bestVotes = 0;
  for (const [c, n] of votes) {
    if (n > bestVotes || (n === bestVotes && best !== undefined && c < best)) {
      best = c;
      bestVotes = n;
    }
  }
  return best;
}

/**
 * Groups hits by community. A community small enough to read is a network as a whole; in a
 * large one (a city's worth of background linked through hubs) the network is the
 * neighbourhood of its hits: their members and the non-foreigner neighbours of their
 * subjects inside the community.
 */
export function buildCandidates(
  graph: Projection,
  partition: Partition,
  hits: WeightedHit[],
  maxMembers: number,
): Candidate[] {
  const byCommunity = new Map<number, WeightedHit[]>();
  for (const hit of hits) {
    const c = communityOfHit(hit, partition);
    if (c === undefined) continue;
    const list = byCommunity.get(c);
    if (list) list.push(hit);
    else byCommunity.set(c, [hit]);
  }
  const nodesOf = new Map<number, string[]>();
  for (const [node, c] of Object.entries(partition.communities)) {
    if (!byCommunity.has(c)) continue;
    const list = nodesOf.get(c);
    if (list) list.push(node);
    else nodesOf.set(c, [node]);
  }
  const candidates: Candidate[] = [];
  for (const [community, communityHits] of byCommunity) {
    const nodes = nodesOf.get(community) ?? [];
    const members =
      nodes.length <= maxMembers
        ? nodes
        : hitNeighbourhood(graph, partition, community, communityHits);
    candidates.push({ community, members: [...new Set(members)].sort(), hits: communityHits });
  }
  return candidates.sort((a, b) => a.community - b.community);
}

function hitNeighbourhood(
  graph: Projection,
  partition: Partition,
  community: number,
  hits: WeightedHit[],
): string[] {
  const inside = (node: string): boolean => partition.communities[node] === community;
  const out = new Set<string>();
  for (const hit of hits) {
    for (const m of hit.members) if (inside(m)) out.add(m);
    if (inside(hit.subject)) out.add(hit.subject);
    if (!graph.hasNode(hit.subject)) continue;
    graph.forEachNeighbor(hit.subject, (neighbour, attrs) => {
      if (attrs.kind !== 'foreigner' && inside(neighbour)) out.add(neighbour);
    });
  }
  return [...out];
}
