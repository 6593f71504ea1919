import type { Kind } from '../drop/kinds.js';

/** Provenance of a fact: the row it came from (the load id is a statement parameter). */
export interface Source {
  srcFile: string;
  srcLine: number;
}

export interface PersonRef {
  iin: string;
  name: string | null;
  birthDate: string | null;
  searchText: string;
}
export interface OrganizationRef {
  bin: string;
  name: string | null;
  searchText: string;
}
export interface AddressRow {
  key: string;
  text: string | null;
  rka: string | null;
  city: string | null;
  searchText: string;
  /** Normalised texts new to an РКА address (appended to `textKeys`). */
  newTextKeys: string[];
}
export interface ForeignerRow extends Source {
  id: string;
  props: Record<string, string>;
  birthDate: string;
  newNames: string[];
  searchText: string;
}
export interface DocumentRow extends Source {
  key: string;
  country: string;
  number: string;
  searchText: string;
  foreignerId: string;
}
export interface MergeRow extends Source {
  id: string;
  foreignerId: string;
  rule: string;
  matchedOn: string[];
  variant: string;
}
/** A `txt:` address merged into the РКА address `key` (made by the РКА row at `Source`). */
export interface AddressMergeRow extends Source {
  id: string;
  key: string;
  mergeFrom: string;
}
export interface ConflictRow extends Source {
  id: string;
  documentKey: string;
  reason: string;
  foreignerIds: string[];
}
export interface PartyPhoneRow extends Source {
  iin: string | null;
  bin: string | null;
  e164: string;
}

/** The row of the kind's own statement (`register-*` or `event-*`). */
export type KindRow = Source & Record<string, unknown>;

/**
 * Everything one batch writes, de-duplicated by key so each entity is merged once per
 * batch (first occurrence wins, like the ON CREATE SET in the Cypher).
 */
export class Batch {
  readonly kind: Kind;
  readonly persons = new Map<string, PersonRef>();
  readonly organizations = new Map<string, OrganizationRef>();
  readonly addresses = new Map<string, AddressRow>();
  readonly phones = new Map<string, { e164: string; searchText: string }>();
  readonly vehicles = new Map<string, { plate: string; searchText: string }>();
  readonly foreigners = new Map<string, ForeignerRow>();
  readonly documents: DocumentRow[] = [];
  readonly merges: MergeRow[] = [];
  readonly conflicts: ConflictRow[] = [];
  readonly addressMerges: AddressMergeRow[] = [];
  readonly partyPhones = new Map<string, PartyPhoneRow>();
  readonly rows: KindRow[] = [];

  constructor(kind: Kind) {
    this.kind = kind;
  }

  get size(): number {
    return this.rows.length;
  }

  addPerson(person: PersonRef): void {
    const known = this.persons.get(person.iin);
    if (!known || (known.name === null && person.name !== null))
      this.persons.set(person.iin, person);
  }

  addOrganization(org: OrganizationRef): void {
    const known = this.organizations.get(org.bin);
    if (!known || (known.name === null && org.name !== null)) this.organizations.set(org.bin, org);
  }

  /** An address created or given new texts: later rows of the batch extend the first. */
  addAddress(address: AddressRow): void {
    const known = this.addresses.get(address.key);
    if (known) known.newTextKeys.push(...address.newTextKeys);
    else this.addresses.set(address.key, address);
  }

  addPhone(e164: string, searchText: string): void {
    if (!this.phones.has(e164)) this.phones.set(e164, { e164, searchText });
  }

  addVehicle(plate: string, searchText: string): void {
    if (!this.vehicles.has(plate)) this.vehicles.set(plate, { plate, searchText });
  }

  addPartyPhone(row: PartyPhoneRow): void {
    const key = `${row.iin ?? ''}|${row.bin ?? ''}|${row.e164}`;
    if (!this.partyPhones.has(key)) this.partyPhones.set(key, row);
  }

  /** A foreigner created or given new spellings: later rows of the batch extend the first. */
  addForeigner(row: ForeignerRow): void {
    const known = this.foreigners.get(row.id);
    if (!known) {
      this.foreigners.set(row.id, row);
      return;
    }
    known.newNames.push(...row.newNames);
    known.searchText = row.searchText;
  }
}
