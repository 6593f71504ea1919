import { discoverDrop } from './discover.js';
import { preflight } from './preflight.js';
import { readRows } from './rows.js';
import type { RawRow } from '../validate/row.js';

/**
 * Every readable row of a drop as raw cells, files in load order, no validation. For
 * reference measurements (bench/etl.ts) and tools that want the rows as delivered.
 */
export async function* readDropRows(dir: string): AsyncGenerator<RawRow> {
  const { files } = await preflight((await discoverDrop(dir)).files);
  for (const file of files) {
    for await (const row of readRows(file)) if (!('unreadable' in row)) yield row.raw;
  }
}
