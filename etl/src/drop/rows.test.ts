import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CheckedFile } from './preflight.js';
import { readRows, type ReadRow } from './rows.js';

function file(name: string, text: string, columns: string[]): CheckedFile {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'arna-etl-rows-'));
  writeFileSync(path.join(dir, name), text);
  return {
    name,
    path: path.join(dir, name),
    kind: 'persons',
    format: name.endsWith('.csv') ? 'csv' : 'jsonl',
    columns,
    sha256: '',
    lines: 0,
  };
}

async function all(f: CheckedFile): Promise<ReadRow[]> {
  const rows: ReadRow[] = [];
  for await (const row of readRows(f)) rows.push(row);
  return rows;
}

describe('readRows', () => {
  it('reads CSV with BOM, quotes and embedded newlines, numbering lines from the header', async () => {
    const rows = await all(
      file('persons.csv', '\ufeffiin,last_name\n1,"Smith, J"\n2,"multi\nline"\n3,Ok\n', [
        'iin',
        'last_name',
      ]),
    );
    expect(rows).toEqual([
      { line: 2, raw: { iin: '1', last_name: 'Smith, J' } },
      { line: 4, raw: { iin: '2', last_name: 'multi\nline' } },
      { line: 5, raw: { iin: '3', last_name: 'Ok' } },
    ]);
  });
  it('keeps stray quotes as data; wrong cell counts and unclosed quotes are unreadable', async () => {
    const text = 'iin,last_name\n1,"bad"x\n2,a,b\n3,c\n4,"open\n5,d\n';
    const rows = await all(file('persons.csv', text, ['iin', 'last_name']));
    expect(
      rows.map((r) => [r.line, 'unreadable' in r ? r.unreadable : r.raw['last_name']]),
    ).toEqual([
      [2, '"bad"x'],
      [3, 'column-count'],
      [4, 'c'],
      [6, 'csv-syntax'],
    ]);
  });
  it('reads JSONL objects, joining arrays with ; and rejecting non-objects', async () => {
    const rows = await all(
      file('persons.jsonl', '{"IIN":"1","founder_iins":["a","b"],"n":5}\n\n[1]\n{bad\n', []),
    );
    expect(rows[0]).toEqual({ line: 1, raw: { iin: '1', founder_iins: 'a;b', n: '5' } });
    expect(rows.slice(1).map((r) => [r.line, 'unreadable' in r ? r.unreadable : 'ok'])).toEqual([
      [3, 'json-syntax'],
      [4, 'json-syntax'],
    ]);
  });
});
