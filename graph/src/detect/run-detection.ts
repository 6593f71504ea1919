import type { Executor } from '../db/executor.js';
import { cypherFile } from '../db/cypher-files.js';
import { louvain } from '../analytics/louvain.js';
import type { WeightedHit } from './candidates.js';
import { loadDomainConfig } from './domain-config.js';
import { changedCommunityIds, stableCommunityIds } from './community-ids.js';
import { concurrently } from './concurrently.js';
import { patternHitsIn } from './evidence.js';
import { describeMembers, type MemberProfile } from './member-profile.js';
import { rankNetworks, type RankedNetwork } from './rank-networks.js';
import { patternLibrary, runPatternDetailed, type FactHit } from './patterns.js';
import { persistRun, writeCommunityIds, type NetworkToPersist } from './persist.js';
import { kindOf, project } from './projection.js';
import { renderReasons, type Reason } from './reasons.js';
import { compareMembers } from './read-leads.js';
import { memberRole } from './roles.js';
import { readPreviousNetworks, trackNetworks } from './tracking.js';
import type {
  DetectionOptions,
  DetectionPhase,
  LeadNetwork,
  LeadsExport,
  MemberEntry,
  OrganizerEntry,
  ParamValue,
} from './types.js';

/**
 * Runs detection on what is loaded: projection → seeded Louvain (beside them the pattern
 * library) → scoring and organizer ranking → tracking against the previous run →
 * persistence. Returns
 * the leads export of `/work/shared/spec/leads-format.md`.
 */
export async function runDetection(
  executor: Executor,
  options: DetectionOptions = {},
): Promise<LeadsExport> {
  const config = loadDomainConfig();
  const lang = options.lang ?? 'ru';
  const seed = options.seed ?? config.detection.seed;
  const resolution = options.resolution ?? config.detection.resolution;
  const timeoutMs = config.detection.patternTimeoutMs * 4;
  const startedAt = new Date();
  const runId = `run-${startedAt.toISOString().replace(/[-:.]/g, '')}`;
  const timed = async <T>(phase: DetectionPhase, work: () => Promise<T> | T): Promise<T> => {
    const t0 = performance.now();
    const result = await work();
    options.onPhase?.(phase, performance.now() - t0);
    return result;
  };

  const persist = options.persist !== false;
  // Neo4j runs the pattern library while this process builds the projection and runs
  // Louvain, and writes the community ids while the patterns finish and scoring runs: on a
  // small machine no core waits for the other side.
  const patterns = timed('patterns', () =>
    runPatterns(executor, options.patterns, options.params ?? {}, options.onPattern),
  );
  // Awaited below; this only keeps a failure of the patterns while the projection is still
  // running from being reported as unhandled.
  patterns.catch(() => undefined);
  const graph = await timed('projection', () =>
    project(executor, config.weights.projection, timeoutMs),
  );
  const partition = await timed('louvain', () => louvain(graph, { seed, resolution }));
  const writes = persist ? changedCommunityIds(graph, stableCommunityIds(graph, partition)) : [];
  // Timed only when there is something to write: a phase's end is seen when this thread is
  // free again, so an empty write would report scoring's synchronous work as its own.
  const communityIds =
    writes.length > 0
      ? timed('community ids', () => writeCommunityIds(executor, writes))
      : Promise.resolve();
  communityIds.catch(() => undefined);
  const hits = await patterns;

  const ranked = await timed('scoring', () =>
    rankNetworks(
      graph,
      partition,
      hits,
      (refs) => describeMembers(executor, refs, config.violationArticles, timeoutMs),
      config,
    ),
  );

  const tracked = await timed('tracking', async () =>
    trackNetworks(
      ranked.kept.map((r) => r.candidate.members),
      await readPreviousNetworks(executor),
      runId,
      config.detection.trackingJaccard,
    ),
  );

  const networks: LeadNetwork[] = [];
  const toPersist: NetworkToPersist[] = [];
  ranked.kept.forEach((r, i) => {
    const track = tracked[i];
    if (!track) return;
    const network = toLeadNetwork(track.id, i + 1, r, ranked.profiles, lang);
    networks.push(network);
    toPersist.push(toPersisted(network, r, track, ranked.profiles));
  });

  await communityIds;
  if (persist) {
    await timed('persistence', () =>
      persistRun(executor, {
        runId,
        startedAt: startedAt.toISOString(),
        params: {
          seed,
          resolution,
          patterns: options.patterns ?? 'all',
          overrides: options.params ?? {},
        },
        modularity: partition.modularity,
        communities: partition.count,
        networks: toPersist,
      }),
    );
  }

  return {
    generatedAt: startedAt.toISOString(),
    dataset: options.dataset ?? (await datasetName(executor)),
    networks,
  };
}

