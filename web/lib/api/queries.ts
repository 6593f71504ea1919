import { gql } from './client';
import { reshapeSubGraph, type WireSubGraph } from './leads';
import type { Locale } from '@/i18n/locales';
import type { PatternInfo, PatternParam, QueryResult, SavedQuery } from './types';

interface WireParam {
  name: string;
  type: string;
  default?: unknown;
  description?: string | null;
}
interface WirePattern {
  id: string;
  titles: { ru: string; kk: string; en: string };
  legalBasis: string;
  hit: string;
  weight: number;
  params: WireParam[];
  text: string;
}
interface WireSaved {
  id: string;
  name: string;
  description?: string | null;
  cypher: string;
  params: WireParam[];
  owner: string;
  shared: boolean;
  builtIn: boolean;
  legalBasis?: string | null;
}

const paramFields = 'params { name type default description }';

export async function listPatterns(locale: Locale): Promise<PatternInfo[]> {
  const data = await gql<{ patterns: WirePattern[] }>(
    `query Patterns { patterns { id titles { ru kk en } legalBasis hit weight text ${paramFields} } }`,
  );
  return data.patterns.map((wire) => ({
    id: wire.id,
    title: wire.titles[locale] || wire.titles.ru,
    legalBasis: wire.legalBasis,
    hit: wire.hit,
    weight: wire.weight,
    params: wire.params.map(reshapeParam),
    text: wire.text,
  }));
}

export async function listSavedQueries(): Promise<SavedQuery[]> {
  const data = await gql<{ savedQueries: WireSaved[] }>(
    `query SavedQueries { savedQueries { id name description cypher owner shared builtIn legalBasis ${paramFields} } }`,
  );
  return data.savedQueries.map(reshapeSaved);
}

export interface SaveQueryInput {
  id?: string;
  name: string;
  description: string;
  cypher: string;
  params: PatternParam[];
  shared: boolean;
}

export async function saveQuery(input: SaveQueryInput): Promise<SavedQuery> {
  const data = await gql<{ saveQuery: WireSaved }>(
    `mutation SaveQuery($input: SavedQueryInput!) {
      saveQuery(input: $input) { id name description cypher owner shared builtIn legalBasis ${paramFields} }
    }`,
    {
      input: {
        ...(input.id ? { id: input.id } : {}),
        name: input.name,
        description: input.description,
        cypher: input.cypher,
        shared: input.shared,
        params: input.params.map((param) => ({
          name: param.name,
          type: param.type,
          default: param.default ?? null,
          description: param.description,
        })),
      },
    },
  );
  return reshapeSaved(data.saveQuery);
}

/** Runs Cypher read-only on the server (refused there if its plan writes), with typed params. */
export async function runQuery(
  cypher: string,
  params: Record<string, unknown>,
): Promise<QueryResult> {
  const data = await gql<{
    runQuery: {
      columns: string[];
      rows: unknown[][];
      graph: WireSubGraph;
      elapsedMs?: number | null;
      truncated?: boolean | null;
    };
  }>(
    `query RunQuery($cypher: String!, $params: JSON) {
      runQuery(cypher: $cypher, params: $params) {
        columns rows elapsedMs truncated
        graph { nodes { ref label role organizerRank community firstSeen lastSeen } edges { source target type date } truncated }
      }
    }`,
    { cypher, params },
  );
  const result = data.runQuery;
  return {
    columns: result.columns,
    rows: result.rows.map((row) => row.map(cellText)),
    graph: reshapeSubGraph(result.graph),
    ...(result.elapsedMs !== null && result.elapsedMs !== undefined
      ? { elapsedMs: result.elapsedMs }
      : {}),
    truncated: result.truncated ?? false,
  };
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}

function reshapeParam(wire: WireParam): PatternParam {
  return {
    name: wire.name,
    type: wire.type,
    description: wire.description ?? '',
    ...(wire.default !== undefined && wire.default !== null
      ? { default: typeof wire.default === 'string' ? wire.default : JSON.stringify(wire.default) }
      : {}),
  };
}

function reshapeSaved(wire: WireSaved): SavedQuery {
  return {
    id: wire.id,
    name: wire.name,
    cypher: wire.cypher,
    params: wire.params.map(reshapeParam),
    owner: wire.owner,
    shared: wire.shared,
    builtIn: wire.builtIn,
    ...(wire.description ? { description: wire.description } : {}),
    ...(wire.legalBasis ? { legalBasis: wire.legalBasis } : {}),
  };
}
