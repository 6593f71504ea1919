import { iinBirthDate } from '../validate/identifiers.js';
import { nameKey, normalizeAddress, searchText } from '@arna/graph/text';
import { KINDS, type Kind } from '../drop/kinds.js';
import type { ValidRow } from '../validate/row.js';
import type { Batch, Source } from './batch.js';
import type { IdentityIndexes } from './identity-state.js';
import type { KnownKeys } from './known-keys.js';

/** Per event kind: its id and date columns, address columns, party prefix, and property names. */
interface EventShape {
  /** The event's label (also the prefix of its key in KnownKeys). */
  label: string;
  date: string;
  address: [text: string, rka: string] | null;
  party: string;
  /** column → property on the event node */
  props: Record<string, string>;
}

const EVENT_SHAPES: Record<Exclude<Kind, 'persons' | 'organizations'>, EventShape> = {
  invitations: {
    label: 'Invitation',
    date: 'issued_on',
    address: ['stay_address', 'stay_address_rka'],
    party: 'inviter',
    props: { purpose: 'purpose', visa_type: 'visaType' },
  },
  registrations: {
    label: 'Registration',
    date: 'registered_on',
    address: ['address', 'address_rka'],
    party: 'host',
    props: { channel: 'channel' },
  },
  crossings: {
    label: 'Crossing',
    date: 'crossed_at',
    address: null,
    party: 'carrier',
    props: {
      direction: 'direction',
      checkpoint: 'checkpoint',
      transport_mode: 'transportMode',
      from_country: 'fromCountry',
      to_country: 'toCountry',
    },
  },
  trips: {
    label: 'Trip',
    date: 'departed_on',
    address: null,
    party: 'carrier',
    props: { route_from: 'routeFrom', route_to: 'routeTo' },
  },
  employment: {
    label: 'Employment',
    date: 'observed_on',
    address: ['site_address', 'site_address_rka'],
    party: 'employer',
    props: { source: 'source', permit_no: 'permitNo' },
  },
  residence_petitions: {
    label: 'Petition',
    date: 'filed_on',
    address: ['address', 'address_rka'],
    party: 'petitioner',
    props: { outcome: 'outcome' },
  },
  violations: {
    label: 'Violation',
    date: 'committed_on',
    address: ['address', 'address_rka'],
    party: 'offender',
    props: { article: 'article', offender_role: 'offenderRole', penalty: 'penalty' },
  },
};

function str(row: ValidRow, column: string): string | null {
  const value = row.values[column];
  return typeof value === 'string' ? value : null;
}

/** Unknown columns as `x_<column>` properties (names reduced to [a-z0-9_]). */
function extraProps(row: ValidRow): Record<string, string> {
  const props: Record<string, string> = {};
  for (const [column, value] of Object.entries(row.extra)) {
    props[`x_${column.replace(/[^a-z0-9_]/g, '_')}`] = value;
  }
  return props;
}

function joinName(...parts: (string | null)[]): string | null {
  const name = parts.filter((p): p is string => p !== null).join(' ');
  return name === '' ? null : name;
}

/**
 * Converts validated rows of one file into a batch: entities referenced, the foreigner and
 * the address resolved through the identity indexes (which record the decisions), and the
 * kind's own row.
 */
export class GraphMapper {
  readonly #file: string;
  readonly #kind: Kind;
  readonly #loadId: string;
  readonly #identities: IdentityIndexes;
  readonly #known: KnownKeys;
  /** Merges counted for the summary. */
  merged = 0;

  constructor(
    file: string,
    kind: Kind,
    loadId: string,
    identities: IdentityIndexes,
    known: KnownKeys,
  ) {
    this.#file = file;
    this.#kind = kind;
    this.#loadId = loadId;
    this.#identities = identities;
    this.#known = known;
  }

