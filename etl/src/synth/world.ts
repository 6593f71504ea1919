import type { Rng } from './rng.js';
import { IdAllocator, UniqueDigits } from './ids.js';
import { PERIOD, isoDate, isoDateTime, type Day } from './dates.js';
import { citizenName, type CitizenName } from './citizen-names.js';
import { profile, type CountryProfile } from './countries.js';
import { kazakhToLatin, spellingVariant, toCyrillic } from './foreign-names.js';
import {
  addressCells,
  newAddress,
  pickCity,
  type Address,
  type Checkpoint,
  type City,
} from './places.js';
import { e164, kazakhPlate, phoneNotation, plateNotation } from './contacts.js';
import { BadRowPlanner } from './noise.js';
import { FILES, type FileId } from './schema.js';
import type { DropSink, RowMark, VariantMark } from './sink.js';
import type { DocumentConflict, HubType, LegitimateHub, PlantedNetwork } from './truth.js';

export interface Person {
  iin: string;
  name: CitizenName;
  birth: Day;
  sex: 'M' | 'F';
  address: Address;
  phone: string;
}

export interface Organization {
  bin: string;
  name: string;
  activity: string;
  address: Address;
  phone: string;
}

export type Party =
  { kind: 'person'; person: Person } | { kind: 'organization'; org: Organization };

export const asParty = (p: Person): Party => ({ kind: 'person', person: p });
export const orgParty = (o: Organization): Party => ({ kind: 'organization', org: o });

export interface Foreigner {
  country: CountryProfile;
  citizenship: string;
  lastLat: string;
  firstLat: string;
  lastCyr: string;
  firstCyr: string;
  birth: Day;
  sex: 'M' | 'F';
  /** Canonical passport number (upper case, no separators). */
  passportNo: string;
  /** A new passport from a date on: rows after it carry the new number. */
  reissue?: { no: string; from: Day };
  /** Whether a row with the first passport has been written (a renewal needs one before it). */
  originalSeen?: boolean;
  /** True for someone travelling on another person's passport number. */
  forged?: boolean;
}

export type Purpose =
  'work' | 'business' | 'private' | 'study' | 'tourism' | 'medical' | 'transit' | 'other';
export type Channel = 'berkut' | 'vmp' | 'eqonaq' | 'office' | 'border';

const VISA_TYPE: Readonly<Record<Purpose, string>> = {
  work: 'C3',
  business: 'B1',
  private: 'B12',
  study: 'C7',
  tourism: 'B10',
  medical: 'B11',
  transit: 'A5',
  other: 'B12',
};

/** Share of background rows that are broken on purpose: one in this many. */
const BAD_ROW_INTERVAL = 450;
/** Share of a foreigner's rows written under another spelling or notation. */
const VARIANT_RATE = 0.04;

/**
 * The synthetic country: hands out unique identifiers, people, firms, foreigners and
 * addresses, and writes each fact as a row of the right file. Background rows may be broken
 * on purpose (bad rows); rows written while planting a network never are, so a network's
 * facts all reach the graph.
 */
export class World {
  readonly networks: PlantedNetwork[] = [];
  readonly hubs: LegitimateHub[] = [];
  readonly documentConflicts: DocumentConflict[] = [];
  /** Recently seen background foreigners, whose passport numbers forgers copy. */
  readonly passportDonors: Foreigner[] = [];
  /** Building sites of the big legitimate employers (channels' subcontractors work there too). */
  readonly constructionSites: Address[] = [];
  private planting = false;
  private readonly ids: IdAllocator;
  private readonly rkas: UniqueDigits;
  private readonly phones: UniqueDigits;
  private readonly plates: UniqueDigits;
  private readonly permits: UniqueDigits;
  private readonly passports = new Map<string, UniqueDigits>();
  /**
   * 32-bit hashes of (country, name, birth date) handed out: two foreigners must never share
   * them (the loader would rightly merge them). A hash collision only costs a redraw, and
   * numbers keep the set small at any scale.
   */
  private readonly identities = new Set<number>();
  private readonly badRows: BadRowPlanner;

