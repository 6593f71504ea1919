import { ARTICLE } from '../articles.js';
import { firmName } from '../background.js';
import { crossBorder, type Carriers } from '../journeys.js';
import { asParty, orgParty, type Channel, type World } from '../world.js';
import { beforeEnd, channelMigrant, migrantFate, NetworkRecord, plantedDay } from './plant.js';

const LABOUR_AND_RISK: readonly (readonly [string, number])[] = [
  ['UZB', 6],
  ['TJK', 6],
  ['KGZ', 3],
  ['AFG', 2],
  ['PAK', 2],
  ['BGD', 2],
  ['NPL', 1],
  ['IND', 1],
];

/**
 * Rubber flat: one or a few flats where dozens of foreigners are registered and nobody
 * lives; the organizer owns them, registers some himself and has relatives register the
 * rest. The migrants work elsewhere without permits.
 */
export function rubberFlat(w: World, c: Carriers, id: string): NetworkRecord {
  const rng = w.rng;
  const net = new NetworkRecord(id, 'rubber-flat');
  const organizer = w.person({ minAge: 40, maxAge: 68 });
  net.organizer(organizer);
  const city = organizer.address.city;
  const flats = [
    organizer.address,
    ...Array.from({ length: rng.int(0, 2) }, () => w.address(city)),
  ];
  for (const flat of flats) net.address(flat, 'rubber-flat');
  const coHosts = Array.from({ length: rng.int(1, 4) }, () => {
    const p = w.person({
      city,
      surname: rng.chance(0.6) ? organizer.name.lastName.replace(/а$/, '') : undefined,
    });
    net.person(p, 'host');
    return p;
  });
  const markets = Array.from({ length: rng.int(1, 3) }, () =>
    w.organization({
      name: firmName(w),
      activity: rng.pick(['trade', 'market', 'construction']),
      director: w.person({ city }),
    }),
  );
  const migrants = rng.int(12, 40);
  const start = plantedDay(w, 150);
  for (let k = 0; k < migrants; k++) {
    const f = channelMigrant(w, net, LABOUR_AND_RISK);
    const entry = beforeEnd(start + rng.int(0, 240));
    const flat = rng.pick(flats);
    const host = rng.chance(0.3) ? organizer : rng.pick(coHosts);
    crossBorder(w, c, f, entry, 'entry');
    const days = rng.int(60, 180);
    const channel: Channel = rng.pick(['vmp', 'vmp', 'eqonaq', 'office']);
    w.registration({
      host: asParty(host),
      f,
      on: entry + rng.int(1, 5),
      days,
      channel,
      address: flat,
    });
    if (rng.chance(0.3))
      w.registration({
        host: asParty(host),
        f,
        on: entry + days - rng.int(0, 5),
        days,
        channel,
        address: flat,
      });
    if (rng.chance(0.45)) {
      const market = rng.pick(markets);
      w.employment({
        employer: orgParty(market),
        f,
        on: entry + rng.int(10, days),
        source: 'inspection',
        site: market.address,
        permitNo: null,
      });
    }
    migrantFate(w, f, entry + days, flat, 0.45);
    if (rng.chance(0.25)) crossBorder(w, c, f, entry + days + rng.int(0, 30), 'exit');
  }
  if (rng.chance(0.6)) {
    w.violation({
      on: start + rng.int(90, 300),
      article: ARTICLE.hostHousing,
      role: 'host',
      offender: asParty(rng.pick([organizer, ...coHosts])),
      address: rng.pick(flats),
      penalty: 'fine',
    });
  }
  return net;
}
