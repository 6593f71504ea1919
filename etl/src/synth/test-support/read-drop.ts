import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { FILES, type Kind } from '../schema.js';

/** One data row of a drop with where it came from. */
export interface DropRow {
  file: string;
  line: number;
  kind: Kind;
  row: Record<string, string>;
}

/** Reads every file of a drop back (CSV with csv-parse, JSONL line by line). */
export function readDrop(dir: string): DropRow[] {
  const byName = new Map<string, Kind>(Object.values(FILES).map((f) => [f.name, f.kind]));
  const rows: DropRow[] = [];
  for (const file of readdirSync(dir).sort()) {
    const kind = byName.get(file);
    if (!kind) throw new Error(`unexpected file ${file}`);
    const text = readFileSync(join(dir, file), 'utf8');
    if (file.endsWith('.jsonl')) {
      text.split('\n').forEach((line, i) => {
        if (line !== '')
          rows.push({ file, line: i + 1, kind, row: JSON.parse(line) as Record<string, string> });
      });
    } else {
      const records = parse(text, { columns: true, info: true, skip_empty_lines: true }) as {
        record: Record<string, string>;
        info: { lines: number };
      }[];
      for (const { record, info } of records)
        rows.push({ file, line: info.lines, kind, row: record });
    }
  }
  return rows;
}
