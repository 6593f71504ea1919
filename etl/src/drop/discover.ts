import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { DropUnreadableError } from '../errors.js';
import { KIND_ORDER, type Kind } from './kinds.js';

export type FileFormat = 'csv' | 'jsonl';

export interface DropFile {
  /** File name inside the drop folder (how the summary and provenance name it). */
  name: string;
  path: string;
  kind: Kind;
  format: FileFormat;
}

export interface DropListing {
  /** Files in load order: kinds in KIND_ORDER, then by name. */
  files: DropFile[];
  /** Names that match no kind or format: reported and skipped. */
  unknown: string[];
}

/**
 * The kind of a file from the start of its name: `invitations.csv`,
 * `invitations-2025-03.csv`, `invitations_astana.jsonl` are all `invitations`. The longest
 * kind wins, and the kind must be followed by the extension, `-` or `_`.
 */
export function classifyFile(name: string): { kind: Kind; format: FileFormat } | null {
  const lower = name.toLowerCase();
  const format: FileFormat | null = lower.endsWith('.csv')
    ? 'csv'
    : lower.endsWith('.jsonl')
      ? 'jsonl'
      : null;
  if (format === null) return null;
  const stem = lower.slice(0, lower.lastIndexOf('.'));
  const kind = [...KIND_ORDER]
    .sort((a, b) => b.length - a.length)
    .find((k) => stem === k || stem.startsWith(`${k}-`) || stem.startsWith(`${k}_`));
  return kind ? { kind, format } : null;
}

/** Lists a drop folder: the files to load in their fixed order and the unknown ones. */
export async function discoverDrop(dir: string): Promise<DropListing> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    throw new DropUnreadableError(dir, error);
  }
  const files: DropFile[] = [];
  const unknown: string[] = [];
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const classified = classifyFile(entry.name);
    if (classified)
      files.push({ name: entry.name, path: path.join(dir, entry.name), ...classified });
    else unknown.push(entry.name);
  }
  files.sort(
    (a, b) =>
      KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) ||
      (a.name < b.name ? -1 : a.name > b.name ? 1 : 0),
  );
  unknown.sort();
  return { files, unknown };
}