  constructor(
    readonly rng: Rng,
    private readonly sink: DropSink,
  ) {
    this.ids = new IdAllocator(rng.fork('ids'));
    this.rkas = new UniqueDigits(rng.fork('rka'), 16);
    this.phones = new UniqueDigits(rng.fork('phones'), 7);
    this.plates = new UniqueDigits(rng.fork('plates'), 6);
    this.permits = new UniqueDigits(rng.fork('permits'), 6);
    this.badRows = new BadRowPlanner(rng.fork('bad-rows'), BAD_ROW_INTERVAL);
  }

  /** Runs `build` with bad-row planting off: a planted network's facts must all load. */
  plant<T>(build: () => T): T {
    this.planting = true;
    try {
      return build();
    } finally {
      this.planting = false;
    }
  }

  hub(type: HubType, party: Party): void {
    this.hubs.push(
      party.kind === 'organization'
        ? { kind: 'organization', bin: party.org.bin, type, name: party.org.name }
        : { kind: 'person', iin: party.person.iin, type, name: personFullName(party.person) },
    );
  }

  // ── entities ────────────────────────────────────────────────────────────────────────────

  address(city: City = pickCity(this.rng), withFlat = true): Address {
    return newAddress(this.rng, this.rkas.next(), city, withFlat);
  }

  /** Another flat of the same building (its own РКА). */
  flatInBuilding(a: Address): Address {
    return { ...a, rka: this.rkas.next(), flat: this.rng.int(1, 240) };
  }

  phone(): string {
    return e164(this.rng, this.phones.next());
  }

  plate(region: string): string {
    return kazakhPlate(Number(this.plates.next()), region);
  }

  permitNo(on: Day, region: string): string {
    return `${region}-${isoDate(on).slice(0, 4)}-${this.permits.next()}`;
  }

  /** A citizen in the population register (written to `persons` at once). */
  person(
    opts: {
      city?: City;
      address?: Address;
      surname?: string;
      sex?: 'M' | 'F';
      minAge?: number;
      maxAge?: number;
      /** Always write the phone in the register row (an organizer's phone must be findable). */
      showPhone?: boolean;
    } = {},
  ): Person {
    const rng = this.rng;
    const sex = opts.sex ?? (rng.chance(0.55) ? 'M' : 'F');
    const minAge = opts.minAge ?? 20;
    const maxAge = opts.maxAge ?? 72;
    const birth = PERIOD.end - rng.int(minAge * 365, maxAge * 365);
    const person: Person = {
      iin: this.ids.iin(birth, sex),
      name: citizenName(rng, sex, opts.surname),
      birth,
      sex,
      address: opts.address ?? this.address(opts.city),
      phone: this.phone(),
    };
    const row: Record<string, string> = {
      iin: person.iin,
      last_name: person.name.lastName,
      first_name: person.name.firstName,
      middle_name: person.name.middleName,
      birth_date: isoDate(birth),
      sex,
      ...this.addressColumns(person.address, 'address', 'address_rka', 0.85),
      phone: opts.showPhone || rng.chance(0.8) ? phoneNotation(rng, person.phone) : '',
    };
    this.emit('persons', person.iin.slice(0, 2), person.iin, row);
    return person;
  }

  /** A legal entity in the business register (written to `organizations` at once). */
  organization(opts: {
    name: string;
    activity: string;
    director: Person;
    founders?: readonly Person[];
    address?: Address;
    registered?: Day;
    nonResident?: boolean;
    /** The firm's contact phone (shells often give their owner's). */
    phone?: string;
  }): Organization {
    const rng = this.rng;
    const registered = opts.registered ?? PERIOD.start - rng.int(200, 7000);
    const org: Organization = {
      bin: this.ids.bin(registered, opts.nonResident ?? false),
      name: opts.name,
      activity: opts.activity,
      address: opts.address ?? this.address(undefined, rng.chance(0.3)),
      phone: opts.phone ?? this.phone(),
    };
    const founders = opts.founders ?? [opts.director];
    const row: Record<string, string> = {
      bin: org.bin,
      name: org.name,
      ...this.addressColumns(org.address, 'legal_address', 'legal_address_rka', 0.9),
      registered_on: isoDate(registered),
      director_iin: opts.director.iin,
      founder_iins: founders.map((f) => f.iin).join(';'),
      activity: org.activity,
    };
    this.emit('organizations', org.bin.slice(0, 2), org.bin, row);
    return org;
  }

