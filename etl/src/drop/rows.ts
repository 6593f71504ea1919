import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { parse, type CsvError } from 'csv-parse';
import type { RejectReason } from '../errors.js';
import type { RawRow } from '../validate/row.js';
import type { CheckedFile } from './preflight.js';

/** One data line of a file: its cells by lower-case column, or why it could not be read. */
export type ReadRow =
  | { line: number; raw: RawRow }
  | { line: number; unreadable: RejectReason; detail: string; raw: RawRow };

function cellsOf(columns: readonly string[], values: readonly string[]): RawRow {
  const raw: RawRow = {};
  for (let i = 0; i < values.length; i++) {
    const column = columns[i] ?? `column_${i + 1}`;
    raw[column] = values[i]!;
  }
  return raw;
}

/**
 * Streams the data rows of a CSV file (header skipped, BOM ignored, RFC 4180 quoting).
 * A row with the wrong number of cells is yielded as unreadable, and the file goes on. A
 * quote opened and never closed swallows the rest of the file (CSV cannot tell where the
 * cell ends): it is yielded as one unreadable row at the line where the parser gave up.
 */
async function* csvRows(file: CheckedFile): AsyncGenerator<ReadRow> {
  const skipped: ReadRow[] = [];
  const parser = createReadStream(file.path).pipe(
    parse({
      bom: true,
      info: true,
      relax_column_count: true,
      // A stray quote inside a cell is kept as data (then checked like any value) rather
      // than losing the row; only a quote that never closes is a syntax error.
      relax_quotes: true,
      skip_records_with_error: true,
      from_line: 2,
      on_skip: (error: CsvError | undefined, raw: string | undefined) => {
        const line = Number((error as { lines?: number } | undefined)?.lines ?? 0);
        skipped.push({
          line,
          unreadable: 'csv-syntax',
          detail: error?.message ?? 'unreadable CSV',
          raw: { _raw: raw ?? '' },
        });
        return undefined;
      },
    }),
  );
  for await (const item of parser) {
    while (skipped.length > 0) yield skipped.shift()!;
    const { record, info } = item as { record: string[]; info: { lines: number } };
    const raw = cellsOf(file.columns, record);
    if (record.length === 1 && record[0] === '') continue;
    if (record.length !== file.columns.length) {
      yield {
        line: info.lines,
        unreadable: 'column-count',
        detail: `has ${record.length} cells, the header has ${file.columns.length}`,
        raw,
      };
    } else {
      yield { line: info.lines, raw };
    }
  }
  while (skipped.length > 0) yield skipped.shift()!;
}

function jsonCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.map(jsonCell).join(';');
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/** Streams the rows of a JSONL file: one object a line; arrays become `;`-joined cells. */
async function* jsonlRows(file: CheckedFile): AsyncGenerator<ReadRow> {
  const lines = createInterface({ input: createReadStream(file.path), crlfDelay: Infinity });
  let line = 0;
  for await (const text of lines) {
    line++;
    const body = line === 1 && text.startsWith('\ufeff') ? text.slice(1) : text;
    if (body.trim() === '') continue;
    let parsed: unknown;
    try {
      parsed = JSON.parse(body);
    } catch (error) {
      yield {
        line,
        unreadable: 'json-syntax',
        detail: (error as Error).message,
        raw: { _raw: body },
      };
      continue;
    }
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
      yield { line, unreadable: 'json-syntax', detail: 'not a JSON object', raw: { _raw: body } };
      continue;
    }
    const raw: RawRow = {};
    for (const [key, value] of Object.entries(parsed))
      raw[key.trim().toLowerCase()] = jsonCell(value);
    yield { line, raw };
  }
}

/** The rows of a checked drop file, in file order, with their 1-based line numbers. */
export function readRows(file: CheckedFile): AsyncGenerator<ReadRow> {
  return file.format === 'csv' ? csvRows(file) : jsonlRows(file);
}
