import { randomUUID } from 'node:crypto';
import type { Executor } from '../../db/executor.js';
import { cypherFile } from '../../db/cypher-files.js';
import { listPatterns } from '../../detect/index.js';
import { AppForbiddenError, AppNotFoundError, AppValidationError } from '../errors.js';
import { isRole, type Actor, type Role } from '../roles.js';
import {
  checkParamDefinitions,
  bindParams,
  type QueryParam,
  type QueryParamValue,
} from './query-params.js';
import { checkQueryText, codeOnly } from './query-guard.js';
import { runReadOnlyQuery, type QueryResult } from './query-runner.js';

export interface SavedQuery {
  id: string;
  name: string;
  description: string;
  cypher: string;
  params: QueryParam[];
  owner: string;
  sharedWith: string[];
  sharedRoles: Role[];
  /** A pattern of `cypher/patterns`, read-only for everyone. */
  builtIn: boolean;
  legalBasis: string | null;
  createdAt: string | null;
  updatedAt: string | null;
  version: number;
}

export interface SavedQueryInput {
  name: string;
  description?: string | null;
  cypher: string;
  params: QueryParam[];
}

const BUILT_IN_PREFIX = 'pattern:';
/** Roles that see the built-in patterns (admins manage the platform, not cases). */
const BUILT_IN_ROLES: Role[] = ['INVESTIGATOR', 'ANALYST', 'SUPERVISOR'];

/**
 * Every pattern file as a built-in saved query (`pattern:<id>`), with title, description
 * (what a hit means), parameter descriptions and legal basis in `lang`.
 */
export function builtInQueries(lang: 'ru' | 'kk' | 'en' = 'ru'): SavedQuery[] {
  return listPatterns().map((pattern) => ({
    id: `${BUILT_IN_PREFIX}${pattern.id}`,
    name: pattern.titles[lang],
    description: pattern.meaning[lang],
    cypher: pattern.text,
    params: pattern.params.map((p) => ({
      ...p,
      default: p.default as QueryParamValue,
      description: p.description[lang],
    })),
    owner: 'system',
    sharedWith: [],
    sharedRoles: BUILT_IN_ROLES,
    builtIn: true,
    legalBasis: pattern.legalBasis[lang],
    createdAt: null,
    updatedAt: null,
    version: 1,
  }));
}

function fromStored(q: Record<string, unknown>): SavedQuery {
  return {
    id: String(q['id']),
    name: String(q['name']),
    description: String(q['description'] ?? ''),
    cypher: String(q['cypher']),
    params: JSON.parse(String(q['params'] ?? '[]')) as QueryParam[],
    owner: String(q['owner']),
    sharedWith: (q['sharedWith'] as string[] | null) ?? [],
    sharedRoles: ((q['sharedRoles'] as string[] | null) ?? []).filter(isRole),
    builtIn: false,
    legalBasis: null,
    createdAt: (q['createdAt'] as string | null) ?? null,
    updatedAt: (q['updatedAt'] as string | null) ?? null,
    version: Number(q['version'] ?? 1),
  };
}

export function canSee(query: SavedQuery, actor: Actor): boolean {
  return (
    query.owner === actor.username ||
    query.sharedWith.includes(actor.username) ||
    query.sharedRoles.includes(actor.role) ||
    (actor.role === 'SUPERVISOR' && !query.builtIn)
  );
}

export function canEdit(query: SavedQuery, actor: Actor): boolean {
  return !query.builtIn && query.owner === actor.username && actor.role === 'ANALYST';
}

/** Name, parameters and text checked; every `$param` of the text must be declared. */
function checkInput(input: SavedQueryInput): {
  name: string;
  description: string;
  params: QueryParam[];
} {
  const name = input.name.trim();
  if (name.length === 0 || name.length > 200) {
    throw new AppValidationError('name: 1-200 characters', 'name');
  }
  const params = checkParamDefinitions(input.params);
  checkQueryText(input.cypher);
  const declared = new Set(params.map((p) => p.name));
  for (const match of codeOnly(input.cypher).matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)/g)) {
    if (!declared.has(match[1] ?? '')) {
      throw new AppValidationError(
        `$${match[1]} is used but not declared as a parameter`,
        'params',
      );
    }
  }
  return { name, description: (input.description ?? '').trim().slice(0, 2_000), params };
}

export async function createSavedQuery(
  executor: Executor,
  actor: Actor,
  input: SavedQueryInput,
): Promise<SavedQuery> {
  if (actor.role !== 'ANALYST') throw new AppForbiddenError('only analysts create saved queries');
  const checked = checkInput(input);
  const rows = await executor.run(
    cypherFile('app/saved-query-create'),
    {
      id: randomUUID(),
      name: checked.name,
      description: checked.description,
      cypher: input.cypher,
      params: JSON.stringify(checked.params),
      owner: actor.username,
      now: new Date().toISOString(),
    },
    { mode: 'write', label: 'saved-query:create' },
  );
  return fromStored(rows[0]?.['query'] as Record<string, unknown>);
}

