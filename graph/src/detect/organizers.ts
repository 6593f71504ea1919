import Graph from 'graphology';
import { personalizedPageRank } from '../analytics/personalized-pagerank.js';
import type { Candidate, WeightedHit } from './candidates.js';
import type { DomainConfig } from './domain-config.js';
import type { HubVerdict } from './hubs.js';
import type { MemberProfile } from './member-profile.js';
import { kindOf, type Projection } from './projection.js';
import type { Reason } from './reasons.js';
import { isParty, memberRole } from './roles.js';
import type { RankedOrganizer } from './types.js';

type Influence = Graph<{ kind: string }, { weight: number }>;

const ACTIVE_TAGS = ['INVITER', 'HOST', 'EMPLOYER', 'PETITIONER', 'CARRIER'];

/** Evidence a hit puts on one entity: pattern weight × hit score, lowered for clean hubs. */
function hitMass(
  hit: WeightedHit,
  verdicts: ReadonlyMap<string, HubVerdict>,
  config: DomainConfig,
): number {
  const legit = verdicts.get(hit.subject)?.status === 'legitimate';
  return hit.weight * hit.score * (legit ? config.legitimateHubs.suppression : 1);
}

/**
 * The influence graph of one network: its non-foreigner members linked by register control
 * (director, founder), shared contacts (phone, residence, legal address) and — more weakly —
 * by handling the same foreigners (host and flat, carrier and vehicle, inviter and host).
 */
export function influenceGraph(graph: Projection, members: readonly string[]): Influence {
  const inNetwork = new Set(members);
  const h: Influence = new Graph({ type: 'undirected', multi: false });
  for (const m of members) if (kindOf(m) !== 'foreigner') h.addNode(m, { kind: kindOf(m) });
  const add = (a: string, b: string, w: number): void => {
    if (a === b || !h.hasNode(a) || !h.hasNode(b)) return;
    const e = h.edge(a, b);
    if (e === undefined) h.addEdge(a, b, { weight: w });
    else h.updateEdgeAttribute(e, 'weight', (x) => (x ?? 0) + w);
  };
  const shared = new Map<string, number>();
  for (const m of members) {
    if (!graph.hasNode(m)) continue;
    if (kindOf(m) === 'foreigner') {
      const around = graph
        .neighbors(m)
        .filter((n) => inNetwork.has(n) && kindOf(n) !== 'foreigner');
      for (let i = 0; i < around.length; i++) {
        for (let j = i + 1; j < around.length; j++) {
          const [a, b] = [around[i] ?? '', around[j] ?? ''].sort();
          const key = `${a}\u0000${b}`;
          shared.set(key, (shared.get(key) ?? 0) + 1);
        }
      }
      continue;
    }
    graph.forEachEdge(m, (_e, attrs, s, t) => {
      const other = s === m ? t : s;
      if (m < other && attrs.link !== 'event' && attrs.link !== 'document') add(m, other, 1);
    });
  }
  // Co-handling saturates: fifty shared foreigners make a strong link, not fifty links.
  for (const [key, count] of shared) {
    const [a = '', b = ''] = key.split('\u0000');
    add(a, b, 0.5 * (1 - Math.exp(-count / 5)));
  }
  return h;
}

/**
 * Role-aware organizer ranking. Pattern evidence is the prior of a personalised PageRank
 * over the influence graph, so evidence against nominees (their invitations, their rubber
 * flats) flows to the person who directs their firms, owns the flats or shares their phone;
 * the result is weighted by the part each party plays (a hidden director counts as a
 * possible organizer, a driver hardly) and clean legitimate hubs are never named.
 */
