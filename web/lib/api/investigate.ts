import type { Locale } from '@/i18n/locales';
import { countryNamesOf } from '@/lib/display/subtitle';
import { propertiesOf, type WireCountry } from './properties';
import { kindOfRef } from '@/lib/graph/refs';
import { gql } from './client';
import { graphViewFields } from './graph-view-fields';
import { reshapeGraphView, type WireGraphView } from './subgraph';
import type {
  EntityKind,
  EntityProfile,
  EntitySummary,
  SearchHit,
  Source,
  SubGraph,
  TimelineEvent,
} from './types';

// --- wire shapes (api/src/modules/investigation/investigation.graphql) ---

interface WireSource {
  file?: string | null;
  line?: number | null;
  loadId?: string | null;
}
interface WireSummary {
  ref: string;
  label: string;
  subtitle?: string | null;
}
interface WireFact {
  ref: string;
  kind: string;
  date?: string | null;
  properties: Record<string, unknown>;
  countries: WireCountry[];
  source: WireSource;
  participants: (WireSummary & { role: string })[];
}
interface WireProfile {
  entity: WireSummary & {
    properties: Record<string, unknown>;
    countries: WireCountry[];
    source?: WireSource | null;
  };
  identity?: {
    names: string[];
    documents: WireSummary[];
    holders: WireSummary[];
    merges: { rule: string; matchedOn: string[]; variant?: string | null; source: WireSource }[];
    conflicts: {
      reason: string;
      document?: WireSummary | null;
      foreigners: WireSummary[];
      source: WireSource;
    }[];
  } | null;
  links: { type: string; direction: string; other: WireSummary; source: WireSource }[];
  facts: WireFact[];
  factsTotal: number;
  networks: {
    networkId: string;
    rank?: number | null;
    score?: number | null;
    role?: string | null;
    organizerRank?: number | null;
    why: string[];
  }[];
  linkedCountries: WireCountry[];
}

const summary = 'ref label subtitle';
const source = 'source { file line loadId }';
const countries = 'property code name';

export async function search(text: string, locale: Locale, limit = 30): Promise<SearchHit[]> {
  const data = await gql<{
    search: (WireSummary & {
      matchedOn: string;
      score?: number | null;
      countries: WireCountry[];
    })[];
  }>(
    `query Search($text: String!, $limit: Int, $lang: Lang) { search(text: $text, limit: $limit) { ${summary} matchedOn score countries(lang: $lang) { ${countries} } } }`,
    { text, limit, lang: locale.toUpperCase() },
  );
  return data.search.map((hit) => ({
    ...reshapeSummary(hit),
    matchedOn: hit.matchedOn,
    ...(hit.score !== null && hit.score !== undefined ? { score: hit.score } : {}),
    countries: countryNamesOf(hit.countries),
  }));
}

export interface ExpandOptions {
  kinds?: EntityKind[];
  from?: string;
  to?: string;
  depth?: number;
  limit?: number;
  /** Take roles and organizer ranks from this network. */
  networkId?: string;
}

export async function expand(refs: string[], options: ExpandOptions = {}): Promise<SubGraph> {
  const data = await gql<{ expand: WireGraphView }>(
    `query Expand($refs: [String!]!, $kinds: [String!], $from: String, $to: String, $depth: Int, $limit: Int) {
      expand(refs: $refs, kinds: $kinds, from: $from, to: $to, depth: $depth, limit: $limit) { ${graphViewFields} }
    }`,
    {
      refs,
      kinds: options.kinds?.length ? options.kinds.filter((kind) => kind !== 'event') : null,
      from: options.from || null,
      to: options.to || null,
      depth: options.depth ?? 1,
      limit: Math.min(500, options.limit ?? 200),
    },
  );
  return reshapeGraphView(data.expand, options.networkId);
}

