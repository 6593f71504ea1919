import { ARTICLE } from '../articles.js';
import { firmName } from '../background.js';
import { flight, type Carriers } from '../journeys.js';
import { airport, checkpoint, cityByName } from '../places.js';
import { asParty, orgParty, type World } from '../world.js';
import { beforeEnd, channelMigrant, migrantFate, NetworkRecord, plantedDay } from './plant.js';

const EXITS_TO_RUSSIA = ['zhaisan', 'syrym', 'karakoga'] as const;
const EXIT_CITY = { zhaisan: 'Актобе', syrym: 'Уральск', karakoga: 'Петропавловск' } as const;

/**
 * Transit corridor: migrants fly or are driven in from the south, are carried across the
 * country by one firm's minibuses and leave for Russia within days in the same vehicle.
 * The firm's director is a nominee; the organizer is its founder and never drives.
 * Nominee inviters issue the transit invitations, two or three each.
 */
export function transitCorridor(w: World, c: Carriers, id: string): NetworkRecord {
  const rng = w.rng;
  const net = new NetworkRecord(id, 'transit-corridor');
  const south = cityByName(rng.pick(['Шымкент', 'Туркестан', 'Алматы', 'Тараз']));
  const organizer = w.person({ city: south, sex: 'M', minAge: 30, maxAge: 60 });
  net.organizer(organizer);
  const director = w.person({ city: south, minAge: 22, maxAge: 50 });
  net.person(director, 'nominee-director');
  const firm = w.organization({
    name: firmName(w).replace(/Групп|Трейд|Строй|Сервис|Консалт|Инвест|Құрылыс/, 'Транс'),
    activity: 'transport',
    director,
    founders: [organizer],
  });
  net.org(firm, 'carrier');
  const carrier = orgParty(firm);
  const plates = Array.from({ length: rng.int(1, 3) }, () => w.plate(south.plateRegion));
  for (const p of plates) net.vehicle(p, 'vehicle');
  const drivers = plates.map(() => {
    const d = w.person({ city: south, sex: 'M', minAge: 25, maxAge: 55 });
    net.person(d, 'driver');
    return d;
  });
  const inviters = Array.from({ length: rng.int(3, 6) }, () => {
    const p = w.person({ city: south });
    net.person(p, 'nominee-inviter');
    return p;
  });
  const exitPoint = rng.pick(EXITS_TO_RUSSIA);
  const groups = rng.int(4, 9);
  const start = plantedDay(w, 120);
  for (let g = 0; g < groups; g++) {
    const day = beforeEnd(start + rng.int(0, 300), 15);
    const v = rng.int(0, plates.length - 1);
    const plate = plates[v] ?? null;
    const driver = drivers[v] ?? null;
    const byAir = rng.chance(0.5);
    const size = rng.int(2, 6);
    for (let k = 0; k < size; k++) {
      const f = channelMigrant(w, net);
      const inviter = rng.pick(inviters);
      w.invitation({
        inviter: asParty(inviter),
        f,
        on: day - rng.int(15, 40),
        purpose: rng.pick(['transit', 'tourism', 'private'] as const),
        stay: rng.chance(0.5) ? inviter.address : null,
      });
      if (byAir) {
        w.crossing({
          f,
          on: day,
          direction: 'entry',
          at: airport(rng),
          country: f.country.code,
          ...flight(rng, c),
        });
      } else {
        w.crossing({
          f,
          on: day,
          direction: 'entry',
          at: checkpoint(rng.pick(['zhibek', 'kazygurt'])),
          plate,
          carrier,
          country: 'UZB',
        });
      }
      const departs = day + rng.int(0, 2);
      const to = cityByName(EXIT_CITY[exitPoint]);
      w.trip({ f, on: departs, from: south, to, plate, carrier, driver });
      if (rng.chance(0.85)) {
        w.crossing({
          f,
          on: departs + rng.int(1, 4),
          direction: 'exit',
          at: checkpoint(exitPoint),
          plate,
          carrier,
          country: 'RUS',
        });
      } else {
        migrantFate(w, f, departs + 3, null, 1);
      }
    }
  }
  if (rng.chance(0.4)) {
    w.violation({
      on: start + rng.int(30, 250),
      article: ARTICLE.listInviter,
      role: 'carrier',
      offender: carrier,
      penalty: 'fine',
    });
  }
  return net;
}
