import path from 'node:path';
import { z } from 'zod';
import { loadConfigFile } from './config-file.js';
import { repoRoot } from '../config.js';
import type { Executor } from '../db/executor.js';
import { cypherFile } from '../db/cypher-files.js';
import { appendAudit } from './audit.js';

const RetentionConfigSchema = z.object({
  eventFactsDays: z.number().int().positive(),
  batchSize: z.number().int().positive().max(100_000).default(10_000),
});
export type RetentionConfig = z.infer<typeof RetentionConfigSchema>;

export const retentionConfigPath = path.join(repoRoot, 'config', 'retention.json');

export function loadRetentionConfig(file: string = retentionConfigPath): RetentionConfig {
  return loadConfigFile(file, RetentionConfigSchema);
}

export interface RetentionResult {
  cutoff: string;
  eventFactsDays: number;
  dryRun: boolean;
  events: number;
  foreigners: number;
  documents: number;
  orphans: number;
}

/** The first day that is kept: facts dated before it are purged. */
export function retentionCutoff(days: number, now: Date = new Date()): string {
  return new Date(now.getTime() - days * 86_400_000).toISOString().slice(0, 10);
}

/** Runs one batch statement until it deletes nothing; each batch is its own transaction. */
async function drain(
  executor: Executor,
  name: string,
  params: Record<string, unknown>,
): Promise<number> {
  let total = 0;
  for (;;) {
    const rows = await executor.run(cypherFile(name), params, { mode: 'write', label: name });
    const deleted = Number(rows[0]?.['deleted'] ?? 0);
    total += deleted;
    if (deleted === 0) return total;
  }
}

/**
 * Purges event facts dated before the cutoff, then the foreigners, documents, vehicles and
 * addresses no remaining fact refers to. Registers (persons, organizations) stay. Audited
 * before (the intent) and after (what was deleted), as `operator`.
 */
export async function applyRetention(
  executor: Executor,
  options: { operator: string; config?: RetentionConfig; dryRun?: boolean; now?: Date },
): Promise<RetentionResult> {
  const config = options.config ?? loadRetentionConfig();
  const cutoff = retentionCutoff(config.eventFactsDays, options.now);
  const base = { cutoff, eventFactsDays: config.eventFactsDays, dryRun: options.dryRun ?? false };
  if (options.dryRun) {
    const rows = await executor.run(
      cypherFile('app/retention-count'),
      { cutoff },
      { label: 'retention:count' },
    );
    return {
      ...base,
      events: Number(rows[0]?.['events'] ?? 0),
      foreigners: 0,
      documents: 0,
      orphans: 0,
    };
  }
  await appendAudit(executor, { user: options.operator, action: 'retention.start', args: base });
  const params = { cutoff, batch: config.batchSize };
  const result: RetentionResult = {
    ...base,
    events: await drain(executor, 'app/retention-events', params),
    foreigners: await drain(executor, 'app/retention-foreigners', params),
    documents: await drain(executor, 'app/retention-documents', params),
    orphans: await drain(executor, 'app/retention-orphans', params),
  };
  await appendAudit(executor, {
    user: options.operator,
    action: 'retention.apply',
    args: { ...result },
  });
  return result;
}