/** All shortest connections between two entities, as a sub-graph to merge into the view. */
export async function shortestPaths(
  from: string,
  to: string,
): Promise<{ refs: string[]; graph: SubGraph }> {
  const data = await gql<{ paths: { paths: { refs: string[] }[]; graph: WireGraphView } }>(
    `query Paths($from: String!, $to: String!) { paths(from: $from, to: $to, maxHops: 6) { paths { refs } graph { ${graphViewFields} } } }`,
    { from, to },
  );
  return {
    refs: [...new Set(data.paths.paths.flatMap((path) => path.refs))],
    graph: reshapeGraphView(data.paths.graph),
  };
}

export async function entityProfile(
  ref: string,
  locale: Locale,
  factsLimit = 200,
): Promise<EntityProfile> {
  const data = await gql<{ entity: WireProfile }>(
    `query Entity($ref: String!, $factsLimit: Int, $lang: Lang) {
      entity(ref: $ref, factsLimit: $factsLimit, lang: $lang) {
        entity { ${summary} properties countries(lang: $lang) { ${countries} } ${source} }
        identity {
          names
          documents { ${summary} }
          holders { ${summary} }
          merges { rule matchedOn variant ${source} }
          conflicts { reason document { ${summary} } foreigners { ${summary} } ${source} }
        }
        links { type direction other { ${summary} } ${source} }
        facts { ref kind date properties countries(lang: $lang) { ${countries} } ${source} participants { ${summary} role } }
        factsTotal
        networks { networkId rank score role organizerRank why }
        linkedCountries(lang: $lang) { ${countries} }
      }
    }`,
    { ref, factsLimit, lang: locale.toUpperCase() },
  );
  const wire = data.entity;
  return {
    ...reshapeSummary(wire.entity),
    properties: propertiesOf(wire.entity.properties, wire.entity.countries),
    ...withSource(wire.entity.source),
    links: wire.links.map((link) => ({
      type: link.type,
      direction: link.direction,
      other: reshapeSummary(link.other),
      ...withSource(link.source),
    })),
    names: wire.identity?.names ?? [],
    documents: (wire.identity?.documents ?? []).map(reshapeSummary),
    holders: (wire.identity?.holders ?? []).map(reshapeSummary),
    merges: (wire.identity?.merges ?? []).map((merge) => ({
      rule: merge.rule,
      matchedOn: merge.matchedOn,
      ...(merge.variant ? { variant: merge.variant } : {}),
      ...withSource(merge.source),
    })),
    conflicts: (wire.identity?.conflicts ?? []).map((conflict) => ({
      reason: conflict.reason,
      foreigners: conflict.foreigners.map(reshapeSummary),
      ...(conflict.document ? { document: reshapeSummary(conflict.document) } : {}),
      ...withSource(conflict.source),
    })),
    networks: wire.networks.map((network) => ({
      id: network.networkId,
      why: network.why,
      ...(network.rank != null ? { rank: network.rank } : {}),
      ...(network.score != null ? { score: network.score } : {}),
      ...(network.role ? { role: network.role } : {}),
      ...(network.organizerRank != null ? { organizerRank: network.organizerRank } : {}),
    })),
    timeline: wire.facts.map(reshapeFact),
    timelineTotal: wire.factsTotal,
    countries: countryNamesOf([
      ...wire.entity.countries,
      ...wire.facts.flatMap((fact) => fact.countries),
      ...wire.linkedCountries,
    ]),
  };
}

function reshapeFact(wire: WireFact): TimelineEvent {
  return {
    ref: wire.ref,
    kind: wire.kind,
    details: propertiesOf(wire.properties, wire.countries),
    participants: wire.participants.map((participant) => ({
      ...reshapeSummary(participant),
      role: participant.role,
    })),
    ...(wire.date ? { date: wire.date } : {}),
    ...withSource(wire.source),
  };
}

function reshapeSummary(wire: WireSummary): EntitySummary {
  return {
    ref: wire.ref,
    kind: kindOfRef(wire.ref),
    label: wire.label || wire.ref,
    ...(wire.subtitle ? { subtitle: wire.subtitle } : {}),
  };
}

function withSource(wire: WireSource | null | undefined): { source?: Source } {
  if (!wire?.file || !wire.line) return {};
  return {
    source: { file: wire.file, line: wire.line, ...(wire.loadId ? { loadId: wire.loadId } : {}) },
  };
}
