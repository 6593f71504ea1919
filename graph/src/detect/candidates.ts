import type { Partition } from '../analytics/louvain.js';
import type { Templates } from './reasons.js';
import type { FactHit } from './patterns.js';
import { kindOf, type Projection } from './projection.js';
import { isParty } from './roles.js';

/** A pattern hit with what scoring needs from its pattern's header. */
export interface WeightedHit extends FactHit {
  weight: number;
  why: Templates;
  title: Templates;
  /** The header's `evidence.*` templates, which print the hit's evidence items. */
  evidenceTemplates: Templates;
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
 * Groups hits by community and keeps, of each community, the part that the evidence is
 * about. Louvain puts a channel's migrants together with whatever else they touched (the
 * one-off employer of one migrant, its director and his flat); an investigator needs the
 * channel: the entities the hits name, the parties, places and vehicles that handled at
 * least two of the community's migrants next to them, whoever stands behind those by the
 * register (founder, director, owner of a phone or flat), and the migrants they handled.
 * Excluded entities (clean legitimate hubs, once known) are neither members nor paths: a
 * university beside a channel does not bring its students, dormitories and buses along.
 */
export function buildCandidates(
  graph: Projection,
  partition: Partition,
  hits: WeightedHit[],
  exclude: (ref: string) => boolean = () => false,
): Candidate[] {
  const byCommunity = new Map<number, WeightedHit[]>();
  for (const hit of hits) {
    const c = communityOfHit(hit, partition);
    if (c === undefined) continue;
    const list = byCommunity.get(c);
    if (list) list.push(hit);
    else byCommunity.set(c, [hit]);
  }
  const candidates: Candidate[] = [];
  for (const [community, communityHits] of byCommunity) {
    const members = coreMembers(graph, partition, community, communityHits, exclude);
    candidates.push(...connectedParts(graph, community, members, communityHits));
  }
  return joinedByControl(graph, candidates, exclude).sort((a, b) => a.community - b.community);
}

/**
 * A community's evidence may fall apart once clean hubs and the places they dominate are
 * left out: two channels that worked at one large employer's sites are two leads, not one.
 * Each connected part of the members keeps the hits about it; a part no hit is about is
 * dropped.
 */
function connectedParts(
  graph: Projection,
  community: number,
  members: string[],
  hits: WeightedHit[],
): Candidate[] {
  const inside = new Set(members);
  const part = new Map<string, number>();
  let parts = 0;
  for (const start of members) {
    if (part.has(start)) continue;
    const stack = [start];
    part.set(start, parts);
    while (stack.length > 0) {
      const node = stack.pop() as string;
      graph.forEachNeighbor(node, (n) => {
        if (inside.has(n) && !part.has(n)) {
          part.set(n, parts);
          stack.push(n);
        }
      });
    }
    parts++;
  }
  if (parts <= 1) return members.length > 0 ? [{ community, members, hits }] : [];
  const hitsOf = new Map<number, WeightedHit[]>();
  for (const hit of hits) {
    const p =
      part.get(hit.subject) ?? hit.members.map((m) => part.get(m)).find((x) => x !== undefined);
    if (p === undefined) continue;
    const list = hitsOf.get(p);
    if (list) list.push(hit);
    else hitsOf.set(p, [hit]);
  }
  return [...hitsOf].map(([p, partHits]) => ({
    community,
    members: members.filter((m) => part.get(m) === p),
    hits: partHits,
  }));
}

/**
 * Louvain may cut a channel along its firms (each shell with its invitees); one founder or
 * director behind firms in several candidates makes them one network.
 */
