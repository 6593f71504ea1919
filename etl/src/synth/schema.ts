import { KIND_ORDER, type Kind } from '../drop/kinds.js';

/**
 * The drop's record kinds as `/work/shared/spec/ingest-format.md` defines them: columns in the
 * order the generator writes them, required fields and enumerations. The generator's own
 * view of the contract (the loader validates independently); only the kind names are shared.
 */
export const KINDS = KIND_ORDER;
export type { Kind };

const FOREIGNER = [
  'passport_no',
  'passport_country',
  'citizenship',
  'last_name_lat',
  'first_name_lat',
  'last_name',
  'first_name',
  'middle_name',
  'birth_date',
  'sex',
] as const;
export const FOREIGNER_REQUIRED = [
  'passport_no',
  'passport_country',
  'citizenship',
  'last_name_lat',
  'birth_date',
] as const;

const party = (prefix: string): string[] => [
  `${prefix}_iin`,
  `${prefix}_bin`,
  `${prefix}_name`,
  `${prefix}_phone`,
];

export interface KindSchema {
  columns: readonly string[];
  /** The record id, filled in date order when the files are written. */
  idColumn: string | null;
  /** Required single columns (beside the party and foreigner groups). */
  required: readonly string[];
  /** Party prefixes that must carry an ИИН or a БИН. */
  requiredParties: readonly string[];
  /** Whether the foreigner columns are required. */
  foreignerRequired: boolean;
  enums: Readonly<Record<string, readonly string[]>>;
  /** Date and date-time columns. */
  dates: readonly string[];
  dateTimes: readonly string[];
}

const SEX = ['M', 'F'];

export const SCHEMAS: Readonly<Record<Kind, KindSchema>> = {
  persons: {
    columns: [
      'iin',
      'last_name',
      'first_name',
      'middle_name',
      'birth_date',
      'sex',
      'address',
      'address_rka',
      'phone',
    ],
    idColumn: null,
    required: ['iin', 'last_name'],
    requiredParties: [],
    foreignerRequired: false,
    enums: { sex: SEX },
    dates: ['birth_date'],
    dateTimes: [],
  },
  organizations: {
    columns: [
      'bin',
      'name',
      'legal_address',
      'legal_address_rka',
      'registered_on',
      'director_iin',
      'founder_iins',
      'activity',
    ],
    idColumn: null,
    required: ['bin', 'name'],
    requiredParties: [],
    foreignerRequired: false,
    enums: {},
    dates: ['registered_on'],
    dateTimes: [],
  },
  invitations: {
    columns: [
      'invitation_id',
      'issued_on',
      ...party('inviter'),
      'purpose',
      'visa_type',
      ...FOREIGNER,
      'stay_address',
      'stay_address_rka',
    ],
    idColumn: 'invitation_id',
    required: ['invitation_id', 'issued_on'],
    requiredParties: ['inviter'],
    foreignerRequired: true,
    enums: {
      purpose: ['work', 'business', 'private', 'study', 'tourism', 'medical', 'transit', 'other'],
      sex: SEX,
    },
    dates: ['issued_on', 'birth_date'],
    dateTimes: [],
  },
  registrations: {
    columns: [
      'registration_id',
      'registered_on',
      'stay_until',
      'channel',
      ...party('host'),
      'address',
      'address_rka',
      ...FOREIGNER,
    ],
    idColumn: 'registration_id',
    required: ['registration_id', 'registered_on', 'address'],
    requiredParties: [],
    foreignerRequired: true,
    enums: { channel: ['berkut', 'vmp', 'eqonaq', 'office', 'border'], sex: SEX },
    dates: ['registered_on', 'stay_until', 'birth_date'],
    dateTimes: [],
  },
  crossings: {
    columns: [
      'crossing_id',
      'crossed_at',
      'direction',
      'checkpoint',
      'transport_mode',
      'vehicle_plate',
      ...party('carrier'),
      'from_country',
      'to_country',
      ...FOREIGNER,
    ],
    idColumn: 'crossing_id',
    required: ['crossing_id', 'crossed_at', 'direction'],
    requiredParties: [],
    foreignerRequired: true,
    enums: {
      direction: ['entry', 'exit'],
      transport_mode: ['air', 'rail', 'road', 'foot'],
      sex: SEX,
    },
    dates: ['birth_date'],
    dateTimes: ['crossed_at'],
  },
  trips: {
    columns: [
      'trip_id',
      'departed_on',
      'route_from',
      'route_to',
      'vehicle_plate',
      ...party('carrier'),
      'driver_iin',
      ...FOREIGNER,
    ],
    idColumn: 'trip_id',
    required: ['trip_id', 'departed_on'],
    requiredParties: ['carrier'],
    foreignerRequired: true,
    enums: { sex: SEX },
    dates: ['departed_on', 'birth_date'],
    dateTimes: [],
  },
  employment: {
    columns: [
      'record_id',
      'observed_on',
      'source',
      ...party('employer'),
      'site_address',
      'site_address_rka',
      'permit_no',
      ...FOREIGNER,
    ],
    idColumn: 'record_id',
    required: ['record_id', 'observed_on'],
    requiredParties: ['employer'],
    foreignerRequired: true,
    enums: { source: ['permit', 'inspection'], sex: SEX },
    dates: ['observed_on', 'birth_date'],
    dateTimes: [],
  },
  residence_petitions: {
    columns: [
      'petition_id',
      'filed_on',
      ...party('petitioner'),
      'address',
      'address_rka',
      'outcome',
      ...FOREIGNER,
    ],
    idColumn: 'petition_id',
    required: ['petition_id', 'filed_on'],
    requiredParties: ['petitioner'],
    foreignerRequired: true,
    enums: { outcome: ['granted', 'refused', 'pending'], sex: SEX },
    dates: ['filed_on', 'birth_date'],
    dateTimes: [],
  },
  violations: {
    columns: [
      'protocol_id',
      'committed_on',
      'article',
      'offender_role',
      ...party('offender'),
      ...FOREIGNER,
      'address',
      'address_rka',
      'penalty',
    ],
    idColumn: 'protocol_id',
    required: ['protocol_id', 'committed_on', 'article', 'offender_role'],
    requiredParties: [],
    foreignerRequired: false,
    enums: {
      offender_role: ['foreigner', 'host', 'inviter', 'employer', 'carrier'],
      penalty: ['fine', 'warning', 'expulsion'],
      sex: SEX,
    },
    dates: ['committed_on', 'birth_date'],
    dateTimes: [],
  },
};