  /** A foreigner with a name, birth date and passport unique in the drop. */
  foreigner(
    code: string,
    opts: {
      sex?: 'M' | 'F';
      lastLat?: string;
      minAge?: number;
      maxAge?: number;
      /** Stateless (`XXA`), travelling on a document of `code`. */
      stateless?: boolean;
    } = {},
  ): Foreigner {
    const rng = this.rng;
    const country = profile(code);
    for (;;) {
      const sex = opts.sex ?? (rng.chance(0.78) ? 'M' : 'F');
      let lastLat = opts.lastLat ?? rng.pick(country.last);
      if (country.postSoviet && sex === 'F' && /(ov|ev|in)$/.test(lastLat)) lastLat += 'a';
      const firstLat = rng.pick(sex === 'M' ? country.male : country.female);
      const birth = PERIOD.end - rng.int((opts.minAge ?? 18) * 365, (opts.maxAge ?? 58) * 365);
      const key = `${code}|${lastLat}|${firstLat}|${birth}`;
      const hash = fnv1a(key);
      if (this.identities.has(hash)) continue;
      this.identities.add(hash);
      const uzbek = code === 'UZB';
      return {
        country,
        citizenship: opts.stateless ? 'XXA' : code,
        lastLat,
        firstLat,
        lastCyr: toCyrillic(lastLat, uzbek),
        firstCyr: toCyrillic(firstLat, uzbek),
        birth,
        sex,
        passportNo: this.passportNo(country),
      };
    }
  }

  private passportNo(country: CountryProfile): string {
    let serials = this.passports.get(country.code);
    if (!serials) {
      serials = new UniqueDigits(this.rng.fork(`passport-${country.code}`), country.passportDigits);
      this.passports.set(country.code, serials);
    }
    return this.rng.pick(country.passportPrefixes) + serials.next();
  }

  /** Gives `f` a new passport from a date on (rows after it are identity variants). */
  reissuePassport(f: Foreigner, from: Day): void {
    f.reissue = { no: this.passportNo(f.country), from };
  }

  /** A background foreigner whose passport number gets copied (each at most once), or null. */
  takePassportDonor(): Foreigner | null {
    const donors = this.passportDonors;
    if (donors.length === 0) return null;
    const i = this.rng.int(0, donors.length - 1);
    const donor = donors[i] ?? null;
    donors[i] = donors[donors.length - 1] as Foreigner;
    donors.pop();
    return donor;
  }

  /** Someone else travelling on `donor`'s passport number: a document conflict. */
  forgedHolder(donor: Foreigner, sex?: 'M' | 'F'): Foreigner {
    const f = this.foreigner(donor.country.code, sex ? { sex } : {});
    f.passportNo = donor.passportNo;
    f.forged = true;
    // One conflict per document, however many people share it.
    if (
      !this.documentConflicts.some(
        (d) => d.passport_country === donor.country.code && d.passport_no === donor.passportNo,
      )
    ) {
      this.documentConflicts.push({
        passport_country: donor.country.code,
        passport_no: donor.passportNo,
      });
    }
    return f;
  }

  // ── row cells ───────────────────────────────────────────────────────────────────────────

  private addressColumns(
    a: Address,
    textColumn: string,
    rkaColumn: string,
    rkaShare: number,
  ): Record<string, string> {
    const cells = addressCells(this.rng, a, rkaShare);
    return { [textColumn]: cells.text, [rkaColumn]: cells.rka };
  }