function joinedByControl(
  graph: Projection,
  candidates: Candidate[],
  exclude: (ref: string) => boolean,
): Candidate[] {
  const owner = new Map<string, number>();
  candidates.forEach((c, i) => {
    for (const m of c.members) owner.set(m, i);
  });
  const parent = candidates.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i] ?? i] ?? i;
    return i;
  };
  candidates.forEach((c, i) => {
    for (const m of c.members) {
      if (!graph.hasNode(m) || exclude(m)) continue;
      graph.forEachEdge(m, (_e, attrs, s, t) => {
        if (attrs.link !== 'founder' && attrs.link !== 'director') return;
        const j = owner.get(s === m ? t : s);
        if (j !== undefined && find(j) !== find(i)) parent[find(j)] = find(i);
      });
    }
  });
  const groups = new Map<number, Candidate[]>();
  candidates.forEach((c, i) => {
    const root = find(i);
    const list = groups.get(root);
    if (list) list.push(c);
    else groups.set(root, [c]);
  });
  return [...groups.values()].map((group) =>
    group.length === 1 && group[0]
      ? group[0]
      : {
          community: Math.min(...group.map((c) => c.community)),
          members: [...new Set(group.flatMap((c) => c.members))].sort(),
          hits: group.flatMap((c) => c.hits),
        },
  );
}

function coreMembers(
  graph: Projection,
  partition: Partition,
  community: number,
  hits: WeightedHit[],
  exclude: (ref: string) => boolean,
): string[] {
  const inside = (node: string): boolean =>
    partition.communities[node] === community && !exclude(node);
  const isForeigner = (node: string): boolean =>
    graph.getNodeAttribute(node, 'kind') === 'foreigner';
  // A clean hub's own hits say nothing about the channel beside it: its invitees and
  // students are not the channel's migrants.
  const relevant = hits.filter((hit) => !exclude(hit.subject));
  // The evidence: each hit's subject and the parties it names. Places and vehicles a hit
  // merely mentions (the building sites of an employer's unpermitted workers) are tested
  // below like any other place: a site the channel shares with a large employer stays out.
  const core = new Set<string>();
  for (const hit of relevant) {
    for (const m of [hit.subject, ...hit.members]) {
      if (graph.hasNode(m) && inside(m) && (m === hit.subject || isParty(kindOf(m)))) core.add(m);
    }
  }
  // Migrants next to the evidence, then whoever handled at least two of them.
  const migrants = new Set<string>();
  for (const node of core) {
    graph.forEachNeighbor(node, (n) => {
      if (inside(n) && isForeigner(n)) migrants.add(n);
    });
  }
  const handled = new Map<string, number>();
  for (const f of migrants) {
    graph.forEachNeighbor(f, (n) => {
      if (inside(n) && !isForeigner(n) && !core.has(n)) handled.set(n, (handled.get(n) ?? 0) + 1);
    });
  }
  // A place, vehicle or party joins when at least two of these migrants and at least half of
  // all the foreigners it handled are theirs: a big employer's dormitory or building site
  // that the channel also used stays out.
  for (const [node, count] of handled) {
    const all = graph.filterNeighbors(node, (n) => isForeigner(n)).length;
    if (count >= 2 && count * 2 >= all) core.add(node);
  }
  // Register links one hop out: the founder or director behind a firm, an owned phone or flat.
  const behind = new Set<string>();
  for (const node of core) {
    graph.forEachEdge(node, (_e, attrs, s, t) => {
      const other = s === node ? t : s;
      if (
        inside(other) &&
        !core.has(other) &&
        attrs.link !== 'event' &&
        attrs.link !== 'document'
      ) {
        behind.add(other);
      }
    });
  }
  for (const node of behind) {
    const kind = graph.getNodeAttribute(node, 'kind');
    const anchors = graph.filterNeighbors(node, (n) => core.has(n)).length;
    if (kind === 'person' || kind === 'organization' || anchors >= 2) core.add(node);
  }
  // The network's migrants: named by a hit, or handled by at least two of its members (the
  // inviter and the flat, the carrier and the vehicle) — not everyone who ever worked at a
  // building site the channel also used.
  const named = new Set(relevant.flatMap((h) => h.members));
  const members = new Set<string>();
  for (const node of core) {
    graph.forEachNeighbor(node, (n) => {
      if (!inside(n) || !isForeigner(n) || members.has(n)) return;
      const ties = graph.filterNeighbors(n, (m) => core.has(m)).length;
      if (named.has(n) || ties >= 2) members.add(n);
    });
  }
  return [...core, ...members].sort();
}
