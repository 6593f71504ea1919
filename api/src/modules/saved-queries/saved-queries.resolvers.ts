import { canEdit, getSavedQuery, listSavedQueries } from '@arna/graph/app';
import type { Resolvers } from '../../generated/graphql.js';
import { createQuery, deleteQuery, runQuery, shareQuery, updateQuery } from './saved-queries.js';

export const savedQueriesResolvers: Resolvers = {
  QueryParamType: {
    INT: 'int',
    FLOAT: 'float',
    STRING: 'string',
    DATE: 'date',
    LIST_OF_STRING: 'list<string>',
  },
  Query: {
    savedQueries: (_root, { lang }, ctx) =>
      listSavedQueries(ctx.executor, ctx.requireUser(), lang ?? 'ru'),
    savedQuery: (_root, { id, lang }, ctx) =>
      getSavedQuery(ctx.executor, ctx.requireUser(), id, lang ?? 'ru'),
    runSavedQuery: (_root, { id, params, rowLimit }, ctx) =>
      runQuery(ctx, id, (params ?? {}) as Record<string, unknown>, rowLimit),
  },
  Mutation: {
    createSavedQuery: (_root, { input }, ctx) => createQuery(ctx, input),
    updateSavedQuery: (_root, { id, input }, ctx) => updateQuery(ctx, id, input),
    shareSavedQuery: (_root, { id, users, roles }, ctx) => shareQuery(ctx, id, users, roles),
    deleteSavedQuery: (_root, { id }, ctx) => deleteQuery(ctx, id),
  },
  SavedQuery: {
    canEdit: (query, _args, ctx) => canEdit(query, ctx.requireUser()),
  },
};