  private partyColumns(
    prefix: string,
    party: Party | null,
    phone?: string,
  ): Record<string, string> {
    if (party === null) return {};
    const rng = this.rng;
    const shownPhone =
      phone ??
      (rng.chance(0.4) ? (party.kind === 'person' ? party.person.phone : party.org.phone) : null);
    const cells: Record<string, string> = {};
    if (party.kind === 'person') {
      cells[`${prefix}_iin`] = party.person.iin;
      cells[`${prefix}_name`] = personNotation(rng, party.person);
    } else {
      cells[`${prefix}_bin`] = party.org.bin;
      cells[`${prefix}_name`] = party.org.name;
    }
    if (shownPhone !== null) cells[`${prefix}_phone`] = phoneNotation(rng, shownPhone);
    return cells;
  }

  /** The foreigner columns of a row on `on`, sometimes under another spelling or notation. */
  private foreignerColumns(
    f: Foreigner,
    on: Day,
  ): { cells: Record<string, string>; variant?: VariantMark } {
    const rng = this.rng;
    let passportNo = f.passportNo;
    let lastLat = f.lastLat;
    let firstLat = f.firstLat;
    let variant: string | null = null;
    if (f.reissue && on >= f.reissue.from && f.originalSeen) {
      passportNo = f.reissue.no;
      variant = 'reissue';
    } else if (!f.forged && rng.chance(VARIANT_RATE)) {
      const kind = rng.pick([
        'transliteration',
        'transliteration',
        'cyrillic',
        'passport-format',
        'case',
      ] as const);
      if (kind === 'cyrillic') {
        // Typed in Cyrillic by an officer, Latin produced by the system from the Cyrillic.
        const last = kazakhToLatin(f.lastCyr);
        if (last.toLowerCase() !== lastLat.toLowerCase()) {
          lastLat = last;
          firstLat = kazakhToLatin(f.firstCyr);
          variant = kind;
        }
      } else if (kind === 'transliteration') {
        const last = spellingVariant(lastLat, rng);
        const first = last === null ? spellingVariant(firstLat, rng) : null;
        if (last !== null) lastLat = last;
        if (first !== null) firstLat = first;
        if (last !== null || first !== null) variant = kind;
      } else if (kind === 'passport-format') {
        passportNo = passportNotation(rng, passportNo);
        variant = kind;
      } else {
        lastLat = lastLat.toUpperCase();
        firstLat = firstLat.toUpperCase();
        variant = kind;
      }
    }
    const withCyrillic = variant === 'cyrillic' || rng.chance(f.country.postSoviet ? 0.7 : 0.3);
    const cells: Record<string, string> = {
      passport_no: passportNo,
      passport_country: f.country.code,
      citizenship: f.citizenship,
      last_name_lat: lastLat,
      first_name_lat: firstLat,
      last_name: withCyrillic ? f.lastCyr : '',
      first_name: withCyrillic ? f.firstCyr : '',
      birth_date: isoDate(f.birth),
      sex: f.sex,
    };
    if (passportNo === f.passportNo || variant === 'passport-format') f.originalSeen = true;
    if (variant === null) return { cells };
    return {
      cells,
      variant: { passport_country: f.country.code, passport_no: f.passportNo, variant },
    };
  }

  // ── events ──────────────────────────────────────────────────────────────────────────────

  private emit(
    file: FileId,
    bucket: string,
    sortKey: string,
    row: Record<string, string>,
    variant?: VariantMark,
  ): void {
    const mark: RowMark = {};
    if (variant) mark.variant = variant;
    else if (!this.planting) {
      const bad = this.badRows.apply(FILES[file].kind, row);
      if (bad) mark.bad = bad;
    }
    this.sink.emit(file, bucket, sortKey, row, mark.bad || mark.variant ? mark : undefined);
  }

  /** Events are staged by month of their date. */
  private emitEvent(
    file: FileId,
    on: Day,
    sortKey: string,
    row: Record<string, string>,
    variant?: VariantMark,
  ): void {
    this.emit(file, isoDate(on).slice(0, 7), sortKey, row, variant);
  }

