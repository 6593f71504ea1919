import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Test fixtures: valid ИИН/БИН computed straight from the contract's control-digit rule
 * (independently of the loader's own implementation), and a writer for hand-made drops.
 */
export function withControlDigit(first11: string): string {
  const d = [...first11].map(Number);
  let c = d.reduce((s, x, i) => s + x * (i + 1), 0) % 11;
  if (c === 10) c = d.reduce((s, x, i) => s + x * [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2][i]!, 0) % 11;
  if (c === 10) throw new Error(`fixture: ${first11} has no valid control digit`);
  return first11 + String(c);
}

/** The n-th valid ИИН of a person born on yymmdd (century digit 3 = 1900s, male). */
export function iin(yymmdd: string, n: number): string {
  for (let serial = n; ; serial += 1000) {
    try {
      return withControlDigit(`${yymmdd}3${String(serial).padStart(4, '0')}`);
    } catch {
      // this serial has no control digit: take the next one
    }
  }
}

/** The n-th valid БИН (resident legal entity, registered yymm). */
export function bin(yymm: string, n: number): string {
  for (let serial = n; ; serial += 1000) {
    try {
      return withControlDigit(`${yymm}40${String(serial).padStart(5, '0')}`);
    } catch {
      // next serial
    }
  }
}

function csvCell(value: string): string {
  return /[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Writes `rows` as a CSV file with the given columns (missing cells empty). */
export function writeCsv(
  dir: string,
  name: string,
  columns: readonly string[],
  rows: readonly Record<string, string>[],
): void {
  mkdirSync(dir, { recursive: true });
  const lines = [
    columns.join(','),
    ...rows.map((r) => columns.map((c) => csvCell(r[c] ?? '')).join(',')),
  ];
  writeFileSync(path.join(dir, name), `${lines.join('\n')}\n`);
}

export const FOREIGNER_COLUMNS = [
  'passport_no',
  'passport_country',
  'citizenship',
  'last_name_lat',
  'first_name_lat',
  'last_name',
  'first_name',
  'birth_date',
  'sex',
] as const;
