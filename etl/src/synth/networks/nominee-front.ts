import { crossBorder, type Carriers } from '../journeys.js';
import { asParty, type Person, type World } from '../world.js';
import { beforeEnd, channelMigrant, migrantFate, NetworkRecord, plantedDay } from './plant.js';

/**
 * Nominee front: the organizer never invites anyone. Relatives, neighbours and acquaintances
 * each invite two or three migrants — below any "top inviters" threshold — and the
 * invitations carry the organizer's phone and often his flat as the stay address.
 */
export function nomineeFront(w: World, c: Carriers, id: string): NetworkRecord {
  const rng = w.rng;
  const net = new NetworkRecord(id, 'nominee-front');
  const organizer = w.person({ minAge: 30, maxAge: 60, showPhone: true });
  net.organizer(organizer);
  const city = organizer.address.city;
  net.address(organizer.address, 'stay-address');
  const surname = organizer.name.lastName.replace(/а$/, '');
  const nominees: Person[] = Array.from({ length: rng.int(6, 14) }, () => {
    const kind = rng.pick(['relative', 'neighbour', 'acquaintance'] as const);
    const p =
      kind === 'relative'
        ? w.person({ city, surname })
        : kind === 'neighbour'
          ? w.person({ address: w.flatInBuilding(organizer.address) })
          : w.person({ city });
    net.person(p, 'nominee-inviter');
    return p;
  });
  // How careless the organizer is with his phone varies from front to front.
  const phoneShare = 0.35 + rng.next() * 0.45;
  const start = plantedDay(w, 120);
  for (const nominee of nominees) {
    const invitees = rng.int(2, 3);
    for (let k = 0; k < invitees; k++) {
      const f = channelMigrant(w, net);
      const issued = beforeEnd(start + rng.int(0, 300), 45);
      const stay = rng.chance(0.6) ? organizer.address : nominee.address;
      w.invitation({
        inviter: asParty(nominee),
        f,
        on: issued,
        purpose: rng.pick(['private', 'private', 'business', 'tourism'] as const),
        stay,
        inviterPhone: rng.chance(phoneShare) ? organizer.phone : undefined,
      });
      const entry = issued + rng.int(10, 35);
      crossBorder(w, c, f, entry, 'entry');
      const days = rng.int(20, 60);
      if (rng.chance(0.7))
        w.registration({
          host: asParty(nominee),
          f,
          on: entry + rng.int(1, 5),
          days,
          channel: rng.pick(['vmp', 'eqonaq'] as const),
          address: stay,
          hostPhone: rng.chance(0.5) ? organizer.phone : undefined,
        });
      if (rng.chance(0.15))
        w.petition({
          petitioner: asParty(nominee),
          f,
          on: entry + rng.int(20, 50),
          address: stay,
          outcome: rng.pick(['pending', 'refused', 'granted'] as const),
        });
      if (rng.chance(0.2))
        crossBorder(w, c, f, entry + rng.int(5, 25), 'exit', rng.pick(['RUS', 'KGZ']));
      migrantFate(w, f, entry + days, stay, 0.6);
    }
  }
  return net;
}