  invitation(e: {
    inviter: Party;
    f: Foreigner;
    on: Day;
    purpose: Purpose;
    stay?: Address | null;
    inviterPhone?: string;
  }): void {
    if (!inPeriod(e.on)) return;
    const fc = this.foreignerColumns(e.f, e.on);
    const row: Record<string, string> = {
      issued_on: isoDate(e.on),
      ...this.partyColumns('inviter', e.inviter, e.inviterPhone),
      purpose: e.purpose,
      visa_type: this.rng.chance(0.9) ? VISA_TYPE[e.purpose] : '',
      ...fc.cells,
      ...(e.stay ? this.addressColumns(e.stay, 'stay_address', 'stay_address_rka', 0.5) : {}),
    };
    const file: FileId = isoDate(e.on) < '2025' ? 'invitations2024' : 'invitations2025';
    this.emitEvent(file, e.on, isoDate(e.on), row, fc.variant);
  }

  registration(e: {
    host: Party | null;
    f: Foreigner;
    on: Day;
    days: number;
    channel: Channel;
    address: Address;
    hostPhone?: string;
  }): void {
    if (!inPeriod(e.on)) return;
    const fc = this.foreignerColumns(e.f, e.on);
    const row: Record<string, string> = {
      registered_on: isoDate(e.on),
      stay_until: isoDate(e.on + e.days),
      channel: e.channel,
      ...this.partyColumns('host', e.host, e.hostPhone),
      ...this.addressColumns(e.address, 'address', 'address_rka', 0.6),
      ...fc.cells,
    };
    this.emitEvent('registrations', e.on, isoDate(e.on), row, fc.variant);
  }

  crossing(e: {
    f: Foreigner;
    on: Day;
    direction: 'entry' | 'exit';
    at: Checkpoint;
    plate?: string | null;
    carrier?: Party | null;
    country: string;
    /** Flight number of an air crossing (a source-specific column of the border service). */
    flightNo?: string;
  }): void {
    const rng = this.rng;
    if (!inPeriod(e.on)) return;
    const fc = this.foreignerColumns(e.f, e.on);
    const crossedAt = isoDateTime(e.on, rng.int(0, 1439)) + (rng.chance(0.1) ? '+05:00' : '');
    const row: Record<string, string> = {
      crossed_at: crossedAt,
      direction: e.direction,
      checkpoint: e.at.name,
      transport_mode: e.at.mode,
      vehicle_plate: e.plate ? plateNotation(rng, e.plate) : '',
      ...this.partyColumns('carrier', e.carrier ?? null),
      from_country: e.direction === 'entry' ? e.country : 'KAZ',
      to_country: e.direction === 'entry' ? 'KAZ' : e.country,
      ...fc.cells,
      flight_no: e.flightNo ?? '',
    };
    this.emitEvent('crossings', e.on, crossedAt, row, fc.variant);
  }

  trip(e: {
    f: Foreigner;
    on: Day;
    from: City;
    to: City;
    plate?: string | null;
    carrier: Party;
    driver?: Person | null;
    /** A КТЖ manifest row (JSONL, with the train and car numbers). */
    rail?: boolean;
  }): void {
    const rng = this.rng;
    if (!inPeriod(e.on)) return;
    const fc = this.foreignerColumns(e.f, e.on);
    const row: Record<string, string> = {
      departed_on: isoDate(e.on),
      route_from: rng.chance(0.7) ? e.from.ru : e.from.kk,
      route_to: rng.chance(0.7) ? e.to.ru : e.to.kk,
      vehicle_plate: e.plate ? plateNotation(rng, e.plate) : '',
      ...this.partyColumns('carrier', e.carrier),
      driver_iin: e.driver ? e.driver.iin : '',
      ...fc.cells,
      ...(e.rail ? { train_no: trainNumber(e.from, e.to), car_no: String(rng.int(1, 18)) } : {}),
    };
    this.emitEvent(e.rail ? 'tripsRail' : 'trips', e.on, isoDate(e.on), row, fc.variant);
  }

