import type { Rng } from './rng.js';
import { SCHEMAS, FOREIGNER_REQUIRED, type Kind } from './schema.js';
import { withWrongControlDigit } from './ids.js';
import type { BadRowMark } from './sink.js';

/** The kinds of damage planted in bad rows. */
export const BAD_ROW_KINDS = [
  'control-digit',
  'bad-date',
  'unknown-country',
  'missing-required',
  'bad-enum',
] as const;
export type BadRowKind = (typeof BAD_ROW_KINDS)[number];

/**
 * The `reason` a bad row carries in the truth file: the check it fails, in the same words
 * as the loader's rejects report (etl `RejectReason`), so the two compare directly.
 */
export const BAD_ROW_REASONS = [
  'iin-control-digit',
  'bin-control-digit',
  'date',
  'country',
  'required',
  'party',
  'enum',
] as const;
export type BadRowReason = (typeof BAD_ROW_REASONS)[number];

const UNKNOWN_COUNTRIES = ['UZ', 'ZZZ', 'TJ', 'AFN', 'KGS', 'RUSS'];
const BAD_DATES = (valid: string): string[] => [
  `${valid.slice(0, 4)}-02-30`,
  `${valid.slice(8, 10)}.${valid.slice(5, 7)}.${valid.slice(0, 4)}`,
  `${valid.slice(0, 4)}-13-${valid.slice(8, 10)}`,
  `${valid.slice(0, 4)}/${valid.slice(5, 7)}/${valid.slice(8, 10)}`,
];
const BAD_ENUMS: Readonly<Record<string, readonly string[]>> = {
  purpose: ['работа', 'job', 'visit'],
  channel: ['portal', 'email'],
  direction: ['in', 'въезд'],
  transport_mode: ['bus', 'авиа'],
  source: ['check', 'raid'],
  outcome: ['approved', 'одобрено'],
  offender_role: ['owner', 'landlord'],
  penalty: ['arrest', 'штраф'],
  sex: ['Ж', 'male'],
};

const IDENTIFIER = /(^|_)(iin|bin)$/;

/**
 * Breaks exactly one field of a valid row in the given way, or returns null when the row has
 * no field that can be broken that way. The row is mutated.
 */
export function corruptRow(
  rng: Rng,
  kind: Kind,
  row: Record<string, string>,
  damage: BadRowKind,
): BadRowMark | null {
  const schema = SCHEMAS[kind];
  const present = (c: string): boolean => (row[c] ?? '') !== '';
  switch (damage) {
    case 'control-digit': {
      const fields = schema.columns.filter((c) => IDENTIFIER.test(c) && present(c));
      if (fields.length === 0) return null;
      const field = rng.pick(fields);
      row[field] = withWrongControlDigit(row[field] ?? '');
      return { field, reason: field.endsWith('bin') ? 'bin-control-digit' : 'iin-control-digit' };
    }
    case 'bad-date': {
      const fields = schema.dates.filter(present);
      if (fields.length === 0) return null;
      const field = schema.required.find((c) => fields.includes(c)) ?? rng.pick(fields);
      row[field] = rng.pick(BAD_DATES(row[field] ?? ''));
      return { field, reason: 'date' };
    }
    case 'unknown-country': {
      const fields = ['passport_country', 'citizenship'].filter(
        (c) => schema.columns.includes(c) && present(c),
      );
      if (fields.length === 0) return null;
      const field = rng.pick(fields);
      row[field] = rng.pick(UNKNOWN_COUNTRIES);
      return { field, reason: 'country' };
    }
    case 'missing-required': {
      const fields = [
        ...schema.required.filter((c) => c !== schema.idColumn),
        ...(schema.foreignerRequired ? FOREIGNER_REQUIRED : []),
      ].filter(present);
      const parties = schema.requiredParties.filter(
        (p) => present(`${p}_iin`) || present(`${p}_bin`),
      );
      if (fields.length + parties.length === 0) return null;
      const choice = rng.pick([...fields, ...parties.map((p) => `party:${p}`)]);
      if (choice.startsWith('party:')) {
        const prefix = choice.slice(6);
        row[`${prefix}_iin`] = '';
        row[`${prefix}_bin`] = '';
        return { field: prefix, reason: 'party' };
      }
      row[choice] = '';
      return { field: choice, reason: 'required' };
    }
    case 'bad-enum': {
      const fields = Object.keys(schema.enums).filter((c) => present(c) && c !== 'sex');
      const candidates = fields.length > 0 ? fields : Object.keys(schema.enums).filter(present);
      if (candidates.length === 0) return null;
      const field = rng.pick(candidates);
      row[field] = rng.pick(BAD_ENUMS[field] ?? ['?']);
      return { field, reason: 'enum' };
    }
  }
}

/**
 * Decides which background rows to break: every `interval`-th row of a kind, cycling through
 * the reasons, so every kind gets a few bad rows of several reasons at any scale.
 */
export class BadRowPlanner {
  private readonly counters = new Map<Kind, number>();
  private readonly reasonCursor = new Map<Kind, number>();

  constructor(
    private readonly rng: Rng,
    private readonly interval: number,
  ) {}

  /** Breaks the row if its turn has come; returns the mark or undefined. */
  apply(kind: Kind, row: Record<string, string>): BadRowMark | undefined {
    const count = (this.counters.get(kind) ?? this.rng.int(0, this.interval - 1)) + 1;
    this.counters.set(kind, count);
    if (count % this.interval !== 0) return undefined;
    const start = this.reasonCursor.get(kind) ?? this.rng.int(0, BAD_ROW_KINDS.length - 1);
    for (let i = 0; i < BAD_ROW_KINDS.length; i++) {
      const damage = BAD_ROW_KINDS[(start + i) % BAD_ROW_KINDS.length] as BadRowKind;
      const mark = corruptRow(this.rng, kind, row, damage);
      if (mark) {
        this.reasonCursor.set(kind, start + i + 1);
        return mark;
      }
    }
    return undefined;
  }
}
