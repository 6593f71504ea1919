import { normalizePhone, normalizePlate } from '@arna/graph/text';
import type { RejectReason } from '../errors.js';
import type { FieldCheck } from '../drop/kinds.js';
import { isCountryCode } from './countries.js';
import { isCalendarDate, parseDateTime } from './dates.js';
import { checkBin, checkIin, type IdentifierProblem } from './identifiers.js';

/** A checked cell: its normalised value, or why it failed. */
export type FieldResult =
  { ok: true; value: string | string[] } | { ok: false; reason: RejectReason; detail: string };

const ok = (value: string | string[]): FieldResult => ({ ok: true, value });
const fail = (reason: RejectReason, detail: string): FieldResult => ({ ok: false, reason, detail });

const IIN_DETAIL: Record<IdentifierProblem, string> = {
  format: 'must be 12 digits',
  'control-digit': 'control digit does not match',
  date: 'digits 1-6 are not a valid YYMMDD birth date',
  century: 'digit 7 (century and sex) must be 1-6',
  'entity-type': 'digit 5 must be 4-6',
};

function iinResult(value: string): FieldResult {
  const problem = checkIin(value);
  if (problem === null) return ok(value);
  return fail(`iin-${problem}` as RejectReason, `ИИН ${value}: ${IIN_DETAIL[problem]}`);
}

/** Checks and normalises one non-empty, trimmed cell. */
export function checkField(check: FieldCheck, value: string): FieldResult {
  switch (check.type) {
    case 'text':
      return ok(value);
    case 'date':
      return isCalendarDate(value)
        ? ok(value)
        : fail('date', `"${value}" is not a YYYY-MM-DD date`);
    case 'datetime': {
      const parsed = parseDateTime(value);
      return parsed
        ? ok(parsed.value)
        : fail('datetime', `"${value}" is not an ISO 8601 date-time`);
    }
    case 'iin':
      return iinResult(value);
    case 'iin-list': {
      const iins = value
        .split(';')
        .map((s) => s.trim())
        .filter((s) => s.length > 0);
      for (const iin of iins) {
        const result = iinResult(iin);
        if (!result.ok) return result;
      }
      return ok(iins);
    }
    case 'bin': {
      const problem = checkBin(value);
      if (problem === null) return ok(value);
      return fail(`bin-${problem}` as RejectReason, `БИН ${value}: ${IIN_DETAIL[problem]}`);
    }
    case 'country': {
      const code = value.toUpperCase();
      return isCountryCode(code)
        ? ok(code)
        : fail('country', `"${value}" is not an ISO 3166-1 alpha-3 code`);
    }
    case 'rka':
      return /^\d{16}$/.test(value) ? ok(value) : fail('rka', `РКА "${value}" must be 16 digits`);
    case 'phone': {
      const e164 = normalizePhone(value);
      return e164 ? ok(e164) : fail('phone', `"${value}" is not a phone number`);
    }
    case 'plate': {
      const plate = normalizePlate(value);
      return plate ? ok(plate) : fail('plate', `"${value}" is not a plate (letters and digits)`);
    }
    case 'sex': {
      const sex = value.toUpperCase();
      return sex === 'M' || sex === 'F' ? ok(sex) : fail('enum', `"${value}" is not M or F`);
    }
    case 'enum': {
      const lower = value.toLowerCase();
      return check.values.includes(lower)
        ? ok(lower)
        : fail('enum', `"${value}" is not one of ${check.values.join(', ')}`);
    }
  }
}
