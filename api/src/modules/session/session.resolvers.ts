import type { Resolvers } from '../../generated/graphql.js';
import { loginWithPassword, logoutSession } from './login.js';

export const sessionResolvers: Resolvers = {
  Query: {
    me: (_root, _args, ctx) => ctx.requireUser(),
  },
  Mutation: {
    login: (_root, { username, password }, ctx) => loginWithPassword(ctx, username, password),
    logout: (_root, _args, ctx) => logoutSession(ctx),
  },
};
