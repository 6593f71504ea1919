import { PERIOD } from './dates.js';
import { kazakhSurnames } from './citizen-names.js';
import { kazakhToLatin } from './foreign-names.js';
import { firmName } from './background.js';
import { checkpoint, cityByName } from './places.js';
import { arrivalDay, maybeOffend, visit } from './stays.js';
import { asParty, orgParty, type Person, type World } from './world.js';
import type { Carriers } from './journeys.js';

/**
 * Legitimate look-alikes of the planted typologies: structures a detector must not report,
 * because their shape is a channel's and only their details are not.
 */

/**
 * Family clan (looks like a nominee front): several grown children each invite two or three
 * relatives from abroad, and most are registered at the parents' home. Unlike a front, the
 * guests share the family's surname and country, leave on time and almost never offend.
 */
export function familyClans(w: World, c: Carriers, n: number): void {
  const rng = w.rng;
  for (let i = 0; i < n; i++) {
    const surname = rng.pick(kazakhSurnames());
    const parent = w.person({ surname, minAge: 55, maxAge: 78 });
    w.hub('family', asParty(parent));
    const home = parent.address;
    const children: Person[] = Array.from({ length: rng.int(3, 6) }, () =>
      w.person({ surname, city: home.city, minAge: 25, maxAge: 50 }),
    );
    const country = rng.weighted([
      ['UZB', 4],
      ['CHN', 3],
      ['MNG', 2],
      ['TKM', 1],
    ] as const);
    const lastLat = kazakhToLatin(surname);
    for (const child of children) {
      const guests = rng.int(2, 3);
      for (let g = 0; g < guests; g++) {
        const f = w.foreigner(country, { lastLat, minAge: 10, maxAge: 75 });
        const entry = arrivalDay(w, 40);
        const days = rng.int(20, 90);
        const stay = rng.chance(0.7) ? home : child.address;
        w.invitation({
          inviter: asParty(child),
          f,
          on: entry - rng.int(10, 30),
          purpose: 'private',
          stay,
        });
        visit(w, c, f, entry, days, (exit) => {
          w.registration({
            host: asParty(child),
            f,
            on: entry + rng.int(0, 3),
            days,
            channel: 'eqonaq',
            address: stay,
          });
          maybeOffend(w, f, exit, 0.02, stay);
        });
      }
    }
  }
}

const TOURISTS: readonly (readonly [string, number])[] = [
  ['CHN', 4],
  ['KOR', 3],
  ['TUR', 3],
  ['DEU', 2],
  ['RUS', 3],
  ['IND', 2],
  ['USA', 1],
  ['IRN', 1],
];

/**
 * Flat let to tourists by the day (looks like a rubber flat): a private person registers
 * dozens of foreigners at one flat. Unlike a rubber flat, the guests stay a few days, come
 * from tourist countries, leave, and nobody finds them working anywhere.
 */
export function flatsForRent(w: World, c: Carriers, n: number): void {
  const rng = w.rng;
  for (let i = 0; i < n; i++) {
    const city = rng.pick([cityByName('Алматы'), cityByName('Астана'), cityByName('Шымкент')]);
    const owner = w.person({ city, minAge: 30, maxAge: 65 });
    w.hub('hotel', asParty(owner));
    const flat = owner.address;
    const guests = rng.int(25, 50);
    for (let g = 0; g < guests; g++) {
      const f = w.foreigner(rng.weighted(TOURISTS), { minAge: 20, maxAge: 65 });
      const entry = arrivalDay(w, 15);
      const days = rng.int(2, 7);
      visit(w, c, f, entry, days, (exit) => {
        w.registration({
          host: asParty(owner),
          f,
          on: entry,
          days,
          channel: 'eqonaq',
          address: flat,
        });
        maybeOffend(w, f, exit, 0.01, flat);
      });
    }
  }
}

const BUS_ROUTES = [
  { name: 'Ташкент — Казань', exit: 'syrym', to: 'Уральск' },
  { name: 'Ташкент — Новосибирск', exit: 'karakoga', to: 'Петропавловск' },
  { name: 'Душанбе — Самара', exit: 'zhaisan', to: 'Актобе' },
] as const;

/**
 * International bus line (looks like a transit corridor): the same buses carry Uzbek and
 * Tajik citizens from the Uzbek border across Kazakhstan to Russia in two or three days,
 * every week. Unlike a corridor, the passengers need no invitation, come from visa-free
 * neighbours and nobody arranges their stay.
 */
export function internationalBuses(w: World, n: number): void {
  const rng = w.rng;
  const south = cityByName('Шымкент');
  for (let i = 0; i < n; i++) {
    const route = BUS_ROUTES[i % BUS_ROUTES.length] ?? BUS_ROUTES[0];
    const org = w.organization({
      name: firmName(w).replace(/Групп|Трейд|Строй|Сервис|Консалт|Инвест|Құрылыс/, 'Тур'),
      activity: 'transport',
      director: w.person({ city: south }),
    });
    const carrier = orgParty(org);
    const buses = Array.from({ length: rng.int(1, 2) }, () => ({
      plate: w.plate(south.plateRegion),
      driver: w.person({ city: south, sex: 'M', minAge: 30, maxAge: 60 }),
    }));
    const to = cityByName(route.to);
    const runs = rng.int(6, 12);
    for (let r = 0; r < runs; r++) {
      const day = rng.int(PERIOD.start + 10, PERIOD.end - 5);
      const bus = rng.pick(buses);
      const passengers = rng.int(8, 25);
      for (let p = 0; p < passengers; p++) {
        const f = w.foreigner(
          rng.weighted([
            ['UZB', 5],
            ['TJK', 3],
            ['KGZ', 1],
          ] as const),
          { minAge: 18, maxAge: 60 },
        );
        const entryAt = route.name.startsWith('Душанбе') ? 'kazygurt' : 'zhibek';
        w.crossing({
          f,
          on: day,
          direction: 'entry',
          at: checkpoint(entryAt),
          plate: bus.plate,
          carrier,
          country: 'UZB',
        });
        w.trip({ f, on: day, from: south, to, plate: bus.plate, carrier, driver: bus.driver });
        w.crossing({
          f,
          on: day + rng.int(1, 2),
          direction: 'exit',
          at: checkpoint(route.exit),
          plate: bus.plate,
          carrier,
          country: 'RUS',
        });
      }
    }
  }
}
