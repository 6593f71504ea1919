import { cypherFile, type Executor } from '@arna/graph';
import { discoverDrop } from '../drop/discover.js';
import { KINDS } from '../drop/kinds.js';
import { preflight, type CheckedFile } from '../drop/preflight.js';
import { readRows } from '../drop/rows.js';
import { ValidationError } from '../errors.js';
import { validateRow } from '../validate/row.js';
import { Batch } from './batch.js';
import type { LoadEvent } from './events.js';
import { loadIdentityIndexes, type IdentityIndexes } from './identity-state.js';
import { KnownKeys } from './known-keys.js';
import type { RejectedRow } from './rejects.js';
import { totalsOf, type FileSummary, type LoadSummary } from './summary.js';
import { GraphMapper } from './to-graph.js';
import { writeBatch, type FileCounters, type ProgressMark } from './writer.js';

export interface LoadOptions {
  /** Rows per transaction. */
  batchSize?: number;
  onEvent?: (event: LoadEvent) => void;
  onReject?: (row: RejectedRow) => void;
}

const DEFAULT_BATCH_SIZE = 5000;
const PROGRESS_EVERY = 2000;

interface StoredProgress extends FileCounters {
  line: number;
  done: boolean;
}

async function readProgress(
  executor: Executor,
  loadId: string,
): Promise<Map<string, StoredProgress>> {
  const rows = await executor.run(cypherFile('etl/progress-read'), { loadId }, { mode: 'read' });
  return new Map(
    rows.map((r) => [
      String(r['file']),
      {
        line: Number(r['line']),
        done: r['done'] === true,
        read: Number(r['read']),
        loaded: Number(r['loaded']),
        rejected: Number(r['rejected']),
        merged: Number(r['merged']),
      },
    ]),
  );
}

/**
 * Loads a drop folder into the graph: checks every file's encoding and header first (nothing
 * is written if one is wrong), then loads the files in the fixed kind order, each in batches
 * committed together with their progress mark. The load id is the drop's content hash: the
 * same drop loaded again resumes where it stopped, or changes nothing when it had finished.
 */
export async function loadDrop(
  executor: Executor,
  dir: string,
  options: LoadOptions = {},
): Promise<LoadSummary> {
  const started = performance.now();
  const listing = await discoverDrop(dir);
  const drop = await preflight(listing.files);
  const { loadId } = drop;
  const emit = options.onEvent ?? (() => undefined);
  await executor.run(
    cypherFile('etl/load-begin'),
    { loadId, dir, files: drop.files.map((f) => f.name) },
    { mode: 'write' },
  );
  const progress = await readProgress(executor, loadId);
  const identities = await loadIdentityIndexes(executor);
  const known = await KnownKeys.load(executor);
  emit({
    type: 'drop',
    loadId,
    files: drop.files.length,
    skippedFiles: listing.unknown,
    foreigners: identities.foreigners.size,
  });

  const files: Record<string, FileSummary> = {};
  for (const file of drop.files) {
    files[file.name] = await loadFile(executor, loadId, file, progress.get(file.name), {
      identities,
      known,
      batchSize: options.batchSize ?? DEFAULT_BATCH_SIZE,
      emit,
      reject: options.onReject ?? (() => undefined),
    });
  }
  await executor.run(cypherFile('etl/load-finish'), { loadId }, { mode: 'write' });
  return {
    loadId,
    dir,
    files,
    totals: totalsOf(files, (performance.now() - started) / 1000),
    skippedFiles: listing.unknown,
    alreadyLoaded:
      drop.files.length > 0 && drop.files.every((f) => progress.get(f.name)?.done === true),
  };
}

interface FileContext {
  identities: IdentityIndexes;
  known: KnownKeys;
  batchSize: number;
  emit: (event: LoadEvent) => void;
  reject: (row: RejectedRow) => void;
}

async function loadFile(
  executor: Executor,
  loadId: string,
  file: CheckedFile,
  stored: StoredProgress | undefined,
  context: FileContext,
): Promise<FileSummary> {
  const started = performance.now();
  const resumeAfterLine = stored?.line ?? 0;
  const counters: FileCounters = {
    read: stored?.read ?? 0,
    loaded: stored?.loaded ?? 0,
    rejected: stored?.rejected ?? 0,
    merged: stored?.merged ?? 0,
  };
  const summary = (): FileSummary => ({
    kind: file.kind,
    ...counters,
    seconds: (performance.now() - started) / 1000,
    resumedAfterLine: resumeAfterLine,
  });
  if (stored?.done) {
    context.emit({ type: 'file-end', file: file.name, summary: summary(), alreadyDone: true });
    return summary();
  }
  context.emit({
    type: 'file-start',
    file: file.name,
    kind: file.kind,
    estimatedRows: Math.max(0, file.lines - (file.format === 'csv' ? 1 : 0)),
    resumeAfterLine,
  });

  const spec = KINDS[file.kind];
  const mapper = new GraphMapper(file.name, file.kind, loadId, context.identities, context.known);
  mapper.merged = counters.merged;
  let batch = new Batch(file.kind);
  let lastLine = resumeAfterLine;
  let pending: Promise<void> = Promise.resolve();
  let seen = 0;

  // One write in flight while the next batch is read, validated and resolved.
  const flush = async (done: boolean): Promise<void> => {
    const mark: ProgressMark = {
      ...counters,
      merged: mapper.merged,
      file: file.name,
      kind: file.kind,
      line: lastLine,
      done,
    };
    const full = batch.size > 0 ? batch : null;
    batch = new Batch(file.kind);
    await pending;
    pending = writeBatch(executor, loadId, full, mark);
    pending.catch(() => undefined);
  };

  for await (const row of readRows(file)) {
    seen++;
    if (seen % PROGRESS_EVERY === 0)
      context.emit({ type: 'file-progress', file: file.name, read: seen });
    const committed = row.line <= resumeAfterLine;
    let rejected: RejectedRow | null = null;
    if ('unreadable' in row) {
      rejected = {
        file: file.name,
        line: row.line,
        field: '',
        reason: row.unreadable,
        message: row.detail,
        raw: row.raw,
      };
    } else {
      try {
        const valid = validateRow(spec, row.raw, file.name, row.line);
        if (!committed) mapper.add(batch, valid);
      } catch (error) {
        if (!(error instanceof ValidationError)) throw error;
        rejected = {
          file: file.name,
          line: row.line,
          field: error.field,
          reason: error.reason,
          message: error.message,
          raw: row.raw,
        };
      }
    }
    // Rows an earlier run committed are only re-checked, to repeat their rejects in the report.
    if (rejected) context.reject(rejected);
    if (committed) continue;
    counters.read++;
    if (rejected) counters.rejected++;
    else counters.loaded++;
    lastLine = row.line;
    if (batch.size >= context.batchSize) await flush(false);
  }
  await flush(true);
  await pending;
  counters.merged = mapper.merged;
  const result = summary();
  context.emit({ type: 'file-end', file: file.name, summary: result, alreadyDone: false });
  return result;
}
