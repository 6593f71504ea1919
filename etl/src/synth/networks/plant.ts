import { ARTICLE } from '../articles.js';
import { PERIOD, type Day } from '../dates.js';
import { canonicalAddressText, type Address } from '../places.js';
import type { Member, Organizer, PlantedNetwork, Typology } from '../truth.js';
import type { Foreigner, Organization, Party, Person, World } from '../world.js';

/** Collects one planted network's organizers and members for the truth file. */
export class NetworkRecord {
  private readonly organizers: Organizer[] = [];
  private readonly members = new Map<string, Member>();

  constructor(
    readonly id: string,
    readonly typology: Typology,
  ) {}

  organizer(p: Person): void {
    this.organizers.push({ kind: 'person', iin: p.iin });
    this.person(p, 'organizer');
  }

  person(p: Person, role: string): void {
    this.add(`person:${p.iin}`, { kind: 'person', iin: p.iin, role });
  }

  org(o: Organization, role: string): void {
    this.add(`organization:${o.bin}`, { kind: 'organization', bin: o.bin, role });
  }

  party(p: Party, role: string): void {
    if (p.kind === 'person') this.person(p.person, role);
    else this.org(p.org, role);
  }

  migrant(f: Foreigner): void {
    this.add(`migrant:${f.country.code}:${f.passportNo}:${f.lastLat}`, {
      kind: 'migrant',
      passport_country: f.country.code,
      passport_no: f.passportNo,
      role: 'migrant',
    });
  }

  address(a: Address, role: string): void {
    this.add(`address:${a.rka}`, {
      kind: 'address',
      rka: a.rka,
      text: canonicalAddressText(a),
      role,
    });
  }

  vehicle(plate: string, role: string): void {
    this.add(`vehicle:${plate}`, { kind: 'vehicle', plate, role });
  }

  /** The first role given to an entity stays (the organizer is not demoted to inviter). */
  private add(key: string, member: Member): void {
    if (!this.members.has(key)) this.members.set(key, member);
  }

  done(): PlantedNetwork {
    return {
      id: this.id,
      typology: this.typology,
      organizers: this.organizers,
      members: [...this.members.values()],
    };
  }
}

/** Risk countries channels draw from, weighted by how often they appear in practice. */
export const CHANNEL_COUNTRIES: readonly (readonly [string, number])[] = [
  ['AFG', 6],
  ['PAK', 6],
  ['BGD', 6],
  ['IND', 4],
  ['NPL', 3],
  ['LKA', 2],
  ['VNM', 2],
  ['MMR', 1],
  ['SYR', 2],
  ['IRQ', 1],
  ['YEM', 1],
  ['SOM', 2],
  ['ETH', 2],
  ['ERI', 1],
  ['SDN', 1],
  ['COD', 1],
  ['CMR', 1],
  ['GHA', 2],
  ['NGA', 3],
];

/** A channel's migrant: from a risk country, sometimes on someone else's passport number. */
export function channelMigrant(
  w: World,
  net: NetworkRecord,
  countries = CHANNEL_COUNTRIES,
): Foreigner {
  const rng = w.rng;
  const donor = rng.chance(0.04) ? w.takePassportDonor() : null;
  const f = donor
    ? w.forgedHolder(donor, 'M')
    : w.foreigner(rng.weighted(countries), {
        sex: rng.chance(0.9) ? 'M' : 'F',
        minAge: 18,
        maxAge: 45,
      });
  if (!donor && rng.chance(0.03)) w.reissuePassport(f, rng.int(PERIOD.start + 200, PERIOD.end));
  net.migrant(f);
  return f;
}

/** What becomes of a channel's migrant after arrival: overstay, illegal work, expulsion. */
export function migrantFate(
  w: World,
  f: Foreigner,
  stayEnd: Day,
  where: Address | null,
  rate = 0.6,
): void {
  const rng = w.rng;
  if (!rng.chance(rate)) return;
  const on = Math.min(PERIOD.end, stayEnd + rng.int(3, 90));
  w.violation({
    on,
    article: rng.weighted([
      [ARTICLE.foreignerStay, 5],
      [ARTICLE.foreignerWork, 3],
      [ARTICLE.foreignerRepeated, 1],
    ] as const),
    role: 'foreigner',
    f,
    address: where,
    penalty: rng.weighted([
      ['fine', 4],
      ['expulsion', 3],
      ['warning', 1],
    ] as const),
    duty: rng.chance(0.5),
  });
}

export function plantedDay(w: World, margin = 90): Day {
  return w.rng.int(PERIOD.start + 30, PERIOD.end - margin);
}

/** Keeps a planted event inside the drop's period (`margin` days before its end). */
export function beforeEnd(d: Day, margin = 10): Day {
  return Math.min(d, PERIOD.end - margin);
}
