import type { Kind } from '../drop/kinds.js';
import type { FileSummary } from './summary.js';

/** What the loader reports while it runs (progress display, logs). */
export type LoadEvent =
  | { type: 'drop'; loadId: string; files: number; skippedFiles: string[]; foreigners: number }
  | { type: 'file-start'; file: string; kind: Kind; estimatedRows: number; resumeAfterLine: number }
  | { type: 'file-progress'; file: string; read: number }
  | { type: 'file-end'; file: string; summary: FileSummary; alreadyDone: boolean };
