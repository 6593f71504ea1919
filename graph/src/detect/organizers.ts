import Graph from 'graphology';
import { personalizedPageRank } from '../analytics/personalized-pagerank.js';
import type { Candidate, WeightedHit } from './candidates.js';
import type { DomainConfig } from './domain-config.js';
import type { HubVerdict } from './hubs.js';
import type { MemberProfile } from './member-profile.js';
import { kindOf, type LinkKind, type Projection } from './projection.js';
import type { Reason } from './reasons.js';
import { isParty, memberRole } from './roles.js';
import type { RankedOrganizer } from './types.js';

type Influence = Graph<{ kind: string }, { weight: number }>;

const ACTIVE_TAGS = ['INVITER', 'HOST', 'EMPLOYER', 'PETITIONER', 'CARRIER'];

const LODGING_TAGS = ['Registration', 'Invitation', 'Petition'];

function isLodging(profile: MemberProfile | undefined): boolean {
  return profile !== undefined && LODGING_TAGS.some((tag) => (profile.roles[tag] ?? 0) > 0);
}

function isActive(profile: MemberProfile | undefined): boolean {
  return profile !== undefined && ACTIVE_TAGS.some((tag) => (profile.roles[tag] ?? 0) > 0);
}

/**
 * The influence graph of one network: its non-foreigner members linked by register facts
 * (director, founder, owned phone or address), phones given on records and — saturating —
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
        .filter((n) => inNetwork.has(n) && kindOf(n) !== 'foreigner')
        .sort();
      for (let i = 0; i < around.length; i++) {
        for (let j = i + 1; j < around.length; j++) {
          const key = `${around[i]}\u0000${around[j]}`;
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

/** Evidence on each entity: Σ weight × score of the hits naming it (a clean hub's at the suppression factor). */
export function evidenceOf(
  hits: readonly WeightedHit[],
  h: Influence,
  verdicts: ReadonlyMap<string, HubVerdict>,
  config: DomainConfig,
): Map<string, number> {
  const evidence = new Map<string, number>();
  const credit = (ref: string, mass: number): void => {
    evidence.set(ref, (evidence.get(ref) ?? 0) + mass);
  };
  for (const hit of hits) {
    const legit = verdicts.get(hit.subject)?.status === 'legitimate';
    const mass = hit.weight * hit.score * (legit ? config.legitimateHubs.suppression : 1);
    if (h.hasNode(hit.subject)) {
      credit(hit.subject, mass);
      continue;
    }
    // A subject outside the influence graph (a forged document): its parties share the mass.
    const parties = hit.members.filter((m) => h.hasNode(m) && isParty(kindOf(m)));
    for (const p of parties) credit(p, mass / parties.length);
  }
  return evidence;
}

interface Behind {
  firms: string[];
  founded: number;
  control: number;
  /** Owned phones/addresses used by other active parties of the network. */
  assets: { ref: string; users: string[] }[];
  assetScore: number;
  phoneUsers: number;
  flatUsers: number;
}

/**
 * What stands behind a party: firms it founded or directs, and the phones and flats the
 * register gives it that other active members of the network use (a nominee giving the
 * organizer's phone, co-hosts registering foreigners at the organizer's flat).
 */
function behind(
  ref: string,
  graph: Projection,
  h: Influence,
  evidence: ReadonlyMap<string, number>,
  profiles: ReadonlyMap<string, MemberProfile>,
  verdicts: ReadonlyMap<string, HubVerdict>,
  config: DomainConfig,
): Behind {
  // Standing behind a clean hub (the parents whose grown children host relatives at the
  // family home, the founder of a real university) is not running a channel.
  const counts = (y: string): boolean =>
    isActive(profiles.get(y)) && verdicts.get(y)?.status !== 'legitimate';
  const w = config.weights.organizer;
  const linkTo = (a: string, b: string): LinkKind | undefined => {
    const e = graph.edge(a, b);
    return e === undefined ? undefined : graph.getEdgeAttribute(e, 'link');
  };
  const worth = (y: string): number => (evidence.get(y) ?? 0) + w.unevidencedUser;
  const firms: string[] = [];
  let founded = 0;
  let control = 0;
  const assets: Behind['assets'] = [];
  let assetScore = 0;
  let phoneUsers = 0;
  let flatUsers = 0;
  for (const n of h.neighbors(ref)) {
    const link = linkTo(ref, n);
    if (kindOf(n) === 'organization' && (link === 'founder' || link === 'director')) {
      if (!counts(n)) continue;
      firms.push(n);
      if (link === 'founder') founded++;
      control += worth(n) * (link === 'founder' ? 1 : w.directorShare);
      continue;
    }
    if (link !== 'owns' || (kindOf(n) !== 'phone' && kindOf(n) !== 'address')) continue;
    // A flat counts when foreigners are invited, registered or petitioned for there — a firm's
    // own legal address that is merely its work site does not.
    if (kindOf(n) === 'address' && !isLodging(profiles.get(n))) continue;
    const owners = h.neighbors(n).filter((y) => isParty(kindOf(y)) && linkTo(y, n) === 'owns');
    const others = h
      .neighbors(n)
      .filter((y) => y !== ref && isParty(kindOf(y)) && isActive(profiles.get(y)))
      .filter((y) => linkTo(y, n) !== 'owns');
    // A home only clean families host their relatives at is a family home, whatever its count.
    if (others.length > 0 && others.every((y) => !counts(y))) continue;
    const users = others.filter(counts);
    if (users.length === 0 && (evidence.get(n) ?? 0) === 0) continue;
    assets.push({ ref: n, users });
    const share = 1 / Math.max(1, owners.length);
    assetScore += share * ((evidence.get(n) ?? 0) + users.reduce((s, y) => s + worth(y), 0));
    if (kindOf(n) === 'phone') phoneUsers += users.length;
    else flatUsers += users.length;
  }
  return { firms, founded, control, assets, assetScore, phoneUsers, flatUsers };
}

