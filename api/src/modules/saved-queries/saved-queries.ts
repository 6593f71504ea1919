import {
  createSavedQuery,
  deleteSavedQuery,
  QueryRefusedError,
  runSavedQuery,
  shareSavedQuery,
  updateSavedQuery,
  type QueryParam,
  type SavedQueryInput,
} from '@arna/graph/app';
import type { ApiContext } from '../../context.js';
import type { SavedQueryInput as GqlSavedQueryInput } from '../../generated/graphql.js';

/** GraphQL input → application input (the enum's internal values are the param types). */
export function toInput(input: GqlSavedQueryInput): SavedQueryInput {
  return {
    name: input.name,
    description: input.description ?? null,
    cypher: input.cypher,
    params: (input.params ?? []).map((p): QueryParam => ({
      name: p.name,
      type: p.type,
      default: (p.default ?? null) as QueryParam['default'],
      description: p.description ?? '',
    })),
  };
}

/** Runs and audits: a run with its bound parameters, a refusal with its reason. */
export async function runQuery(
  ctx: ApiContext,
  id: string,
  params: Record<string, unknown>,
  rowLimit: number | null | undefined,
) {
  try {
    const { values, result } = await runSavedQuery(ctx.executor, ctx.requireUser(), id, params, {
      ...(rowLimit ? { rowLimit } : {}),
    });
    await ctx.audit('query.run', {
      queryId: id,
      params: values,
      rows: result.rows.length,
      truncated: result.truncated,
    });
    return { queryId: id, ...result, rowCount: result.rows.length };
  } catch (error) {
    if (error instanceof QueryRefusedError) {
      await ctx.audit('query.refused', { queryId: id, params, reason: error.reason });
    }
    throw error;
  }
}

export async function createQuery(ctx: ApiContext, input: GqlSavedQueryInput) {
  const query = await createSavedQuery(ctx.executor, ctx.requireUser(), toInput(input));
  await ctx.audit('query.create', { queryId: query.id, name: query.name, cypher: query.cypher });
  return query;
}

export async function updateQuery(ctx: ApiContext, id: string, input: GqlSavedQueryInput) {
  const { before, after } = await updateSavedQuery(
    ctx.executor,
    ctx.requireUser(),
    id,
    toInput(input),
  );
  await ctx.audit('query.update', {
    queryId: id,
    before: { name: before.name, cypher: before.cypher, params: before.params },
    after: { name: after.name, cypher: after.cypher, params: after.params },
  });
  return after;
}

export async function shareQuery(ctx: ApiContext, id: string, users: string[], roles: string[]) {
  const query = await shareSavedQuery(ctx.executor, ctx.requireUser(), id, { users, roles });
  await ctx.audit('query.share', { queryId: id, users, roles });
  return query;
}

export async function deleteQuery(ctx: ApiContext, id: string) {
  const query = await deleteSavedQuery(ctx.executor, ctx.requireUser(), id);
  await ctx.audit('query.delete', { queryId: id, name: query.name, cypher: query.cypher });
  return true;
}
