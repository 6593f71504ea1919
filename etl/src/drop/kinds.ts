/**
 * The nine record kinds of the drop contract (`shared/spec/ingest-format.md`): their
 * columns, checks and required fields, as data. Validation, header checks and the load
 * order all read this table.
 */
export type Kind =
  | 'persons'
  | 'organizations'
  | 'invitations'
  | 'registrations'
  | 'crossings'
  | 'trips'
  | 'employment'
  | 'residence_petitions'
  | 'violations';

/** Load order: registers first (events refer to their parties), then the event kinds. */
export const KIND_ORDER: readonly Kind[] = [
  'persons',
  'organizations',
  'invitations',
  'registrations',
  'crossings',
  'trips',
  'employment',
  'residence_petitions',
  'violations',
];

export type FieldCheck =
  | { type: 'text' }
  | { type: 'date' }
  | { type: 'datetime' }
  | { type: 'iin' }
  | { type: 'iin-list' }
  | { type: 'bin' }
  | { type: 'country' }
  | { type: 'rka' }
  | { type: 'phone' }
  | { type: 'plate' }
  | { type: 'sex' }
  | { type: 'enum'; values: readonly string[] };

/** A party column group `prefix_iin` / `prefix_bin` / `prefix_name` / `prefix_phone`. */
export interface PartySpec {
  prefix: string;
  /** `always`, `never`, or required unless the row's `offender_role` is `foreigner`. */
  required: 'always' | 'never' | 'unless-foreigner-offender';
}

export interface KindSpec {
  kind: Kind;
  /** Own columns (beside the foreigner and party groups) and their checks. */
  fields: Readonly<Record<string, FieldCheck>>;
  required: readonly string[];
  party: PartySpec | null;
  /** Whether the foreigner columns (F) are required, optional, or absent. */
  foreigner: 'required' | 'optional' | 'none' | 'when-foreigner-offender';
  /** The record id column of an event kind; registers are keyed by iin/bin. */
  idField: string;
}

const text = { type: 'text' } as const;
const date = { type: 'date' } as const;
const rka = { type: 'rka' } as const;

/** Foreigner columns (F). */
export const FOREIGNER_FIELDS: Readonly<Record<string, FieldCheck>> = {
  passport_no: text,
  passport_country: { type: 'country' },
  citizenship: { type: 'country' },
  last_name_lat: text,
  first_name_lat: text,
  last_name: text,
  first_name: text,
  middle_name: text,
  birth_date: date,
  sex: { type: 'sex' },
};
export const FOREIGNER_REQUIRED: readonly string[] = [
  'passport_no',
  'passport_country',
  'citizenship',
  'last_name_lat',
  'birth_date',
];

/** The columns of a party group with the given prefix. */
export function partyColumns(prefix: string): Readonly<Record<string, FieldCheck>> {
  return {
    [`${prefix}_iin`]: { type: 'iin' },
    [`${prefix}_bin`]: { type: 'bin' },
    [`${prefix}_name`]: text,
    [`${prefix}_phone`]: { type: 'phone' },
  };
}

