import { ARTICLE } from '../articles.js';
import { firmName } from '../background.js';
import { crossBorder, type Carriers } from '../journeys.js';
import { pickCity } from '../places.js';
import { orgParty, type Purpose, type World } from '../world.js';
import { beforeEnd, channelMigrant, migrantFate, NetworkRecord, plantedDay } from './plant.js';

/**
 * Invitation mill: shell firms registered at one business-centre address invite dozens of
 * migrants each for "business" or "work" that never happens. The organizer founds the
 * shells; their directors are nominees (young relatives, students), so the organizer's name
 * is on no invitation.
 */
export function invitationMill(w: World, c: Carriers, id: string): NetworkRecord {
  const rng = w.rng;
  const net = new NetworkRecord(id, 'invitation-mill');
  const organizer = w.person({ sex: 'M', minAge: 35, maxAge: 60, showPhone: true });
  net.organizer(organizer);
  const city = organizer.address.city;
  const officeAddress = w.address(city, true);
  net.address(officeAddress, 'shell-address');
  const shells = rng.int(2, 4);
  // Some organizers found only one shell and let nominees found the rest; the shells then
  // still share his office and his phone.
  const layered = rng.chance(0.5);
  for (let s = 0; s < shells; s++) {
    const nominee = w.person({
      city,
      surname: rng.chance(0.5) ? organizer.name.lastName.replace(/а$/, '') : undefined,
      minAge: 19,
      maxAge: 30,
    });
    net.person(nominee, 'nominee-director');
    const founders =
      layered && s > 0 ? [nominee] : rng.chance(0.7) ? [organizer] : [organizer, nominee];
    const registered = plantedDay(w, 300) - rng.int(30, 200);
    // Now and then a shell poses as a language school, inviting "students" like a university.
    const school = s === 0 && rng.chance(0.35);
    const shell = w.organization({
      name: school
        ? `Языковой центр «${rng.pick(['Lingua', 'Oxford Plus', 'Білім', 'Global Study', 'Zerde'])}»`
        : firmName(w),
      activity: school ? 'education' : rng.pick(['consulting', 'trade', 'services']),
      director: nominee,
      founders,
      address: officeAddress,
      registered,
      ...(layered ? { phone: organizer.phone } : {}),
    });
    net.org(shell, 'shell-inviter');
    const party = orgParty(shell);
    const flats = Array.from({ length: rng.int(1, 2) }, () => w.address(city));
    for (const flat of flats) net.address(flat, 'stay-address');
    const invitees = rng.int(6, 20);
    const start = plantedDay(w, 120);
    for (let k = 0; k < invitees; k++) {
      const f = channelMigrant(w, net);
      const issued = beforeEnd(start + rng.int(0, 150), 60);
      const entry = issued + rng.int(10, 40);
      const stay = rng.pick(flats);
      w.invitation({
        inviter: party,
        f,
        on: issued,
        purpose: school
          ? 'study'
          : rng.weighted<Purpose>([
              ['business', 5],
              ['work', 2],
              ['tourism', 1],
            ]),
        stay,
      });
      crossBorder(w, c, f, entry, 'entry');
      const days = rng.int(30, 90);
      if (rng.chance(0.6))
        w.registration({
          host: party,
          f,
          on: entry + rng.int(1, 7),
          days,
          channel: rng.pick(['vmp', 'berkut'] as const),
          address: stay,
        });
      if (rng.chance(0.3)) {
        const employer = orgParty(
          w.organization({
            name: firmName(w),
            activity: rng.pick(['trade', 'construction']),
            director: w.person({ city: pickCity(rng) }),
          }),
        );
        w.employment({
          employer,
          f,
          on: entry + rng.int(20, 120),
          source: 'inspection',
          site: w.address(city, false),
          permitNo: null,
        });
      }
      if (rng.chance(0.2))
        crossBorder(
          w,
          c,
          f,
          entry + rng.int(3, 20),
          'exit',
          rng.pick(['RUS', 'RUS', 'KGZ', 'UZB']),
        );
      migrantFate(w, f, entry + days, stay, 0.55);
    }
    if (rng.chance(0.5)) {
      w.violation({
        on: start + rng.int(60, 200),
        article: ARTICLE.listInviter,
        role: 'inviter',
        offender: party,
        penalty: 'fine',
      });
    }
  }
  return net;
}