/** Owner edits; returns the query before and after (the audit keeps both texts). */
export async function updateSavedQuery(
  executor: Executor,
  actor: Actor,
  id: string,
  input: SavedQueryInput,
): Promise<{ before: SavedQuery; after: SavedQuery }> {
  await editable(executor, actor, id);
  const checked = checkInput(input);
  const rows = await executor.run(
    cypherFile('app/saved-query-update'),
    {
      id,
      name: checked.name,
      description: checked.description,
      cypher: input.cypher,
      params: JSON.stringify(checked.params),
      now: new Date().toISOString(),
    },
    { mode: 'write', label: 'saved-query:update' },
  );
  const row = rows[0];
  if (!row) throw new AppNotFoundError('saved query', id);
  return {
    before: fromStored(row['before'] as Record<string, unknown>),
    after: fromStored(row['query'] as Record<string, unknown>),
  };
}

export async function shareSavedQuery(
  executor: Executor,
  actor: Actor,
  id: string,
  share: { users: string[]; roles: string[] },
): Promise<SavedQuery> {
  await editable(executor, actor, id);
  const roles = share.roles.map((role) => {
    if (!isRole(role) || role === 'ADMIN') {
      throw new AppValidationError(`cannot share with role "${role}"`, 'roles');
    }
    return role;
  });
  const users = [...new Set(share.users)];
  const found = await executor.run(
    cypherFile('app/users-existing'),
    { usernames: users },
    { label: 'users:existing' },
  );
  const existing = new Set((found[0]?.['found'] as string[] | undefined) ?? []);
  const unknown = users.filter((u) => !existing.has(u));
  if (unknown.length > 0)
    throw new AppValidationError(`no such users: ${unknown.join(', ')}`, 'users');
  const rows = await executor.run(
    cypherFile('app/saved-query-share'),
    { id, users, roles, now: new Date().toISOString() },
    { mode: 'write', label: 'saved-query:share' },
  );
  return fromStored(rows[0]?.['query'] as Record<string, unknown>);
}

export async function deleteSavedQuery(
  executor: Executor,
  actor: Actor,
  id: string,
): Promise<SavedQuery> {
  const query = await editable(executor, actor, id);
  await executor.run(
    cypherFile('app/saved-query-delete'),
    { id },
    { mode: 'write', label: 'saved-query:delete' },
  );
  return query;
}

async function editable(executor: Executor, actor: Actor, id: string): Promise<SavedQuery> {
  const query = await getSavedQuery(executor, actor, id);
  if (!canEdit(query, actor)) {
    throw new AppForbiddenError(
      query.builtIn
        ? 'built-in patterns cannot be changed'
        : `only the owner (${query.owner}) may change this query`,
    );
  }
  return query;
}

/** Built-ins first, then the user's visible saved queries by name. */
export async function listSavedQueries(
  executor: Executor,
  actor: Actor,
  lang: 'ru' | 'kk' | 'en' = 'ru',
): Promise<SavedQuery[]> {
  const rows = await executor.run(
    cypherFile('app/saved-query-list'),
    { username: actor.username, role: actor.role },
    { label: 'saved-query:list' },
  );
  const builtIns = builtInQueries(lang).filter((q) => canSee(q, actor));
  return [...builtIns, ...rows.map((r) => fromStored(r['query'] as Record<string, unknown>))];
}

/** One query the actor may see (NOT_FOUND otherwise, so ids of others' queries do not leak). */
export async function getSavedQuery(
  executor: Executor,
  actor: Actor,
  id: string,
  lang: 'ru' | 'kk' | 'en' = 'ru',
): Promise<SavedQuery> {
  let query: SavedQuery | undefined;
  if (id.startsWith(BUILT_IN_PREFIX)) {
    query = builtInQueries(lang).find((q) => q.id === id);
  } else {
    const rows = await executor.run(
      cypherFile('app/saved-query-get'),
      { id },
      { label: 'saved-query:get' },
    );
    const stored = rows[0]?.['query'] as Record<string, unknown> | undefined;
    query = stored ? fromStored(stored) : undefined;
  }
  if (!query || !canSee(query, actor)) throw new AppNotFoundError('saved query', id);
  return query;
}

/**
 * Runs a saved or built-in query with typed parameters: guarded (text + EXPLAIN), read
 * transaction, time and row limits. Returns the bound values for the audit.
 */
export async function runSavedQuery(
  executor: Executor,
  actor: Actor,
  id: string,
  given: Record<string, unknown>,
  options: { rowLimit?: number } = {},
): Promise<{ query: SavedQuery; values: Record<string, QueryParamValue>; result: QueryResult }> {
  const query = await getSavedQuery(executor, actor, id);
  const { values, driverParams } = bindParams(query.params, given);
  const result = await runReadOnlyQuery(executor, query.cypher, driverParams, {
    ...options,
    label: `saved-query:${id}`,
  });
  return { query, values, result };
}
