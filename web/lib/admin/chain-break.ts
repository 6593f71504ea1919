/** How the audit chain is broken, as `verifyAudit` reports it. */
export type ChainBreak = 'missing' | 'unlinked' | 'altered' | 'truncated' | 'other';

/**
 * The kind of break in the API's `reason`, which comes only as English text
 * (graph/src/app/audit-verify.ts), so the console can say it in the user's language.
 */
export function chainBreak(reason: string | undefined): ChainBreak {
  if (!reason) return 'other';
  if (/^entries after \d+ are missing/.test(reason)) return 'truncated';
  if (/^entry \d+ is missing/.test(reason)) return 'missing';
  if (/does not link to entry/.test(reason)) return 'unlinked';
  if (/was altered/.test(reason)) return 'altered';
  return 'other';
}