export function rankOrganizers(
  candidate: Candidate,
  graph: Projection,
  profiles: ReadonlyMap<string, MemberProfile>,
  verdicts: ReadonlyMap<string, HubVerdict>,
  config: DomainConfig,
): RankedOrganizer[] {
  const h = influenceGraph(graph, candidate.members);
  const prior = new Map<string, number>();
  for (const hit of candidate.hits) {
    const mass = hitMass(hit, verdicts, config);
    if (h.hasNode(hit.subject)) {
      prior.set(hit.subject, (prior.get(hit.subject) ?? 0) + mass);
      continue;
    }
    const parties = hit.members.filter((m) => h.hasNode(m) && isParty(kindOf(m)));
    for (const p of parties) prior.set(p, (prior.get(p) ?? 0) + mass / parties.length);
  }
  const rank = personalizedPageRank(h, prior, { damping: 0.85 });
  const weights = config.weights.organizer;
  const scored: RankedOrganizer[] = [];
  for (const ref of h.nodes()) {
    if (!isParty(kindOf(ref))) continue;
    if (verdicts.get(ref)?.status === 'legitimate') continue;
    const profile = profiles.get(ref);
    const role =
      profile && profile.controls > 0 && !isActive(profile)
        ? 'organizer'
        : memberRole(kindOf(ref), profile);
    const roleWeight = weights.roles[role] ?? weights.roles['organizer'] ?? 1;
    const score = (rank.get(ref) ?? 0) * roleWeight;
    if (score <= 0) continue;
    scored.push({
      ref,
      score,
      reasons: organizerReasons(ref, role, candidate, graph, h, profiles),
    });
  }
  scored.sort((a, b) => b.score - a.score || a.ref.localeCompare(b.ref));
  const top = scored[0]?.score ?? 0;
  return scored
    .filter((o) => o.score >= top * 0.35)
    .slice(0, config.detection.maxOrganizers)
    .map((o) => ({ ...o, score: top > 0 ? o.score / top : 0 }));
}

function isActive(profile: MemberProfile): boolean {
  return ACTIVE_TAGS.some((tag) => (profile.roles[tag] ?? 0) > 0);
}

function organizerReasons(
  ref: string,
  role: string,
  candidate: Candidate,
  graph: Projection,
  h: Influence,
  profiles: ReadonlyMap<string, MemberProfile>,
): Reason[] {
  const contact = (a: string, b: string): boolean => {
    const e = graph.edge(a, b);
    return e !== undefined && graph.getEdgeAttribute(e, 'link') === 'contact';
  };
  const reasons: Reason[] = [];
  const active = (n: string): boolean => {
    const p = profiles.get(n);
    return p !== undefined && isActive(p);
  };
  const firms = new Set<string>();
  const phoneMates = new Set<string>();
  const addressMates = new Set<string>();
  const homes = new Set<string>();
  for (const n of h.neighbors(ref)) {
    const kind = kindOf(n);
    if (kind === 'organization' && active(n) && (profiles.get(ref)?.controls ?? 0) > 0)
      firms.add(n);
    if (kind === 'phone') {
      for (const mate of h.neighbors(n))
        if (mate !== ref && isParty(kindOf(mate))) phoneMates.add(mate);
    }
    if (kind === 'address' && contact(ref, n)) {
      if ((profiles.get(n)?.roles['Registration'] ?? 0) > 0) homes.add(n);
      for (const mate of h.neighbors(n)) {
        if (mate !== ref && isParty(kindOf(mate)) && active(mate) && contact(mate, n)) {
          addressMates.add(mate);
        }
      }
    }
  }
  if (firms.size > 0) reasons.push({ code: 'org:controls', values: { n: firms.size } });
  for (const hit of candidate.hits) {
    if (hit.subject === ref)
      reasons.push({ code: `pattern:${hit.patternId}`, values: hit.facts, templates: hit.why });
  }
  if (phoneMates.size > 0)
    reasons.push({ code: 'org:shared-phone', values: { n: phoneMates.size } });
  if (addressMates.size > 0)
    reasons.push({ code: 'org:shared-address', values: { n: addressMates.size } });
  if (homes.size > 0) reasons.push({ code: 'org:owns-addresses', values: { n: homes.size } });
  if (reasons.length === 0) reasons.push({ code: 'org:central', values: { n: h.degree(ref) } });
  reasons.push({ code: 'org:role', values: { role } });
  return reasons;
}