  add(batch: Batch, row: ValidRow): void {
    const source: Source = { srcFile: this.#file, srcLine: row.line };
    if (this.#kind === 'persons') this.#person(batch, row, source);
    else if (this.#kind === 'organizations') this.#organization(batch, row, source);
    else this.#event(batch, row, source, EVENT_SHAPES[this.#kind]);
  }

  #address(batch: Batch, source: Source, text: string | null, rka: string | null): string | null {
    if (text === null && rka === null) return null;
    const normalized = normalizeAddress(text);
    const parsed = normalized !== null && (normalized.city !== null || normalized.street !== null);
    const resolution = this.#identities.addresses.resolve({
      rka,
      text: parsed ? normalized.text : (text?.toLowerCase().replace(/\s+/g, ' ').trim() ?? null),
      parsed,
    });
    const { key, newTextKey, mergeFrom } = resolution;
    if (resolution.created || newTextKey !== null) {
      batch.addAddress({
        key,
        text,
        rka,
        city: normalized?.city ?? null,
        searchText: searchText(text, rka),
        newTextKeys: newTextKey === null ? [] : [newTextKey],
      });
    }
    if (mergeFrom !== null) {
      this.merged++;
      batch.addressMerges.push({ ...source, id: this.#recordId(source), key, mergeFrom });
    }
    return key;
  }

  /** The id of an identity record made by a row (one per row and kind of record). */
  #recordId(source: Source): string {
    return `${this.#loadId}:${source.srcFile}:${source.srcLine}`;
  }

  #referencePerson(batch: Batch, iin: string, name: string | null): void {
    if (!this.#known.claimNamed('person', iin, name !== null)) return;
    batch.addPerson({ iin, name, birthDate: iinBirthDate(iin), searchText: searchText(name, iin) });
  }

  #phone(
    batch: Batch,
    source: Source,
    e164: string | null,
    iin: string | null,
    bin: string | null,
  ) {
    if (e164 === null) return;
    if (this.#known.claim('phone', e164)) batch.addPhone(e164, searchText(e164, e164.slice(1)));
    if (this.#known.claim('party-phone', `${iin ?? bin}>${e164}`)) {
      batch.addPartyPhone({ ...source, iin, bin, e164 });
    }
  }

  #person(batch: Batch, row: ValidRow, source: Source): void {
    const iin = str(row, 'iin')!;
    this.#phone(batch, source, str(row, 'phone'), iin, null);
    // Only the first register row of a person writes; later ones change nothing.
    if (!this.#known.claimRegistered('person', iin)) return;
    const [last, first, middle] = [
      str(row, 'last_name'),
      str(row, 'first_name'),
      str(row, 'middle_name'),
    ];
    const addressKey = this.#address(batch, source, str(row, 'address'), str(row, 'address_rka'));
    const name = joinName(last, first, middle);
    batch.rows.push({
      ...source,
      iin,
      birthDate: str(row, 'birth_date') ?? iinBirthDate(iin),
      addressKey,
      props: {
        ...extraProps(row),
        name,
        lastName: last,
        firstName: first,
        middleName: middle,
        sex: str(row, 'sex'),
        searchText: searchText(name, iin),
      },
    });
  }

  #organization(batch: Batch, row: ValidRow, source: Source): void {
    const bin = str(row, 'bin')!;
    if (!this.#known.claimRegistered('organization', bin)) return;
    const name = str(row, 'name');
    const directorIin = str(row, 'director_iin');
    const founders = row.values['founder_iins'];
    const founderIins = Array.isArray(founders) ? founders : [];
    for (const iin of [directorIin, ...founderIins])
      if (iin) this.#referencePerson(batch, iin, null);
    batch.rows.push({
      ...source,
      bin,
      registeredOn: str(row, 'registered_on'),
      addressKey: this.#address(
        batch,
        source,
        str(row, 'legal_address'),
        str(row, 'legal_address_rka'),
      ),
      directorIin,
      founderIins,
      props: {
        ...extraProps(row),
        name,
        activity: str(row, 'activity'),
        searchText: searchText(name, bin),
      },
    });
  }

