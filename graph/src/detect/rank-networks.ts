import type { Partition } from '../analytics/louvain.js';
import { buildCandidates, type Candidate, type WeightedHit } from './candidates.js';
import type { DomainConfig } from './domain-config.js';
import { classifyHub, type HubVerdict } from './hubs.js';
import type { MemberProfile } from './member-profile.js';
import { rankOrganizers } from './organizers.js';
import { kindOf, type Projection } from './projection.js';
import { isParty } from './roles.js';
import { scoreNetwork, type NetworkScore } from './scoring.js';
import type { RankedOrganizer } from './types.js';

export interface RankedNetwork {
  candidate: Candidate;
  scored: NetworkScore;
  organizers: RankedOrganizer[];
}

/** Facts about entities, by ref (from Neo4j in production, from a fixture in tests). */
export type Describe = (refs: string[]) => Promise<Map<string, MemberProfile>>;

/**
 * The scoring stage of detection: candidates from communities and hits, hub verdicts from
 * the members' profiles, network scores and organizer ranking. Apart from `describe` it
 * touches no database, so it can be replayed on a saved projection.
 */
export async function rankNetworks(
  graph: Projection,
  partition: Partition,
  hits: WeightedHit[],
  describe: Describe,
  config: DomainConfig,
): Promise<{ kept: RankedNetwork[]; profiles: Map<string, MemberProfile> }> {
  // Hub suppression only ever lowers a score, so the score without it is an upper bound:
  // only candidates that could still make the cut are described (one query per batch).
  const plausible = buildCandidates(graph, partition, hits)
    .map((candidate) => ({
      candidate,
      bound: scoreNetwork(candidate, graph, new Map(), config).score,
    }))
    .filter((c) => c.bound >= config.detection.minNetworkScore)
    .sort((a, b) => b.bound - a.bound)
    .slice(0, config.detection.maxNetworks * 2)
    .map((c) => c.candidate);
  // Hub verdicts need the parties' profiles only (a hub is a firm or a person); the other
  // members — migrants, places, phones, vehicles: most refs — are described once the cut is
  // made, for the networks kept.
  const described = new Set(plausible.flatMap((c) => c.members));
  const profiles = await describe([...described].filter((ref) => isParty(kindOf(ref))));
  const verdicts = new Map<string, HubVerdict>();
  for (const [ref, profile] of profiles) {
    const verdict = classifyHub(profile, config);
    if (verdict.status !== 'none') verdicts.set(ref, verdict);
  }
  const isHub = (ref: string): boolean => verdicts.get(ref)?.status === 'legitimate';
  const kept = buildCandidates(
    graph,
    partition,
    plausible.flatMap((c) => c.hits),
    isHub,
  )
    .map((candidate) => ({ candidate, scored: scoreNetwork(candidate, graph, verdicts, config) }))
    .filter((r) => r.scored.score >= config.detection.minNetworkScore)
    .sort(
      (a, b) =>
        b.scored.score - a.scored.score ||
        (a.candidate.members[0] ?? '').localeCompare(b.candidate.members[0] ?? ''),
    )
    .slice(0, config.detection.maxNetworks);
  const rest = new Set(
    kept
      .flatMap((r) => r.candidate.members)
      .filter((ref) => described.has(ref) && !isParty(kindOf(ref))),
  );
  for (const [ref, profile] of await describe([...rest])) profiles.set(ref, profile);
  return {
    kept: kept.map((r): RankedNetwork => ({
      ...r,
      organizers: rankOrganizers(r.candidate, graph, profiles, verdicts, config),
    })),
    profiles,
  };
}
