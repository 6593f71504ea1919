import type { Kind } from '../drop/kinds.js';
import type { FileCounters } from './writer.js';

export interface FileSummary extends FileCounters {
  kind: Kind;
  /** Seconds spent on the file in this run. */
  seconds: number;
  /** Rows committed by an earlier, interrupted run and skipped now. */
  resumedAfterLine: number;
}

/** The `--json` summary: `{files: {<file>: {kind, read, loaded, rejected, …}}, totals: {…}}`. */
export interface LoadSummary {
  loadId: string;
  dir: string;
  files: Record<string, FileSummary>;
  totals: FileCounters & { seconds: number };
  /** Files whose names match no kind: reported and skipped. */
  skippedFiles: string[];
  /** The whole drop had been loaded before: nothing was written. */
  alreadyLoaded: boolean;
}

export function totalsOf(
  files: Record<string, FileSummary>,
  seconds: number,
): LoadSummary['totals'] {
  const totals = { read: 0, loaded: 0, rejected: 0, merged: 0, seconds };
  for (const f of Object.values(files)) {
    totals.read += f.read;
    totals.loaded += f.loaded;
    totals.rejected += f.rejected;
    totals.merged += f.merged;
  }
  return totals;
}

/** The summary as a fixed-width table for the terminal. */
export function formatSummary(summary: LoadSummary): string {
  const header = ['file', 'kind', 'read', 'loaded', 'rejected', 'merged', 'seconds'];
  const rows = Object.entries(summary.files).map(([file, f]) => [
    file,
    f.kind,
    String(f.read),
    String(f.loaded),
    String(f.rejected),
    String(f.merged),
    f.seconds.toFixed(1),
  ]);
  const t = summary.totals;
  rows.push([
    'total',
    '',
    String(t.read),
    String(t.loaded),
    String(t.rejected),
    String(t.merged),
    t.seconds.toFixed(1),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  const out = [line(header), ...rows.map(line)];
  if (summary.skippedFiles.length > 0) {
    out.push(`skipped (name matches no kind): ${summary.skippedFiles.join(', ')}`);
  }
  if (summary.alreadyLoaded) out.push(`drop ${summary.loadId} was already loaded: nothing changed`);
  return out.join('\n');
}

/** The `--json` document. */
export function summaryJson(summary: LoadSummary): unknown {
  return {
    loadId: summary.loadId,
    files: summary.files,
    totals: summary.totals,
    skippedFiles: summary.skippedFiles,
    alreadyLoaded: summary.alreadyLoaded,
  };
}