  #event(batch: Batch, row: ValidRow, source: Source, shape: EventShape): void {
    const id = str(row, KINDS[this.#kind].idField)!;
    // A record id seen before (earlier in this drop or in an earlier one) changes nothing.
    if (!this.#known.claim('event', `${shape.label}:${id}`)) return;
    const partyIin = str(row, `${shape.party}_iin`);
    const partyBin = str(row, `${shape.party}_bin`);
    const partyName = str(row, `${shape.party}_name`);
    if (partyIin) this.#referencePerson(batch, partyIin, partyName);
    if (partyBin && this.#known.claimNamed('organization', partyBin, partyName !== null)) {
      batch.addOrganization({
        bin: partyBin,
        name: partyName,
        searchText: searchText(partyName, partyBin),
      });
    }
    this.#phone(batch, source, str(row, `${shape.party}_phone`), partyIin, partyBin);
    const driverIin = str(row, 'driver_iin');
    if (driverIin) this.#referencePerson(batch, driverIin, null);
    const plate = str(row, 'vehicle_plate');
    if (plate && this.#known.claim('vehicle', plate)) batch.addVehicle(plate, searchText(plate));

    const props: Record<string, string | null> = extraProps(row);
    for (const [column, property] of Object.entries(shape.props))
      props[property] = str(row, column);
    const when = str(row, shape.date)!;
    const foreigner = row.hasForeigner ? this.#foreigner(batch, row, source) : null;
    batch.rows.push({
      ...source,
      id,
      date: when.slice(0, 10),
      crossedAt: this.#kind === 'crossings' ? when : null,
      stayUntil: str(row, 'stay_until'),
      props,
      foreignerId: foreigner?.foreignerId ?? null,
      documentKey: foreigner?.documentKey ?? null,
      partyIin,
      partyBin,
      addressKey: shape.address
        ? this.#address(batch, source, str(row, shape.address[0]), str(row, shape.address[1]))
        : null,
      plate,
      driverIin,
    });
  }

  /** Resolves the row's foreigner and adds what the resolution writes. */
  #foreigner(
    batch: Batch,
    row: ValidRow,
    source: Source,
  ): { foreignerId: string; documentKey: string } {
    const country = str(row, 'passport_country')!;
    const number = str(row, 'passport_no')!;
    const documentKey = `${country}:${number}`;
    const lastLat = str(row, 'last_name_lat')!;
    const firstLat = str(row, 'first_name_lat');
    const [last, first, middle] = [
      str(row, 'last_name'),
      str(row, 'first_name'),
      str(row, 'middle_name'),
    ];
    const spellings = [joinName(lastLat, firstLat), joinName(last, first, middle)].filter(
      (s): s is string => s !== null,
    );
    const resolution = this.#identities.foreigners.resolve({
      documentKey,
      nameKey: nameKey(lastLat, firstLat),
      birthDate: str(row, 'birth_date')!,
      citizenship: str(row, 'citizenship')!,
      spellings,
    });
    const id = resolution.foreignerId;
    if (resolution.created || resolution.newSpellings.length > 0) {
      const names = this.#identities.foreigners.names(id);
      batch.addForeigner({
        ...source,
        id,
        birthDate: str(row, 'birth_date')!,
        newNames: resolution.newSpellings,
        searchText: searchText(...names),
        props: {
          lastNameLat: lastLat,
          ...(firstLat ? { firstNameLat: firstLat } : {}),
          ...(last ? { lastName: last } : {}),
          ...(first ? { firstName: first } : {}),
          ...(middle ? { middleName: middle } : {}),
          ...(str(row, 'sex') ? { sex: str(row, 'sex')! } : {}),
          citizenship: str(row, 'citizenship')!,
          nameKey: nameKey(lastLat, firstLat),
        },
      });
    }
    if (resolution.newDocument) {
      batch.documents.push({
        ...source,
        key: documentKey,
        country,
        number,
        searchText: searchText(number, documentKey),
        foreignerId: id,
      });
    }
    if (resolution.merge) {
      this.merged++;
      batch.merges.push({
        ...source,
        id: this.#recordId(source),
        foreignerId: id,
        ...resolution.merge,
      });
    }
    if (resolution.conflict) {
      batch.conflicts.push({
        ...source,
        id: `${documentKey}|${id}`,
        documentKey,
        reason: resolution.conflict.reason,
        foreignerIds: [...resolution.conflict.holders, id],
      });
    }
    return { foreignerId: id, documentKey };
  }
}
