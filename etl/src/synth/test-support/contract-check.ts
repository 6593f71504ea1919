import { checkBin, checkIin } from '../../index.js';
import { KNOWN_CODES } from '../countries.js';
import { FOREIGNER_REQUIRED, SCHEMAS, type Kind } from '../schema.js';
import type { BadRowReason } from '../noise.js';

/** One problem of a row against the drop contract, as far as it can be checked locally. */
export interface Problem {
  field: string;
  /** The truth file's reasons, plus `datetime` and `format` for other malformed cells. */
  reason: BadRowReason | 'datetime' | 'format';
}

function isCalendarDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const d = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === text;
}

function isDateTime(text: string): boolean {
  const m = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?(Z|[+-]\d{2}:\d{2})?$/.exec(
    text,
  );
  return m !== null && isCalendarDate(m[1] ?? '');
}

/** ИИН/БИН checks come from the loader's own validator (`@arna/etl`), not a second copy. */
function iinProblem(iin: string): 'format' | 'iin-control-digit' | null {
  const problem = checkIin(iin);
  return problem === null ? null : problem === 'control-digit' ? 'iin-control-digit' : 'format';
}

function binProblem(bin: string): 'format' | 'bin-control-digit' | null {
  const problem = checkBin(bin);
  return problem === null ? null : problem === 'control-digit' ? 'bin-control-digit' : 'format';
}

/** Every problem of one row (an empty list for a valid row). */
export function checkRow(
  kind: Kind,
  row: Readonly<Record<string, string>>,
  extraColumns: readonly string[] = [],
): Problem[] {
  const schema = SCHEMAS[kind];
  const problems: Problem[] = [];
  const value = (c: string): string => row[c] ?? '';
  for (const column of Object.keys(row)) {
    if (!schema.columns.includes(column) && !extraColumns.includes(column))
      problems.push({ field: column, reason: 'format' });
  }
  for (const c of schema.required)
    if (value(c) === '') problems.push({ field: c, reason: 'required' });
  const hasForeigner =
    schema.columns.includes('passport_no') &&
    (schema.foreignerRequired || FOREIGNER_REQUIRED.some((c) => value(c) !== ''));
  if (hasForeigner) {
    for (const c of FOREIGNER_REQUIRED)
      if (value(c) === '') problems.push({ field: c, reason: 'required' });
  }
  for (const p of schema.requiredParties) {
    if (value(`${p}_iin`) === '' && value(`${p}_bin`) === '')
      problems.push({ field: p, reason: 'party' });
  }
  for (const c of schema.columns) {
    const v = value(c);
    if (v === '') continue;
    if (/(^|_)iin$/.test(c)) {
      const reason = iinProblem(v);
      if (reason) problems.push({ field: c, reason });
    } else if (/(^|_)bin$/.test(c)) {
      const reason = binProblem(v);
      if (reason) problems.push({ field: c, reason });
    } else if (c === 'founder_iins') {
      for (const iin of v.split(';'))
        if (iinProblem(iin)) problems.push({ field: c, reason: 'format' });
    } else if (c === 'citizenship' || c.endsWith('_country')) {
      if (!KNOWN_CODES.has(v)) problems.push({ field: c, reason: 'country' });
    } else if (c.endsWith('_rka') && !/^\d{16}$/.test(v)) {
      problems.push({ field: c, reason: 'format' });
    } else if (c.endsWith('phone') && !/^(\+?7|8)7\d{9}$/.test(v.replace(/[\s()-]/g, ''))) {
      problems.push({ field: c, reason: 'format' });
    } else if (c === 'vehicle_plate' && !/^[A-Za-z0-9]+$/.test(v.replace(/[\s-]/g, ''))) {
      problems.push({ field: c, reason: 'format' });
    }
    if (schema.dates.includes(c) && !isCalendarDate(v)) problems.push({ field: c, reason: 'date' });
    if (schema.dateTimes.includes(c) && !isDateTime(v))
      problems.push({ field: c, reason: 'datetime' });
    const allowed = schema.enums[c];
    if (allowed && !allowed.includes(v)) problems.push({ field: c, reason: 'enum' });
  }
  return problems;
}
