import { listUsers } from '@arna/graph/app';
import type { Resolvers } from '../../generated/graphql.js';
import { addUser, auditPage, changeUser, verifyAuditChain } from './admin.js';

export const adminResolvers: Resolvers = {
  Query: {
    auditLog: (_root, args, ctx) =>
      auditPage(ctx, { ...args, offset: args.offset ?? 0, limit: args.limit ?? 50 }),
    verifyAudit: (_root, _args, ctx) => verifyAuditChain(ctx),
    users: (_root, _args, ctx) => listUsers(ctx.executor),
  },
  Mutation: {
    createUser: (_root, { username, role, password }, ctx) =>
      addUser(ctx, username, role, password),
    setUserRole: (_root, { username, role }, ctx) => changeUser(ctx, username, { role }),
    disableUser: (_root, { username }, ctx) => changeUser(ctx, username, { disabled: true }),
    enableUser: (_root, { username }, ctx) => changeUser(ctx, username, { disabled: false }),
  },
};