  employment(e: {
    employer: Party;
    f: Foreigner;
    on: Day;
    source: 'permit' | 'inspection';
    site: Address;
    permitNo: string | null;
  }): void {
    if (!inPeriod(e.on)) return;
    const fc = this.foreignerColumns(e.f, e.on);
    const row: Record<string, string> = {
      observed_on: isoDate(e.on),
      source: e.source,
      ...this.partyColumns('employer', e.employer),
      ...this.addressColumns(e.site, 'site_address', 'site_address_rka', 0.7),
      permit_no: e.permitNo ?? '',
      ...fc.cells,
    };
    this.emitEvent('employment', e.on, isoDate(e.on), row, fc.variant);
  }

  petition(e: {
    petitioner: Party;
    f: Foreigner;
    on: Day;
    address: Address;
    outcome: 'granted' | 'refused' | 'pending';
  }): void {
    if (!inPeriod(e.on)) return;
    const fc = this.foreignerColumns(e.f, e.on);
    const row: Record<string, string> = {
      filed_on: isoDate(e.on),
      ...this.partyColumns('petitioner', e.petitioner),
      ...this.addressColumns(e.address, 'address', 'address_rka', 0.75),
      outcome: e.outcome,
      ...fc.cells,
    };
    this.emitEvent('petitions', e.on, isoDate(e.on), row, fc.variant);
  }

  violation(e: {
    on: Day;
    article: string;
    role: 'foreigner' | 'host' | 'inviter' | 'employer' | 'carrier';
    offender?: Party | null;
    f?: Foreigner | null;
    address?: Address | null;
    penalty: 'fine' | 'warning' | 'expulsion';
    /** Duty units' protocols (detentions) go to the JSONL file, the migration service's lists to CSV. */
    duty?: boolean;
  }): void {
    if (!inPeriod(e.on)) return;
    const fc = e.f ? this.foreignerColumns(e.f, e.on) : null;
    const row: Record<string, string> = {
      committed_on: isoDate(e.on),
      article: e.article,
      offender_role: e.role,
      ...this.partyColumns('offender', e.role === 'foreigner' ? null : (e.offender ?? null)),
      ...(fc ? fc.cells : {}),
      ...(e.address ? this.addressColumns(e.address, 'address', 'address_rka', 0.5) : {}),
      penalty: e.penalty,
    };
    this.emitEvent(e.duty ? 'violationsDuty' : 'violations', e.on, isoDate(e.on), row, fc?.variant);
  }
}

/** КТЖ's train number of a route (one train a route, so travellers share it). */
function trainNumber(from: City, to: City): string {
  const n = (fnv1a(`${from.ru}>${to.ru}`) % 180) + 1;
  return `${String(n).padStart(3, '0')}${n % 2 === 0 ? 'Т' : 'Х'}`;
}

/** The drop is an export of the period: earlier facts are not in it, later ones do not exist yet. */
function inPeriod(on: Day): boolean {
  return on >= PERIOD.start && on <= PERIOD.end;
}

function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

export function personFullName(p: Person): string {
  return [p.name.lastName, p.name.firstName, p.name.middleName].filter((s) => s !== '').join(' ');
}

/** A citizen's name as clerks type it: full, upper case, or with initials. */
function personNotation(rng: Rng, p: Person): string {
  switch (rng.int(0, 5)) {
    case 0:
      return personFullName(p).toUpperCase();
    case 1:
      return `${p.name.lastName} ${p.name.firstName[0] ?? ''}.${p.name.middleName ? `${p.name.middleName[0]}.` : ''}`;
    default:
      return personFullName(p);
  }
}

/** A passport number as typed: with a space or dash after the letters, or in lower case. */
function passportNotation(rng: Rng, no: string): string {
  const m = /^([A-Z]*)(\d+)$/.exec(no);
  const letters = m?.[1] ?? '';
  const digits = m?.[2] ?? no;
  if (letters === '') return `${digits.slice(0, 3)} ${digits.slice(3)}`;
  return rng.pick([
    `${letters} ${digits}`,
    `${letters}-${digits}`,
    `${letters.toLowerCase()}${digits}`,
  ]);
}
