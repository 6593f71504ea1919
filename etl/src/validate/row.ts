import { normalizePassportNo } from '@arna/graph/text';
import { ValidationError } from '../errors.js';
import {
  FOREIGNER_FIELDS,
  FOREIGNER_REQUIRED,
  knownColumns,
  partyColumns,
  type FieldCheck,
  type KindSpec,
} from '../drop/kinds.js';
import { checkField } from './field.js';

/** A row that passed every check: normalised values by column, and its unknown columns. */
export interface ValidRow {
  line: number;
  /** Known columns with a value, normalised (dates `YYYY-MM-DD`, phones E.164, …). */
  values: Record<string, string | string[]>;
  /** Columns the contract does not know, kept as given (property `x_<column>`). */
  extra: Record<string, string>;
  /** Whether the row carries a party / a foreigner (after the conditional rules). */
  hasParty: boolean;
  hasForeigner: boolean;
}

/** A row as read: lower-case column name → raw cell (absent = empty). */
export type RawRow = Record<string, string>;

function present(row: RawRow, column: string): boolean {
  const value = row[column];
  return value !== undefined && value.trim() !== '';
}

/**
 * Validates one row of a kind exactly as the drop contract says: required fields, the
 * party rule (exactly one of `prefix_iin` / `prefix_bin`), the foreigner group, and each
 * cell's check. Returns the normalised row or throws the first ValidationError (the row is
 * rejected whole, never half-loaded).
 */
export function validateRow(spec: KindSpec, raw: RawRow, file: string, line: number): ValidRow {
  const reject = (field: string, reason: ValidationError['reason'], detail: string): never => {
    throw new ValidationError(file, line, field, reason, detail);
  };
  const values: ValidRow['values'] = {};
  const check = (fields: Readonly<Record<string, FieldCheck>>, required: readonly string[]) => {
    for (const [column, fieldCheck] of Object.entries(fields)) {
      const value = raw[column]?.trim() ?? '';
      if (value === '') {
        if (required.includes(column)) reject(column, 'required', 'is required');
        continue;
      }
      const result = checkField(fieldCheck, value);
      if (!result.ok) reject(column, result.reason, result.detail);
      else values[column] = result.value;
    }
  };

  check(spec.fields, spec.required);

  const foreignerOffender = values['offender_role'] === 'foreigner';
  let hasParty = false;
  if (spec.party) {
    const { prefix } = spec.party;
    const hasIin = present(raw, `${prefix}_iin`);
    const hasBin = present(raw, `${prefix}_bin`);
    const required =
      spec.party.required === 'always' ||
      (spec.party.required === 'unless-foreigner-offender' && !foreignerOffender);
    if (hasIin && hasBin) {
      reject(prefix, 'party', `give exactly one of ${prefix}_iin and ${prefix}_bin, not both`);
    }
    if (required && !hasIin && !hasBin) {
      reject(prefix, 'party', `${prefix}_iin or ${prefix}_bin is required`);
    }
    hasParty = hasIin || hasBin;
    check(partyColumns(prefix), []);
  }

  let hasForeigner = false;
  if (spec.foreigner !== 'none') {
    const required =
      spec.foreigner === 'required' ||
      (spec.foreigner === 'when-foreigner-offender' && foreignerOffender);
    hasForeigner = required || FOREIGNER_REQUIRED.some((c) => present(raw, c));
    if (hasForeigner) {
      check(FOREIGNER_FIELDS, FOREIGNER_REQUIRED);
      const number = normalizePassportNo(String(values['passport_no']));
      if (number === null) reject('passport_no', 'passport-no', 'has no letters or digits');
      else values['passport_no'] = number;
    }
  }

  const known = knownColumns(spec);
  const extra: Record<string, string> = {};
  for (const [column, value] of Object.entries(raw)) {
    if (!known.has(column) && value.trim() !== '') extra[column] = value;
  }
  return { line, values, extra, hasParty, hasForeigner };
}
