import type { ApiContext } from '../../context.js';

/**
 * Awaits an investigation read and records it in the audit log with its arguments (and a
 * short account of what was shown), so the log says who saw which personal data, when and
 * for which stated purpose (the context adds user and purpose). A failed read is not a view
 * and is not recorded.
 */
export async function audited<T>(
  ctx: ApiContext,
  action: string,
  args: object,
  result: Promise<T>,
  shown?: (value: T) => Record<string, unknown>,
): Promise<T> {
  const value = await result;
  await ctx.audit(action, { ...args, ...(shown ? shown(value) : {}) });
  return value;
}