/** The files of a drop: which kind, which format, and the prefix of their record ids. */
export interface OutputFile {
  name: string;
  kind: Kind;
  format: 'csv' | 'jsonl';
  idPrefix: string;
  /** Source-specific columns the contract does not know (the loader keeps them as `x_…`). */
  extraColumns?: readonly string[];
  /** Written the way a legacy Windows export is: UTF-8 BOM and an upper-case header. */
  legacyExport?: boolean;
}

export const FILES = {
  persons: { name: 'persons.csv', kind: 'persons', format: 'csv', idPrefix: '' },
  organizations: { name: 'organizations.csv', kind: 'organizations', format: 'csv', idPrefix: '' },
  invitations2024: {
    name: 'invitations-2024.csv',
    kind: 'invitations',
    format: 'csv',
    idPrefix: 'INV',
  },
  invitations2025: {
    name: 'invitations-2025.csv',
    kind: 'invitations',
    format: 'csv',
    idPrefix: 'INV',
  },
  registrations: {
    name: 'registrations.csv',
    kind: 'registrations',
    format: 'csv',
    idPrefix: 'REG',
  },
  crossings: {
    name: 'crossings.csv',
    kind: 'crossings',
    format: 'csv',
    idPrefix: 'CRS',
    extraColumns: ['flight_no'],
  },
  trips: { name: 'trips.csv', kind: 'trips', format: 'csv', idPrefix: 'TRP' },
  tripsRail: {
    name: 'trips-rail.jsonl',
    kind: 'trips',
    format: 'jsonl',
    idPrefix: 'KTZ',
    extraColumns: ['train_no', 'car_no'],
  },
  employment: { name: 'employment.csv', kind: 'employment', format: 'csv', idPrefix: 'EMP' },
  petitions: {
    name: 'residence_petitions.csv',
    kind: 'residence_petitions',
    format: 'csv',
    idPrefix: 'PET',
  },
  violations: {
    name: 'violations.csv',
    kind: 'violations',
    format: 'csv',
    idPrefix: 'AP',
    legacyExport: true,
  },
  violationsDuty: {
    name: 'violations-duty.jsonl',
    kind: 'violations',
    format: 'jsonl',
    idPrefix: 'DCH',
  },
} as const satisfies Record<string, OutputFile>;
export type FileId = keyof typeof FILES;

/** The columns a file is written with: its kind's, then its source-specific extras. */
export function fileColumns(file: OutputFile): readonly string[] {
  return [...SCHEMAS[file.kind].columns, ...(file.extraColumns ?? [])];
}
