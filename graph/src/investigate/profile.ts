import { cypherFile } from '../db/cypher-files.js';
import type { Executor } from '../db/executor.js';
import { renderReasons, type Lang, type Reason } from '../detect/index.js';
import { EntityNotFoundError } from './errors.js';
import { nodeFacts } from './fact-queries.js';
import { linkedCountries, type LinkedCountry } from './linked-countries.js';
import { inOneReadTransaction } from './reader.js';
import type { Fact } from './facts.js';
import {
  isModelNode,
  publicProperties,
  sourceOf,
  summarize,
  type NodeSummary,
  type PlainNode,
  type SourceRef,
} from './nodes.js';
import { dateWindow, limitWithin, type DateWindow } from './options.js';
import { parseEntityRef } from './refs.js';
import { resolveRef } from './resolve.js';

export interface ProfileOptions extends DateWindow {
  /** Language of the organizer reasons of network memberships (default ru). */
  lang?: Lang;
  /** Most facts returned, oldest first, 1–2000 (default 500); `factsTotal` says how many exist. */
  factsLimit?: number;
}

/** A register fact: a directorship, foundership, residence, legal address, phone or document. */
export interface RegisterLink {
  /** director, founder, lives_at, legal_address, has_phone, holds. */
  type: string;
  /** `out` when this entity is the relationship's start (a firm's DIRECTOR, a person's LIVES_AT). */
  direction: 'out' | 'in';
  other: NodeSummary;
  source: SourceRef;
}

/** A row of one foreigner merged into another under a different spelling or document. */
export interface IdentityMergeRecord {
  id: string;
  /** The rule of MODEL.md "Identity of foreigners" that merged it. */
  rule: string;
  /** The fields that matched. */
  matchedOn: string[];
  /** The spelling or document the merged row carried. */
  variant: string | null;
  source: SourceRef;
}

/** One document used by different people: a signal, never a merge. */
export interface DocumentConflictRecord {
  id: string;
  reason: string;
  document: NodeSummary | null;
  foreigners: NodeSummary[];
  source: SourceRef;
}

/** Identity of a foreigner (or of a document's holders): every spelling, document, merge, conflict. */
export interface Identity {
  names: string[];
  documents: NodeSummary[];
  holders: NodeSummary[];
  merges: IdentityMergeRecord[];
  conflicts: DocumentConflictRecord[];
}

export interface NetworkMembership {
  networkId: string;
  rank: number | null;
  score: number | null;
  role: string | null;
  organizerRank: number | null;
  /** Why detection names it an organizer candidate, in plain words. */
  why: string[];
}

export interface Profile {
  entity: NodeSummary & { properties: Record<string, unknown>; source: SourceRef | null };
  /** For foreigners and documents; null for other kinds. */
  identity: Identity | null;
  links: RegisterLink[];
  facts: Fact[];
  factsTotal: number;
  networks: NetworkMembership[];
  /**
   * The country codes the summaries of linked entities and of the documents in `facts` show (a
   * foreigner's citizenship in its subtitle, a document's country in its label), each once,
   * so a reader can name them.
   */
  linkedCountries: LinkedCountry[];
}

interface ProfileRow {
  node: PlainNode;
  links: { type: string; outgoing: boolean; props: Record<string, unknown>; other: PlainNode }[];
  merges: PlainNode[];
  conflicts: { conflict: PlainNode; document: PlainNode | null; foreigners: PlainNode[] }[];
  /** `why` is detection's JSON list of reason codes (graph/src/detect/reasons.ts). */
  networks: {
    network: PlainNode;
    role: string | null;
    organizerRank: number | null;
    why: string | null;
  }[];
}

/**
 * Everything known about one entity: identity, register links, every event with its source,
 * and the networks it belongs to. EntityNotFoundError when the reference names nothing.
 */
export async function profile(
  executor: Executor,
  ref: string,
  options: ProfileOptions = {},
): Promise<Profile> {
  const parsed = parseEntityRef(ref);
  const window = dateWindow(options);
  const limit = limitWithin('factsLimit', options.factsLimit, 500, 2000);
  const { rows, page } = await inOneReadTransaction(
    executor,
    'investigate:profile',
    async (reader) => {
      const node = await resolveRef(reader, parsed);
      const rows = await reader.run(cypherFile('queries/investigate-entity-profile'), {
        id: node.elementId,
      });
      return { rows, page: await nodeFacts(reader, node.elementId, { ...window, limit }) };
    },
  );
  const row = rows[0] as unknown as ProfileRow | undefined;
  // Deleted between resolving and reading (a retention purge): as if it never existed.
  if (!row || !page) throw new EntityNotFoundError(parsed.ref);
  const links = row.links.map(registerLink);
  return {
    entity: {
      ...summarize(row.node),
      properties: publicProperties(row.node.properties),
      source: row.node.properties['srcFile'] ? sourceOf(row.node.properties) : null,
    },
    identity:
      parsed.kind === 'foreigner' || parsed.kind === 'document' ? identity(row, links) : null,
    links,
    facts: page.facts,
    factsTotal: page.total,
    networks: row.networks.map(({ network, role, organizerRank, why }) => ({
      networkId: String(network.properties['id']),
      rank: numberOrNull(network.properties['rank']),
      score: numberOrNull(network.properties['score']),
      role,
      organizerRank,
      why:
        typeof why === 'string'
          ? renderReasons(JSON.parse(why) as Reason[], options.lang ?? 'ru')
          : [],
    })),
    linkedCountries: linkedCountries(
      [
        ...row.links.map((link) => link.other),
        ...row.conflicts.flatMap(({ document, foreigners }) => [
          ...(document ? [document] : []),
          ...foreigners,
        ]),
      ],
      page.facts,
    ),
  };
}

function registerLink(link: ProfileRow['links'][number]): RegisterLink {
  return {
    type: link.type.toLowerCase(),
    direction: link.outgoing ? 'out' : 'in',
    other: summarize(link.other),
    source: sourceOf(link.props),
  };
}

function identity(row: ProfileRow, links: RegisterLink[]): Identity {
  const p = row.node.properties;
  const spellings = [
    ...(Array.isArray(p['names']) ? p['names'].map(String) : []),
    [p['lastNameLat'], p['firstNameLat']].filter(Boolean).join(' '),
    [p['lastName'], p['firstName'], p['middleName']].filter(Boolean).join(' '),
  ];
  const held = links.filter((l) => l.type === 'holds');
  return {
    names: [...new Set(spellings.map((s) => s.trim()).filter((s) => s.length > 0))],
    documents: held.filter((l) => l.direction === 'out').map((l) => l.other),
    holders: held.filter((l) => l.direction === 'in').map((l) => l.other),
    merges: row.merges.map((m) => ({
      id: String(m.properties['id']),
      rule: String(m.properties['rule']),
      matchedOn: Array.isArray(m.properties['matchedOn'])
        ? m.properties['matchedOn'].map(String)
        : [],
      variant: typeof m.properties['variant'] === 'string' ? m.properties['variant'] : null,
      source: sourceOf(m.properties),
    })),
    conflicts: row.conflicts.map(({ conflict, document, foreigners }) => ({
      id: String(conflict.properties['id']),
      reason: String(conflict.properties['reason'] ?? ''),
      document: document && isModelNode(document) ? summarize(document) : null,
      foreigners: foreigners.filter(isModelNode).map(summarize),
      source: sourceOf(conflict.properties),
    })),
  };
}

function numberOrNull(value: unknown): number | null {
  return typeof value === 'number' ? value : null;
}
