import {
  AppForbiddenError,
  createUser,
  listAudit,
  updateUser,
  verifyAudit,
  type AuditFilter,
} from '@arna/graph/app';
import type { ApiContext } from '../../context.js';

export async function auditPage(ctx: ApiContext, filter: AuditFilter) {
  const page = await listAudit(ctx.executor, filter);
  await ctx.audit('audit.read', { ...filter });
  return {
    total: page.total,
    capped: page.capped,
    entries: page.entries.map((e) => ({ ...e, args: JSON.parse(e.args) as unknown })),
  };
}

export async function verifyAuditChain(ctx: ApiContext) {
  const result = await verifyAudit(ctx.executor);
  await ctx.audit('audit.verify', { ...result });
  return result;
}

export async function addUser(ctx: ApiContext, username: string, role: string, password: string) {
  const user = await createUser(ctx.executor, { username, role, password });
  await ctx.audit('user.create', { username, role });
  return user;
}

export async function changeUser(
  ctx: ApiContext,
  username: string,
  change: { role?: string; disabled?: boolean },
) {
  // An administrator who demoted or disabled their own account would lock themselves out,
  // and possibly the last administrator out of the console; another admin or the CLI can.
  if (username === ctx.requireUser().username && (change.role || change.disabled)) {
    throw new AppForbiddenError(
      'you cannot change the role of, or disable, your own account; ask another administrator or use `npx arna users`',
    );
  }
  const user = await updateUser(ctx.executor, username, change);
  ctx.sessionCache.clear();
  const action = change.role ? 'user.role' : change.disabled ? 'user.disable' : 'user.enable';
  await ctx.audit(action, { username, ...change });
  return user;
}
