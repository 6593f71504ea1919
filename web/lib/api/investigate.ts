import { kindOfRef } from '@/lib/graph/refs';
import { gql } from './client';
import { reshapeSubGraph, type WireSubGraph } from './leads';
import type {
  EntityKind,
  EntityProfile,
  Fact,
  SearchHit,
  Source,
  SubGraph,
  TimelineEvent,
} from './types';

interface WireSource {
  file: string;
  line: number;
  loadId?: string | null;
}

const subGraphFields = `
  nodes { ref label role organizerRank community firstSeen lastSeen }
  edges { source target type date }
  truncated
`;

export async function search(text: string, limit = 30): Promise<SearchHit[]> {
  const data = await gql<{
    search: { ref: string; label: string; detail?: string | null; score: number }[];
  }>(
    `query Search($text: String!, $limit: Int) {
      search(text: $text, limit: $limit) { ref label detail score }
    }`,
    { text, limit },
  );
  return data.search.map((hit) => ({
    ref: hit.ref,
    kind: kindOfRef(hit.ref),
    label: hit.label,
    score: hit.score,
    ...(hit.detail ? { detail: hit.detail } : {}),
  }));
}

export interface ExpandOptions {
  kinds?: EntityKind[];
  from?: string;
  to?: string;
  limit?: number;
}

export async function expand(refs: string[], options: ExpandOptions = {}): Promise<SubGraph> {
  const data = await gql<{ expand: WireSubGraph }>(
    `query Expand($refs: [String!]!, $kinds: [String!], $from: String, $to: String, $limit: Int) {
      expand(refs: $refs, kinds: $kinds, from: $from, to: $to, limit: $limit) { ${subGraphFields} }
    }`,
    {
      refs,
      kinds: options.kinds?.length ? options.kinds : null,
      from: options.from || null,
      to: options.to || null,
      limit: options.limit ?? 200,
    },
  );
  return reshapeSubGraph(data.expand);
}

export async function shortestPaths(from: string, to: string): Promise<SubGraph> {
  const data = await gql<{ paths: WireSubGraph }>(
    `query Paths($from: String!, $to: String!) { paths(from: $from, to: $to) { ${subGraphFields} } }`,
    { from, to },
  );
  return reshapeSubGraph(data.paths);
}

interface WireProfile {
  ref: string;
  label: string;
  facts: { label: string; value: string; source?: WireSource | null }[];
  spellings: string[];
  documents: { ref: string; label: string; source?: WireSource | null }[];
  merges: { rule: string; matchedOn: string; variant: string; source?: WireSource | null }[];
  conflicts: { reason: string; document: string; other: string; source?: WireSource | null }[];
  networks: { id: string; rank: number; score: number; role: string }[];
}

export async function entityProfile(ref: string): Promise<EntityProfile> {
  const source = 'source { file line loadId }';
  const data = await gql<{ entity: WireProfile; timeline: WireTimelineEvent[] }>(
    `query Entity($ref: String!) {
      entity(ref: $ref) {
        ref label spellings
        facts { label value ${source} }
        documents { ref label ${source} }
        merges { rule matchedOn variant ${source} }
        conflicts { reason document other ${source} }
        networks { id rank score role }
      }
      timeline(ref: $ref) { ref kind date summary ${source} }
    }`,
    { ref },
  );
  const wire = data.entity;
  return {
    ref: wire.ref,
    kind: kindOfRef(wire.ref),
    label: wire.label,
    facts: wire.facts.map((fact): Fact => ({
      label: fact.label,
      value: fact.value,
      ...withSource(fact.source),
    })),
    spellings: wire.spellings,
    documents: wire.documents.map((doc) => ({
      ref: doc.ref,
      label: doc.label,
      ...withSource(doc.source),
    })),
    merges: wire.merges.map((merge) => ({
      rule: merge.rule,
      matchedOn: merge.matchedOn,
      variant: merge.variant,
      ...withSource(merge.source),
    })),
    conflicts: wire.conflicts.map((conflict) => ({
      reason: conflict.reason,
      document: conflict.document,
      other: conflict.other,
      ...withSource(conflict.source),
    })),
    networks: wire.networks,
    timeline: data.timeline.map(reshapeTimelineEvent),
  };
}

interface WireTimelineEvent {
  ref: string;
  kind: string;
  date: string;
  summary: string;
  source?: WireSource | null;
}

function reshapeTimelineEvent(wire: WireTimelineEvent): TimelineEvent {
  return {
    ref: wire.ref,
    kind: wire.kind,
    date: wire.date,
    summary: wire.summary,
    ...withSource(wire.source),
  };
}

function withSource(source: WireSource | null | undefined): { source?: Source } {
  if (!source) return {};
  return {
    source: {
      file: source.file,
      line: source.line,
      ...(source.loadId ? { loadId: source.loadId } : {}),
    },
  };
}
