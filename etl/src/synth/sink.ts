import { appendFileSync, closeSync, openSync, readFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { FILES, SCHEMAS, fileColumns, type FileId, type OutputFile } from './schema.js';
import type { BadRowReason } from './noise.js';

/** One row as column → text; absent or '' = empty cell. */
export type Row = Readonly<Record<string, string>>;

export interface BadRowMark {
  field: string;
  reason: BadRowReason;
}
export interface VariantMark {
  passport_country: string;
  passport_no: string;
  variant: string;
}
/** Facts about a row the truth file must name by file and line. */
export interface RowMark {
  bad?: BadRowMark;
  variant?: VariantMark;
}

export interface BadRow extends BadRowMark {
  file: string;
  line: number;
}
export interface IdentityVariant extends VariantMark {
  file: string;
  line: number;
}

export interface WrittenDrop {
  /** Data rows per file name (header not counted). */
  rowsPerFile: Record<string, number>;
  badRows: BadRow[];
  identityVariants: IdentityVariant[];
}

type Staged = [sortKey: string, seq: number, values: string[], mark: RowMark | 0];
/**
 * Staged rows are one line each: sort key, sequence, mark (JSON or empty), then the values,
 * separated by a control character no generated value contains (cheaper than JSON per row).
 */
const SEP = '\u0001';

interface Bucket {
  file: FileId;
  key: string;
  path: string;
  /** Staged bytes not yet on disk (off the JS heap, so staged text never reaches old space). */
  buffer: Buffer;
  used: number;
}

const BUCKET_BYTES = 64 * 1024;
const COLUMNS: ReadonlyMap<FileId, readonly string[]> = new Map(
  (Object.keys(FILES) as FileId[]).map((id) => [id, fileColumns(FILES[id])]),
);
const COLUMN_SETS: ReadonlyMap<FileId, ReadonlySet<string>> = new Map(
  [...COLUMNS].map(([id, columns]) => [id, new Set(columns)]),
);
const WRITE_CHARS = 1024 * 1024;

function csvCell(value: string): string {
  return /[",\r\n]|^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Buffers output into a file descriptor in large chunks. */
class ChunkedWriter {
  private parts: string[] = [];
  private chars = 0;
  constructor(private readonly fd: number) {}
  write(text: string): void {
    this.parts.push(text);
    this.chars += text.length;
    if (this.chars >= WRITE_CHARS) this.flush();
  }
  flush(): void {
    if (this.parts.length === 0) return;
    writeSync(this.fd, this.parts.join(''));
    this.parts = [];
    this.chars = 0;
  }
}

/**
 * Collects rows in any order and writes each file sorted the way the source systems export
 * them (events by date, registers by number), so a planted network's rows are scattered
 * through its files as real ones would be, not written in one block. Rows are staged on disk
 * in buckets (a month of events, a birth year of the register), so memory stays bounded
 * whatever the scale; record ids are assigned in the final order, and the line of every
 * marked row is known only then.
 */
export class DropSink {
  private readonly buckets = new Map<string, Bucket>();
  private seq = 0;

  constructor(private readonly stagingDir: string) {}

  emit(file: FileId, bucketKey: string, sortKey: string, row: Row, mark?: RowMark): void {
    const columns = COLUMNS.get(file) ?? [];
    const known = COLUMN_SETS.get(file) ?? new Set<string>();
    for (const column in row) {
      if (!known.has(column)) {
        throw new RangeError(`synth: ${FILES[file].name} has no column ${column}`);
      }
    }
    const cells = [sortKey, String(this.seq++), mark ? JSON.stringify(mark) : ''];
    for (const c of columns) cells.push(row[c] ?? '');
    const line = cells.join(SEP);
    const id = `${file}~${bucketKey}`;
    let bucket = this.buckets.get(id);
    if (!bucket) {
      bucket = {
        file,
        key: bucketKey,
        path: join(this.stagingDir, `${file}~${bucketKey}.staged`),
        buffer: Buffer.allocUnsafe(BUCKET_BYTES),
        used: 0,
      };
      this.buckets.set(id, bucket);
    }
    const bytes = Buffer.byteLength(line) + 1;
    if (bucket.used + bytes > bucket.buffer.length) {
      this.flushBucket(bucket);
      if (bytes > bucket.buffer.length) bucket.buffer = Buffer.allocUnsafe(bytes);
    }
    bucket.used += bucket.buffer.write(line, bucket.used);
    bucket.buffer[bucket.used++] = 0x0a;
  }

  private flushBucket(bucket: Bucket): void {
    if (bucket.used === 0) return;
    appendFileSync(bucket.path, bucket.buffer.subarray(0, bucket.used));
    bucket.used = 0;
  }

  private readBucket(bucket: Bucket): Staged[] {
    this.flushBucket(bucket);
    const text = readFileSync(bucket.path, 'utf8');
    const rows: Staged[] = [];
    for (const line of text.split('\n')) {
      if (line === '') continue;
      const [sortKey = '', seq = '', mark = '', ...values] = line.split(SEP);
      rows.push([sortKey, Number(seq), values, mark === '' ? 0 : (JSON.parse(mark) as RowMark)]);
    }
    rows.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1]));
    return rows;
  }

  /** Writes every file into `outDir` and reports row counts and the lines of marked rows. */
  writeFiles(outDir: string): WrittenDrop {
    const result: WrittenDrop = { rowsPerFile: {}, badRows: [], identityVariants: [] };
    for (const fileId of Object.keys(FILES) as FileId[]) {
      const file: OutputFile = FILES[fileId];
      const schema = SCHEMAS[file.kind];
      const columns = COLUMNS.get(fileId) ?? [];
      const buckets = [...this.buckets.values()]
        .filter((b) => b.file === fileId)
        .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
      const fd = openSync(join(outDir, file.name), 'w');
      const out = new ChunkedWriter(fd);
      let line = 0;
      if (file.format === 'csv') {
        const header = columns.join(',');
        out.write(file.legacyExport ? `\ufeff${header.toUpperCase()}\n` : `${header}\n`);
        line = 1;
      }
      const idIndex = schema.idColumn === null ? -1 : schema.columns.indexOf(schema.idColumn);
      let serial = 0;
      let rows = 0;
      for (const bucket of buckets) {
        for (const [sortKey, , values, mark] of this.readBucket(bucket)) {
          if (
            idIndex >= 0 &&
            values[idIndex] === '' &&
            !(mark !== 0 && mark.bad?.field === schema.idColumn)
          ) {
            serial++;
            values[idIndex] =
              `${file.idPrefix}-${sortKey.slice(0, 4)}-${String(serial).padStart(7, '0')}`;
          }
          if (file.format === 'csv') {
            out.write(values.map(csvCell).join(',') + '\n');
          } else {
            const object: Record<string, string> = {};
            columns.forEach((c, i) => {
              const v = values[i];
              if (v !== undefined && v !== '') object[c] = v;
            });
            out.write(JSON.stringify(object) + '\n');
          }
          line++;
          rows++;
          if (mark !== 0 && mark.bad) result.badRows.push({ file: file.name, line, ...mark.bad });
          if (mark !== 0 && mark.variant)
            result.identityVariants.push({ file: file.name, line, ...mark.variant });
        }
      }
      out.flush();
      closeSync(fd);
      result.rowsPerFile[file.name] = rows;
    }
    return result;
  }
}