export const KINDS: Readonly<Record<Kind, KindSpec>> = {
  persons: {
    kind: 'persons',
    fields: {
      iin: { type: 'iin' },
      last_name: text,
      first_name: text,
      middle_name: text,
      birth_date: date,
      sex: { type: 'sex' },
      address: text,
      address_rka: rka,
      phone: { type: 'phone' },
    },
    required: ['iin', 'last_name'],
    party: null,
    foreigner: 'none',
    idField: 'iin',
  },
  organizations: {
    kind: 'organizations',
    fields: {
      bin: { type: 'bin' },
      name: text,
      legal_address: text,
      legal_address_rka: rka,
      registered_on: date,
      director_iin: { type: 'iin' },
      founder_iins: { type: 'iin-list' },
      activity: text,
    },
    required: ['bin', 'name'],
    party: null,
    foreigner: 'none',
    idField: 'bin',
  },
  invitations: {
    kind: 'invitations',
    fields: {
      invitation_id: text,
      issued_on: date,
      purpose: {
        type: 'enum',
        values: ['work', 'business', 'private', 'study', 'tourism', 'medical', 'transit', 'other'],
      },
      visa_type: text,
      stay_address: text,
      stay_address_rka: rka,
    },
    required: ['invitation_id', 'issued_on'],
    party: { prefix: 'inviter', required: 'always' },
    foreigner: 'required',
    idField: 'invitation_id',
  },
  registrations: {
    kind: 'registrations',
    fields: {
      registration_id: text,
      registered_on: date,
      stay_until: date,
      channel: { type: 'enum', values: ['berkut', 'vmp', 'eqonaq', 'office', 'border'] },
      address: text,
      address_rka: rka,
    },
    required: ['registration_id', 'registered_on', 'address'],
    party: { prefix: 'host', required: 'never' },
    foreigner: 'required',
    idField: 'registration_id',
  },
  crossings: {
    kind: 'crossings',
    fields: {
      crossing_id: text,
      crossed_at: { type: 'datetime' },
      direction: { type: 'enum', values: ['entry', 'exit'] },
      checkpoint: text,
      transport_mode: { type: 'enum', values: ['air', 'rail', 'road', 'foot'] },
      vehicle_plate: { type: 'plate' },
      from_country: { type: 'country' },
      to_country: { type: 'country' },
    },
    required: ['crossing_id', 'crossed_at', 'direction'],
    party: { prefix: 'carrier', required: 'never' },
    foreigner: 'required',
    idField: 'crossing_id',
  },
  trips: {
    kind: 'trips',
    fields: {
      trip_id: text,
      departed_on: date,
      route_from: text,
      route_to: text,
      vehicle_plate: { type: 'plate' },
      driver_iin: { type: 'iin' },
    },
    required: ['trip_id', 'departed_on'],
    party: { prefix: 'carrier', required: 'always' },
    foreigner: 'required',
    idField: 'trip_id',
  },
  employment: {
    kind: 'employment',
    fields: {
      record_id: text,
      observed_on: date,
      source: { type: 'enum', values: ['permit', 'inspection'] },
      site_address: text,
      site_address_rka: rka,
      permit_no: text,
    },
    required: ['record_id', 'observed_on'],
    party: { prefix: 'employer', required: 'always' },
    foreigner: 'required',
    idField: 'record_id',
  },
  residence_petitions: {
    kind: 'residence_petitions',
    fields: {
      petition_id: text,
      filed_on: date,
      address: text,
      address_rka: rka,
      outcome: { type: 'enum', values: ['granted', 'refused', 'pending'] },
    },
    required: ['petition_id', 'filed_on'],
    party: { prefix: 'petitioner', required: 'always' },
    foreigner: 'required',
    idField: 'petition_id',
  },
  violations: {
    kind: 'violations',
    fields: {
      protocol_id: text,
      committed_on: date,
      article: text,
      offender_role: {
        type: 'enum',
        values: ['foreigner', 'host', 'inviter', 'employer', 'carrier'],
      },
      address: text,
      address_rka: rka,
      penalty: { type: 'enum', values: ['fine', 'warning', 'expulsion'] },
    },
    required: ['protocol_id', 'committed_on', 'article', 'offender_role'],
    party: { prefix: 'offender', required: 'unless-foreigner-offender' },
    foreigner: 'when-foreigner-offender',
    idField: 'protocol_id',
  },
};

/** Every column a kind knows (own, party group, foreigner group); others are kept as `x_`. */
export function knownColumns(spec: KindSpec): Set<string> {
  return new Set([
    ...Object.keys(spec.fields),
    ...(spec.party ? Object.keys(partyColumns(spec.party.prefix)) : []),
    ...(spec.foreigner === 'none' ? [] : Object.keys(FOREIGNER_FIELDS)),
  ]);
}
