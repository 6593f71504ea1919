import { ARTICLE } from '../articles.js';
import { firmName } from '../background.js';
import { crossBorder, type Carriers } from '../journeys.js';
import { CITIES } from '../places.js';
import { asParty, orgParty, type World } from '../world.js';
import { beforeEnd, channelMigrant, migrantFate, NetworkRecord, plantedDay } from './plant.js';

const LABOUR: readonly (readonly [string, number])[] = [
  ['UZB', 5],
  ['TJK', 5],
  ['KGZ', 2],
  ['BGD', 3],
  ['PAK', 3],
  ['NPL', 2],
  ['IND', 2],
  ['AFG', 2],
  ['VNM', 1],
];

/**
 * Labour channel: a "recruitment" firm invites workers as visitors, a relative of the
 * organizer houses them in two or three houses, a minibus carries them to building sites of
 * a subcontractor the organizer founded, and they work there without permits.
 */
export function labourChannel(w: World, c: Carriers, id: string): NetworkRecord {
  const rng = w.rng;
  const net = new NetworkRecord(id, 'labour-channel');
  const organizer = w.person({ sex: 'M', minAge: 32, maxAge: 62 });
  net.organizer(organizer);
  const city = organizer.address.city;
  const recruiterDirector = w.person({ city });
  net.person(recruiterDirector, 'nominee-director');
  const recruiter = w.organization({
    name: firmName(w).replace(/Трейд|Строй|Логистик|Инвест/, 'Кадр Сервис'),
    activity: 'recruitment',
    director: recruiterDirector,
    founders: [organizer],
  });
  net.org(recruiter, 'recruiter');
  const subDirector = w.person({ city });
  net.person(subDirector, 'nominee-director');
  const sub = w.organization({
    name: firmName(w),
    activity: 'construction',
    director: subDirector,
    founders: rng.chance(0.6) ? [organizer] : [organizer, subDirector],
  });
  net.org(sub, 'employer');
  const housing = w.person({ city, surname: organizer.name.lastName.replace(/а$/, '') });
  net.person(housing, 'housing-provider');
  const houses = Array.from({ length: rng.int(1, 3) }, () => w.address(city, false));
  for (const h of houses) net.address(h, 'dormitory');
  // Subcontracting: some of the sites belong to a big legitimate employer with permits.
  const sites = Array.from({ length: rng.int(2, 4) }, () =>
    w.constructionSites.length > 0 && rng.chance(0.4)
      ? rng.pick(w.constructionSites)
      : w.address(city, false),
  );
  const plate = w.plate(city.plateRegion);
  net.vehicle(plate, 'vehicle');
  const driver = w.person({ city, sex: 'M', minAge: 25 });
  net.person(driver, 'driver');
  const workers = rng.int(15, 35);
  const start = plantedDay(w, 120);
  const siteTown = rng.pick(CITIES.filter((x) => x !== city));
  for (let k = 0; k < workers; k++) {
    const f = channelMigrant(w, net, LABOUR);
    const entry = beforeEnd(start + rng.int(0, 240), 30);
    const visaFree = ['UZB', 'TJK', 'KGZ'].includes(f.country.code);
    if (!visaFree || rng.chance(0.3)) {
      w.invitation({
        inviter: orgParty(recruiter),
        f,
        on: entry - rng.int(15, 45),
        purpose: rng.pick(['business', 'private', 'tourism'] as const),
        stay: rng.pick(houses),
      });
    }
    crossBorder(w, c, f, entry, 'entry');
    const house = rng.pick(houses);
    const days = rng.int(60, 200);
    if (rng.chance(0.75))
      w.registration({
        host: asParty(housing),
        f,
        on: entry + rng.int(1, 6),
        days,
        channel: rng.pick(['vmp', 'eqonaq'] as const),
        address: house,
      });
    if (rng.chance(0.5))
      w.trip({
        f,
        on: entry + rng.int(2, 20),
        from: city,
        to: rng.chance(0.5) ? city : siteTown,
        plate,
        carrier: asParty(housing),
        driver,
      });
    const inspections = rng.weighted([
      [1, 5],
      [2, 2],
      [0, 2],
    ] as const);
    for (let j = 0; j < inspections; j++) {
      const on = entry + rng.int(10, days);
      const site = rng.pick(sites);
      w.employment({ employer: orgParty(sub), f, on, source: 'inspection', site, permitNo: null });
      if (rng.chance(0.5))
        w.violation({
          on,
          article: ARTICLE.foreignerWork,
          role: 'foreigner',
          f,
          address: site,
          penalty: rng.pick(['fine', 'expulsion'] as const),
          duty: true,
        });
    }
    migrantFate(w, f, entry + days, house, 0.3);
  }
  w.violation({
    on: beforeEnd(start + rng.int(60, 300)),
    article: ARTICLE.listEmployer,
    role: 'employer',
    offender: orgParty(sub),
    address: rng.pick(sites),
    penalty: 'fine',
  });
  return net;
}
