import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { FILES, type Kind, type OutputFile } from '../schema.js';

/** One data row of a drop with where it came from. */
export interface DropRow {
  file: string;
  line: number;
  kind: Kind;
  /** Source-specific columns this file may carry beside its kind's. */
  extraColumns: readonly string[];
  row: Record<string, string>;
}

/** Reads every file of a drop back (CSV with csv-parse, JSONL line by line). */
export function readDrop(dir: string): DropRow[] {
  const byName = new Map<string, OutputFile>(Object.values(FILES).map((f) => [f.name, f]));
  const rows: DropRow[] = [];
  for (const file of readdirSync(dir).sort()) {
    const spec = byName.get(file);
    if (!spec) throw new Error(`unexpected file ${file}`);
    const { kind } = spec;
    const extraColumns = spec.extraColumns ?? [];
    const text = readFileSync(join(dir, file), 'utf8');
    if (spec.format === 'jsonl') {
      text.split('\n').forEach((line, i) => {
        if (line === '') return;
        const row = JSON.parse(line) as Record<string, string>;
        rows.push({ file, line: i + 1, kind, extraColumns, row });
      });
      continue;
    }
    // Header names are case-insensitive and a BOM is allowed (contract): read like the loader.
    const records = parse(text, {
      bom: true,
      columns: (header: string[]) => header.map((c) => c.trim().toLowerCase()),
      info: true,
      skip_empty_lines: true,
    }) as { record: Record<string, string>; info: { lines: number } }[];
    for (const { record, info } of records) {
      rows.push({ file, line: info.lines, kind, extraColumns, row: record });
    }
  }
  return rows;
}
