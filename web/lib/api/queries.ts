import type { Locale } from '@/i18n/locales';
import { isEntityRef } from '@/lib/graph/refs';
import { gql } from './client';
import type { PatternParam, QueryResult, Role, SavedQuery } from './types';
import { rowCells } from './result-cells';

// --- wire shapes (api/src/modules/saved-queries/saved-queries.graphql) ---

type WireParamType = 'INT' | 'FLOAT' | 'STRING' | 'DATE' | 'LIST_OF_STRING';
interface WireParam {
  name: string;
  type: WireParamType;
  default?: unknown;
  description: string;
}
interface WireSaved {
  id: string;
  name: string;
  description: string;
  cypher: string;
  params: WireParam[];
  owner: string;
  sharedWith: string[];
  sharedRoles: Role[];
  builtIn: boolean;
  canEdit: boolean;
  legalBasis?: string | null;
}

const typeNames: Record<WireParamType, string> = {
  INT: 'int',
  FLOAT: 'float',
  STRING: 'string',
  DATE: 'date',
  LIST_OF_STRING: 'list<string>',
};
const typeEnums = Object.fromEntries(
  Object.entries(typeNames).map(([wire, ui]) => [ui, wire]),
) as Record<string, WireParamType>;

const savedFields = `id name description cypher owner sharedWith sharedRoles builtIn canEdit legalBasis
  params { name type default description }`;

/** Built-in patterns (`pattern:<id>`, titles in the UI language) and the queries the user may see. */
export async function listSavedQueries(locale: Locale): Promise<SavedQuery[]> {
  const data = await gql<{ savedQueries: WireSaved[] }>(
    `query SavedQueries($lang: Lang) { savedQueries(lang: $lang) { ${savedFields} } }`,
    { lang: locale.toUpperCase() },
  );
  return data.savedQueries.map(reshapeSaved);
}

export interface SaveQueryInput {
  id?: string;
  name: string;
  description: string;
  cypher: string;
  params: PatternParam[];
}

export async function saveQuery(input: SaveQueryInput): Promise<SavedQuery> {
  const wireInput = {
    name: input.name,
    description: input.description,
    cypher: input.cypher,
    params: input.params.map((param) => ({
      name: param.name,
      type: typeEnums[param.type] ?? 'STRING',
      default: param.default === undefined || param.default === '' ? null : param.default,
      description: param.description,
    })),
  };
  if (input.id) {
    const data = await gql<{ updateSavedQuery: WireSaved }>(
      `mutation UpdateQuery($id: ID!, $input: SavedQueryInput!) { updateSavedQuery(id: $id, input: $input) { ${savedFields} } }`,
      { id: input.id, input: wireInput },
    );
    return reshapeSaved(data.updateSavedQuery);
  }
  const data = await gql<{ createSavedQuery: WireSaved }>(
    `mutation CreateQuery($input: SavedQueryInput!) { createSavedQuery(input: $input) { ${savedFields} } }`,
    { input: wireInput },
  );
  return reshapeSaved(data.createSavedQuery);
}

/** Who may see and run the query besides its owner: named users and whole roles. */
export async function shareQuery(id: string, users: string[], roles: Role[]): Promise<void> {
  await gql(
    'mutation ShareQuery($id: ID!, $users: [String!]!, $roles: [Role!]!) { shareSavedQuery(id: $id, users: $users, roles: $roles) { id } }',
    { id, users, roles },
  );
}

/** Runs a saved or built-in query on the server: read-only, refused there if its plan writes. */
export async function runSavedQuery(
  id: string,
  params: Record<string, unknown>,
): Promise<QueryResult> {
  const data = await gql<{
    runSavedQuery: { columns: string[]; rows: unknown[]; truncated: boolean; ms: number };
  }>(
    `query RunSavedQuery($id: ID!, $params: JSON) {
      runSavedQuery(id: $id, params: $params) { columns rows rowCount truncated ms }
    }`,
    { id, params },
  );
  const result = data.runSavedQuery;
  const rows = result.rows.map((row) => rowCells(row, result.columns));
  const refs = new Set<string>();
  for (const row of result.rows) collectRefs(row, refs);
  return {
    columns: result.columns,
    rows,
    refs: [...refs],
    elapsedMs: result.ms,
    truncated: result.truncated,
  };
}

/** Entity references anywhere in a result row (subject, members…), for the graph view. */
function collectRefs(value: unknown, into: Set<string>): void {
  if (isEntityRef(value)) {
    into.add(value);
  } else if (Array.isArray(value)) {
    for (const item of value) collectRefs(item, into);
  } else if (value && typeof value === 'object') {
    for (const item of Object.values(value)) collectRefs(item, into);
  }
}

function reshapeSaved(wire: WireSaved): SavedQuery {
  return {
    id: wire.id,
    name: wire.name,
    description: wire.description,
    cypher: wire.cypher,
    owner: wire.owner,
    sharedWith: wire.sharedWith,
    sharedRoles: wire.sharedRoles,
    builtIn: wire.builtIn,
    canEdit: wire.canEdit,
    params: wire.params.map((param) => ({
      name: param.name,
      type: typeNames[param.type],
      description: param.description,
      ...(param.default !== undefined && param.default !== null
        ? {
            default: Array.isArray(param.default)
              ? param.default.join(', ')
              : String(param.default),
          }
        : {}),
    })),
    ...(wire.legalBasis ? { legalBasis: wire.legalBasis } : {}),
  };
}