async function runPatterns(
  executor: Executor,
  only: string[] | undefined,
  overrides: Record<string, Record<string, ParamValue>>,
  onPattern: DetectionOptions['onPattern'],
): Promise<WeightedHit[]> {
  const library = patternLibrary();
  const ids = only ?? [...library.keys()];
  const runs = await concurrently(
    ids.map((id) => async (): Promise<{ patternId: string; hits: FactHit[] }> => {
      const run = await runPatternDetailed(executor, id, overrides[id] ?? {});
      onPattern?.(run.patternId, run.ms, run.hits.length);
      return run;
    }),
  );
  return runs.flatMap((run) => {
    const pattern = library.get(run.patternId);
    if (!pattern) return [];
    return run.hits.map((hit) => ({
      ...hit,
      weight: pattern.weight,
      why: pattern.why,
      title: pattern.titles,
      evidenceTemplates: pattern.evidence,
    }));
  });
}

async function datasetName(executor: Executor): Promise<string> {
  const [row] = await executor.run(cypherFile('detect/dataset-name'), {}, { mode: 'read' });
  return (row?.['dir'] as string | undefined) ?? executor.uri;
}

function toLeadNetwork(
  id: string,
  rank: number,
  r: RankedNetwork,
  profiles: ReadonlyMap<string, MemberProfile>,
  lang: DetectionOptions['lang'],
): LeadNetwork {
  const organizerRefs = new Set(r.organizers.map((o) => o.ref));
  const organizers = r.organizers.flatMap((o): OrganizerEntry[] => {
    const why = renderReasons(o.reasons, lang);
    const key = o.ref.slice(o.ref.indexOf(':') + 1);
    if (kindOf(o.ref) === 'person') return [{ kind: 'person', iin: key, why }];
    if (kindOf(o.ref) === 'organization') return [{ kind: 'organization', bin: key, why }];
    return [];
  });
  const members = r.candidate.members
    .flatMap((ref) =>
      exportMember(
        ref,
        organizerRefs.has(ref) ? 'organizer' : memberRole(kindOf(ref), profiles.get(ref)),
        profiles.get(ref),
      ),
    )
    .sort(compareMembers);
  return {
    id,
    rank,
    score: r.scored.score,
    organizers,
    members,
    patterns: r.scored.patterns.map((p) => patternHitsIn(p, lang)),
    why: renderReasons(r.scored.reasons, lang),
  };
}

function exportMember(
  ref: string,
  role: string,
  profile: MemberProfile | undefined,
): MemberEntry[] {
  const key = ref.slice(ref.indexOf(':') + 1);
  switch (kindOf(ref)) {
    case 'person':
      return [{ kind: 'person', iin: key, role }];
    case 'organization':
      return [{ kind: 'organization', bin: key, role }];
    case 'foreigner':
      return profile?.passportCountry && profile.passportNo
        ? [
            {
              kind: 'migrant',
              passport_country: profile.passportCountry,
              passport_no: profile.passportNo,
              role,
            },
          ]
        : [];
    case 'address':
      return [
        {
          kind: 'address',
          ...(profile?.rka ? { rka: profile.rka } : {}),
          text: profile?.text ?? key,
          role,
        },
      ];
    case 'vehicle':
      return [{ kind: 'vehicle', plate: key, role }];
    default:
      return [];
  }
}

function toPersisted(
  network: LeadNetwork,
  r: RankedNetwork,
  track: ReturnType<typeof trackNetworks>[number],
  profiles: ReadonlyMap<string, MemberProfile>,
): NetworkToPersist {
  const organizerRank = new Map(
    r.organizers.map((o, i) => [o.ref, { rank: i + 1, reasons: o.reasons }]),
  );
  const members = r.candidate.members.flatMap((ref) => {
    const profile = profiles.get(ref);
    if (!profile) return [];
    const organizer = organizerRank.get(ref);
    return [
      {
        elementId: profile.elementId,
        role: organizer ? 'organizer' : memberRole(kindOf(ref), profile),
        organizerRank: organizer?.rank ?? null,
        why: organizer ? JSON.stringify(organizer.reasons satisfies Reason[]) : null,
      },
    ];
  });
  return {
    id: network.id,
    rank: network.rank,
    score: network.score,
    size: r.candidate.members.length,
    firstSeenRunId: track.firstSeenRunId,
    patterns: JSON.stringify(r.scored.patterns),
    reasons: JSON.stringify(r.scored.reasons),
    patternIds: network.patterns.map((p) => p.id),
    members,
    added: track.added,
    removed: track.removed,
    changed: !track.matched || track.added.length > 0 || track.removed.length > 0,
  };
}
