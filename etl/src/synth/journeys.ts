import type { Rng } from './rng.js';
import type { Day } from './dates.js';
import { airport, CITIES, cityByName, landCheckpointFor, type City } from './places.js';
import {
  orgParty,
  type Foreigner,
  type Organization,
  type Party,
  type Person,
  type World,
} from './world.js';

/** The national carriers and bus operators that carry everyone (legitimate hubs). */
export interface Carriers {
  rail: Organization;
  airlines: { org: Organization; iata: string }[];
  buses: { org: Organization; plates: string[]; drivers: Person[]; city: City }[];
}

const LAND_NEIGHBOURS = new Set(['UZB', 'KGZ', 'CHN', 'RUS']);

export function createCarriers(w: World, scale: number): Carriers {
  const rail = w.organization({
    name: 'АО «Пассажирские перевозки» (КТЖ)',
    activity: 'railway',
    director: w.person({ city: cityByName('Астана') }),
    address: w.address(cityByName('Астана'), false),
  });
  w.hub('railway', orgParty(rail));
  const airlines = [
    ['АО «Эйр Астана»', 'airline', 'KC'],
    ['АО «Авиакомпания SCAT»', 'airline', 'DV'],
    ['АО «Qazaq Air»', 'aviation', 'IQ'],
  ].map(([name, activity, iata]) => {
    const org = w.organization({
      name: name ?? '',
      activity: activity ?? 'airline',
      director: w.person(),
    });
    w.hub('airline', orgParty(org));
    return { org, iata: iata ?? 'KC' };
  });
  const buses = [
    ['ТОО «Автовокзал Сайран»', 'Алматы'],
    ['ТОО «Шымкент Автовокзал»', 'Шымкент'],
    ['ТОО «Астана Автобус Сервис»', 'Астана'],
    ['ТОО «Тараз Жолаушылар»', 'Тараз'],
  ].map(([name, cityName]) => {
    const city = cityByName(cityName ?? 'Алматы');
    const org = w.organization({
      name: name ?? '',
      activity: 'bus station',
      director: w.person({ city }),
      address: w.address(city, false),
    });
    const fleet = Math.max(3, Math.round(8 * Math.sqrt(scale)));
    return {
      org,
      city,
      plates: Array.from({ length: fleet }, () => w.plate(city.plateRegion)),
      drivers: Array.from({ length: fleet }, () =>
        w.person({ city, sex: 'M', minAge: 28, maxAge: 62 }),
      ),
    };
  });
  return { rail, airlines, buses };
}

/** A flight of one of the national airlines: its carrier and flight number. */
export function flight(rng: Rng, c: Carriers): { carrier: Party; flightNo: string } {
  const airline = rng.pick(c.airlines);
  return { carrier: orgParty(airline.org), flightNo: `${airline.iata} ${rng.int(100, 999)}` };
}

export type Mode = 'air' | 'rail' | 'road' | 'foot';

function modeFor(rng: Rng, country: string): Mode {
  if (!LAND_NEIGHBOURS.has(country)) return 'air';
  if (country === 'UZB' || country === 'KGZ') {
    return rng.weighted<Mode>([
      ['road', 5],
      ['air', 2],
      ['rail', 2],
      ['foot', 1],
    ]);
  }
  return rng.weighted<Mode>([
    ['air', 4],
    ['rail', 2],
    ['road', 2],
  ]);
}

/**
 * A border crossing by the usual means for someone from `country`: flights of the national
 * airlines, КТЖ trains, buses of the bus stations, private cars, on foot.
 */
export function crossBorder(
  w: World,
  c: Carriers,
  f: Foreigner,
  on: Day,
  direction: 'entry' | 'exit',
  country: string = f.country.code,
): void {
  const rng = w.rng;
  const mode = modeFor(rng, country);
  if (mode === 'air') {
    w.crossing({
      f,
      on,
      direction,
      at: airport(rng),
      country,
      ...flight(rng, c),
    });
  } else if (mode === 'rail') {
    w.crossing({
      f,
      on,
      direction,
      at: landCheckpointFor(rng, country, 'rail'),
      carrier: orgParty(c.rail),
      country,
    });
  } else if (mode === 'road' && rng.chance(0.6)) {
    const bus = rng.pick(c.buses);
    w.crossing({
      f,
      on,
      direction,
      at: landCheckpointFor(rng, country, 'road'),
      plate: rng.pick(bus.plates),
      carrier: orgParty(bus.org),
      country,
    });
  } else {
    const at = landCheckpointFor(rng, country, 'road');
    const plate = mode === 'road' ? w.plate(rng.pick(['02', '17', '13', '08'])) : null;
    w.crossing({
      f,
      on,
      direction,
      at: mode === 'foot' ? { ...at, mode: 'foot' } : at,
      plate,
      country,
    });
  }
}

/** A domestic trip by train or intercity bus. */
export function travel(w: World, c: Carriers, f: Foreigner, on: Day, from: City): void {
  const rng = w.rng;
  const to = rng.pick(CITIES.filter((x) => x !== from));
  if (rng.chance(0.55)) {
    w.trip({ f, on, from, to, carrier: orgParty(c.rail), rail: true });
  } else {
    const bus = rng.pick(c.buses);
    const i = rng.int(0, bus.plates.length - 1);
    w.trip({
      f,
      on,
      from,
      to,
      plate: bus.plates[i] ?? null,
      carrier: orgParty(bus.org),
      driver: bus.drivers[i] ?? null,
    });
  }
}