/**
 * Role-aware organizer ranking. A party's score is its own pattern evidence plus the
 * evidence of what it stands behind — firms it founded or directs (a director counting at a
 * share of a founder), its phone and flats used by other active members — weighted by the
 * part it plays (someone with no records of their own who stands behind active parties is
 * the organizer role; a driver hardly) and modulated by personalised-PageRank centrality
 * over the influence graph. Clean legitimate hubs are never named.
 */
export function rankOrganizers(
  candidate: Candidate,
  graph: Projection,
  profiles: ReadonlyMap<string, MemberProfile>,
  verdicts: ReadonlyMap<string, HubVerdict>,
  config: DomainConfig,
): RankedOrganizer[] {
  const w = config.weights.organizer;
  const h = influenceGraph(graph, candidate.members);
  const evidence = evidenceOf(candidate.hits, h, verdicts, config);
  const rank = personalizedPageRank(h, evidence, { damping: 0.85 });
  let maxRank = 0;
  for (const [ref, r] of rank) if (isParty(kindOf(ref)) && r > maxRank) maxRank = r;
  const scored: RankedOrganizer[] = [];
  for (const ref of h.nodes()) {
    if (!isParty(kindOf(ref)) || verdicts.get(ref)?.status === 'legitimate') continue;
    const profile = profiles.get(ref);
    const b = behind(ref, graph, h, evidence, profiles, verdicts, config);
    const standsBehind = b.firms.length > 0 || b.assets.some((a) => a.users.length > 0);
    const role =
      standsBehind && !isActive(profile) ? 'organizer' : memberRole(kindOf(ref), profile);
    const roleWeight = w.roles[role] ?? 1;
    const own = evidence.get(ref) ?? 0;
    const base = w.hitScore * own + w.control * b.control + w.sharedContact * b.assetScore;
    const centrality = maxRank > 0 ? (rank.get(ref) ?? 0) / maxRank : 0;
    const score = roleWeight * base * (1 - w.centrality + w.centrality * centrality);
    if (score <= 0) continue;
    scored.push({ ref, score, reasons: reasonsFor(ref, role, candidate, b) });
  }
  scored.sort((a, b) => b.score - a.score || a.ref.localeCompare(b.ref));
  const top = scored[0]?.score ?? 0;
  return scored
    .filter((o) => o.score >= top * 0.35)
    .slice(0, config.detection.maxOrganizers)
    .map((o) => ({ ...o, score: top > 0 ? Math.round((o.score / top) * 1000) / 1000 : 0 }));
}

function reasonsFor(ref: string, role: string, candidate: Candidate, b: Behind): Reason[] {
  const reasons: Reason[] = [];
  if (b.founded > 0) reasons.push({ code: 'org:founds', values: { n: b.founded } });
  const directed = b.firms.length - b.founded;
  if (directed > 0) reasons.push({ code: 'org:directs', values: { n: directed } });
  if (b.phoneUsers > 0) reasons.push({ code: 'org:shared-phone', values: { n: b.phoneUsers } });
  const flats = b.assets.filter((a) => kindOf(a.ref) === 'address');
  if (flats.length > 0) {
    reasons.push({ code: 'org:owns-addresses', values: { n: flats.length, users: b.flatUsers } });
  }
  for (const hit of candidate.hits) {
    if (hit.subject === ref) {
      reasons.push({ code: `pattern:${hit.patternId}`, values: hit.facts, templates: hit.why });
    }
  }
  if (reasons.length === 0) reasons.push({ code: 'org:central', values: {} });
  reasons.push({ code: 'org:role', values: { role } });
  return reasons;
}
