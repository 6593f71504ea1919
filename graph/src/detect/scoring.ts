import type { Candidate, WeightedHit } from './candidates.js';
import type { DomainConfig } from './domain-config.js';
import { distinctItems, type PatternEvidence } from './evidence.js';
import type { HubVerdict } from './hubs.js';
import type { Projection } from './projection.js';
import type { Reason } from './reasons.js';

export interface NetworkScore {
  score: number;
  reasons: Reason[];
  patterns: PatternEvidence[];
}

/**
 * Share of the members' edge weight that stays inside the network (1 − conductance of the
 * member set; cf. Kannan, Vempala, Vetta, J. ACM 51 (2004) 497, doi:10.1145/990308.990313):
 * a tight group scores near 1, a few hits lost in a hub's crowd near 0.
 */
export function cohesion(graph: Projection, members: readonly string[]): number {
  const inside = new Set(members);
  let internal = 0;
  let total = 0;
  for (const m of members) {
    if (!graph.hasNode(m)) continue;
    graph.forEachEdge(m, (_e, attrs, s, t) => {
      total += attrs.weight;
      if (inside.has(s === m ? t : s)) internal += attrs.weight;
    });
  }
  return total > 0 ? internal / total : 0;
}

/**
 * Network score in [0, 1]: pattern evidence combined as independent signals (noisy-OR of
 * weight × score per hit), a bonus for distinct indicators agreeing, and the community's
 * cohesion. Hits on a clean legitimate hub count only at the suppression factor; a hub that
 * behaves like a front counts in full and says so.
 */
export function scoreNetwork(
  candidate: Candidate,
  graph: Projection,
  verdicts: ReadonlyMap<string, HubVerdict>,
  config: DomainConfig,
): NetworkScore {
  const reasons: Reason[] = [];
  let miss = 1;
  const byPattern = new Map<string, WeightedHit[]>();
  const suppressed = new Set<string>();
  for (const hit of candidate.hits) {
    const verdict = verdicts.get(hit.subject);
    let factor = 1;
    if (verdict?.status === 'legitimate') {
      factor = config.legitimateHubs.suppression;
      suppressed.add(verdict.type);
    }
    miss *= 1 - Math.min(1, hit.weight * hit.score * factor);
    const list = byPattern.get(hit.patternId);
    if (list) list.push(hit);
    else byPattern.set(hit.patternId, [hit]);
  }
  for (const [ref, verdict] of verdicts) {
    if (verdict.status === 'front' && candidate.members.includes(ref)) {
      reasons.push({
        code: 'net:front',
        values: { type: verdict.type, rate: Math.round(verdict.rate * 100) },
      });
    }
  }
  for (const type of suppressed) reasons.push({ code: 'net:hub-suppressed', values: { type } });
  const evidence = 1 - miss;
  const diversity = 1 + config.weights.patternDiversityBonus * (byPattern.size - 1);
  const c = config.weights.communityCohesion;
  const cohesive = cohesion(graph, candidate.members);
  const score = Math.min(1, evidence * diversity) * (1 - c + c * cohesive);

  const patternIds = [...byPattern.keys()].sort();
  reasons.unshift({
    code: 'net:patterns',
    values: { n: patternIds.length, list: patternIds.join(', ') },
  });
  const kinds = countKinds(candidate.members);
  reasons.push({
    code: 'net:community',
    values: {
      n: candidate.members.length,
      parties: kinds.parties,
      migrants: kinds.migrants,
    },
  });
  const patterns = patternIds.flatMap((id): PatternEvidence[] => {
    const hits = byPattern.get(id) ?? [];
    const [first] = hits;
    if (!first) return [];
    return [
      {
        id,
        hits: hits.length,
        evidence: distinctItems(hits.flatMap((h) => h.evidence)).slice(0, 50),
        templates: first.evidenceTemplates,
      },
    ];
  });
  return { score: Math.round(score * 1000) / 1000, reasons, patterns };
}

function countKinds(members: readonly string[]): { parties: number; migrants: number } {
  let parties = 0;
  let migrants = 0;
  for (const m of members) {
    if (m.startsWith('person:') || m.startsWith('organization:')) parties++;
    else if (m.startsWith('foreigner:')) migrants++;
  }
  return { parties, migrants };
}
