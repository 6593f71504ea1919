import { PERIOD } from './dates.js';
import { ARTICLE } from './articles.js';
import { kazakhToLatin } from './foreign-names.js';
import { crossBorder, travel, type Carriers } from './journeys.js';
import { cityByName, CITIES, pickCity, type City } from './places.js';
import { kazakhSurnames } from './citizen-names.js';
import { arrivalDay, maybeOffend, visit, VISA_FREE } from './stays.js';
import { asParty, orgParty, type Person, type Purpose, type World } from './world.js';

/**
 * The legitimate country: ordinary inviters, hotels, universities, big employers with
 * permits, large families, shuttle traders and air transit passengers, and the register
 * population that never meets a foreigner. Violations happen here too, at a realistic rate,
 * so that a violation alone does not point at a channel.
 */

const ORDINARY_COUNTRIES: readonly (readonly [string, number])[] = [
  ['UZB', 14],
  ['RUS', 12],
  ['KGZ', 8],
  ['TJK', 6],
  ['CHN', 8],
  ['TUR', 7],
  ['AZE', 3],
  ['KOR', 3],
  ['DEU', 3],
  ['USA', 2],
  ['IND', 3],
  ['PAK', 1],
  ['AFG', 1],
  ['IRN', 2],
  ['MNG', 2],
  ['BLR', 2],
  ['ARM', 2],
  ['GEO', 1],
  ['NGA', 0.5],
  ['VNM', 1],
  ['BGD', 0.5],
  ['TKM', 2],
];

/** People inviting one to three friends, relatives or partners, registering them at home. */
export function ordinaryInviters(w: World, c: Carriers, n: number): void {
  const rng = w.rng;
  for (let i = 0; i < n; i++) {
    const inviter = w.person();
    const party = asParty(inviter);
    // A few busy people (traders, doctors, pastors) invite more than a nominee would.
    const guests = rng.weighted([
      [1, 6],
      [2, 3],
      [3, 1],
      [5, 0.2],
      [8, 0.1],
    ] as const);
    for (let g = 0; g < guests; g++) {
      // Rarely a clerk types someone else's passport number: a conflict outside any channel.
      const donor = rng.chance(0.004) ? w.takePassportDonor() : null;
      const f = donor
        ? w.forgedHolder(donor)
        : w.foreigner(rng.weighted(ORDINARY_COUNTRIES), { stateless: rng.chance(0.01) });
      const entry = arrivalDay(w);
      const purpose = rng.weighted<Purpose>([
        ['private', 6],
        ['business', 3],
        ['medical', 1],
        ['tourism', 1],
        ['other', 0.3],
      ]);
      const days = rng.int(7, 60);
      if (!VISA_FREE.has(f.country.code) || rng.chance(0.45)) {
        w.invitation({
          inviter: party,
          f,
          on: entry - rng.int(10, 40),
          purpose,
          stay: inviter.address,
        });
      }
      visit(w, c, f, entry, days, (exit) => {
        w.registration({
          host: party,
          f,
          on: entry + rng.int(0, 3),
          days,
          channel: rng.pick(['eqonaq', 'vmp', 'vmp', 'office'] as const),
          address: inviter.address,
        });
        if (rng.chance(0.2))
          travel(w, c, f, entry + rng.int(1, Math.max(1, days - 1)), inviter.address.city);
        maybeOffend(w, f, exit, 0.06, inviter.address);
      });
      if (rng.chance(0.03)) {
        w.violation({
          on: entry + rng.int(5, 30),
          article: ARTICLE.hostNotice,
          role: 'host',
          offender: party,
          f,
          address: inviter.address,
          penalty: 'warning',
        });
      }
      if (rng.chance(0.05)) w.passportDonors.push(f);
    }
  }
}

const HOTEL_NAMES = [
  'Гостиница «Казжол»',
  'Отель «Алтын Орда»',
  'Rixos Almaty',
  'Hotel Astana Plaza',
  'Отель «Шымкент Палас»',
  'Хостел «Жібек жолы»',
  'Гостиница «Достық»',
  'Hotel Saryarka',
  'Хостел «Nomad»',
  'Отель «Тұран»',
  'Гостиница «Ақ Орда»',
  'Hotel Ramada Aktau',
  'Отель «Есіл»',
  'Хостел «Keruen»',
  'Гостиница «Іле»',
];
const TOURIST_COUNTRIES: readonly (readonly [string, number])[] = [
  ['CHN', 10],
  ['TUR', 8],
  ['KOR', 6],
  ['DEU', 5],
  ['USA', 4],
  ['RUS', 8],
  ['IND', 6],
  ['UZB', 6],
  ['KGZ', 4],
  ['IRN', 3],
  ['AZE', 2],
  ['GEO', 2],
  ['VNM', 1],
  ['PAK', 1],
  ['NGA', 0.5],
  ['MNG', 2],
];

/** Hotels and hostels registering tourists through e-Qonaq. */
export function hotels(w: World, c: Carriers, n: number, guestsEach: number): void {
  const rng = w.rng;
  for (let i = 0; i < n; i++) {
    const city = rng.weighted<City>([
      [cityByName('Алматы'), 5],
      [cityByName('Астана'), 4],
      [cityByName('Шымкент'), 2],
      [rng.pick(CITIES), 2],
    ]);
    const hostel = rng.chance(0.3);
    const base = HOTEL_NAMES[i % HOTEL_NAMES.length] ?? 'Гостиница';
    const name = `ТОО «${base.replace(/[«»]/g, '')}${i >= HOTEL_NAMES.length ? ` ${i}` : ''}»`;
    const address = w.address(city, false);
    const org = w.organization({
      name,
      activity: hostel ? 'hostel' : 'hotel',
      director: w.person({ city }),
      address,
    });
    const hotel = orgParty(org);
    w.hub('hotel', hotel);
    const tourOperator = w.organization({
      name: `ТОО «${rng.pick(['Silk Way', 'Kazakh Tourism Service', 'Nomad Travel', 'Jibek Tour'])} ${i + 1}»`,
      activity: 'tourism',
      director: w.person({ city }),
    });
    const guests = rng.around(guestsEach, 0.4, 5);
    for (let g = 0; g < guests; g++) {
      const f = w.foreigner(rng.weighted(TOURIST_COUNTRIES), { minAge: 20, maxAge: 70 });
      const entry = arrivalDay(w, 20);
      const days = rng.int(2, 12);
      if (!VISA_FREE.has(f.country.code) && rng.chance(0.6)) {
        w.invitation({
          inviter: orgParty(tourOperator),
          f,
          on: entry - rng.int(7, 30),
          purpose: 'tourism',
          stay: address,
        });
      }
      visit(w, c, f, entry, days, (exit) => {
        // Some guests are registered at the border with their migration card, the rest by the hotel.
        const atBorder = rng.chance(0.15);
        w.registration({
          host: atBorder ? null : hotel,
          f,
          on: entry,
          days,
          channel: atBorder ? 'border' : 'eqonaq',
          address,
        });
        if (rng.chance(0.15)) travel(w, c, f, entry + 1, city);
        maybeOffend(w, f, exit, 0.03, address);
      });
    }
    if (rng.chance(0.3)) {
      w.violation({
        on: arrivalDay(w),
        article: ARTICLE.hostNotice,
        role: 'host',
        offender: hotel,
        address,
        penalty: 'fine',
      });
    }
  }
}

const UNIVERSITIES: readonly (readonly [string, string])[] = [
  ['НАО «Казахский национальный медицинский университет им. С.Д. Асфендиярова»', 'Алматы'],
  ['АО «Южно-Казахстанская медицинская академия»', 'Шымкент'],
  ['НАО «Медицинский университет Караганды»', 'Караганда'],
  ['НАО «Западно-Казахстанский медицинский университет им. М. Оспанова»', 'Актобе'],
  ['НАО «Медицинский университет Семей»', 'Усть-Каменогорск'],
  ['НАО «Казахский национальный университет им. аль-Фараби»', 'Алматы'],
  ['НАО «Евразийский национальный университет им. Л.Н. Гумилева»', 'Астана'],
  ['Международный казахско-турецкий университет им. Х.А. Ясави', 'Туркестан'],
];
const STUDENT_COUNTRIES: readonly (readonly [string, number])[] = [
  ['IND', 30],
  ['PAK', 22],
  ['AFG', 8],
  ['NGA', 5],
  ['BGD', 4],
  ['NPL', 3],
  ['CHN', 5],
  ['TKM', 6],
  ['UZB', 5],
  ['MNG', 3],
  ['TUR', 3],
  ['KGZ', 3],
  ['LKA', 1],
  ['SOM', 1],
];

/** Universities inviting hundreds of students (many from risk countries), all at dormitories. */
export function universities(w: World, c: Carriers, n: number, studentsEach: number): void {
  const rng = w.rng;
  for (let i = 0; i < n; i++) {
    const [name, cityName] = UNIVERSITIES[i % UNIVERSITIES.length] ?? [
      'НАО «Университет»',
      'Алматы',
    ];
    const city = cityByName(cityName);
    const org = w.organization({
      name: i >= UNIVERSITIES.length ? `${name} (филиал ${i})` : name,
      activity: rng.chance(0.7) ? 'education' : 'university',
      director: w.person({ city, minAge: 45 }),
      address: w.address(city, false),
    });
    const univ = orgParty(org);
    w.hub('university', univ);
    const dorms = Array.from({ length: rng.int(1, 3) }, () => w.address(city, false));
    const students = rng.around(studentsEach, 0.35, 10);
    for (let s = 0; s < students; s++) {
      const f = w.foreigner(rng.weighted(STUDENT_COUNTRIES), { minAge: 17, maxAge: 26 });
      const dorm = rng.pick(dorms);
      const entry = rng.pick([0, 1]) * 365 + PERIOD.start + rng.int(220, 260);
      if (entry > PERIOD.end - 10) continue;
      w.invitation({ inviter: univ, f, on: entry - rng.int(20, 60), purpose: 'study', stay: dorm });
      crossBorder(w, c, f, entry, 'entry');
      w.registration({
        host: univ,
        f,
        on: entry + rng.int(1, 10),
        days: 365,
        channel: rng.pick(['office', 'vmp'] as const),
        address: dorm,
      });
      if (rng.chance(0.7)) {
        w.petition({
          petitioner: univ,
          f,
          on: entry + rng.int(20, 90),
          address: dorm,
          outcome: rng.weighted([
            ['granted', 17],
            ['pending', 2],
            ['refused', 1],
          ] as const),
        });
      }
      const summer = entry + rng.int(270, 300);
      if (summer < PERIOD.end && rng.chance(0.6)) {
        crossBorder(w, c, f, summer, 'exit');
        const back = summer + rng.int(50, 70);
        if (back < PERIOD.end) {
          crossBorder(w, c, f, back, 'entry');
          w.registration({
            host: univ,
            f,
            on: back + rng.int(1, 5),
            days: 365,
            channel: 'vmp',
            address: dorm,
          });
        }
      }
      if (rng.chance(0.25)) travel(w, c, f, entry + rng.int(30, 200), city);
      maybeOffend(w, f, entry + rng.int(30, 300), 0.05, dorm);
    }
  }
}

const EMPLOYERS = [
  'ТОО «Құрылыс Холдинг KZ»',
  'ТОО «Sembol Construction Kazakhstan»',
  'ТОО «China Gezhouba Group KZ»',
  'ТОО «Базис Строй Инвест»',
  'ТОО «Енбек Құрылыс»',
  'ТОО «Astana Nurly Build»',
  'ТОО «Alarko KZ»',
];
const WORKER_COUNTRIES: readonly (readonly [string, number])[] = [
  ['UZB', 35],
  ['TJK', 18],
  ['CHN', 15],
  ['TUR', 14],
  ['KGZ', 8],
  ['IND', 4],
  ['AZE', 3],
  ['PAK', 2],
  ['VNM', 1],
];

/** Big construction firms employing hundreds of foreigners, every one with a permit. */
export function bigEmployers(w: World, c: Carriers, n: number, workersEach: number): void {
  const rng = w.rng;
  for (let i = 0; i < n; i++) {
    const city = rng.weighted<City>([
      [cityByName('Астана'), 4],
      [cityByName('Алматы'), 3],
      [cityByName('Атырау'), 2],
      [cityByName('Шымкент'), 2],
    ]);
    const org = w.organization({
      name: `${EMPLOYERS[i % EMPLOYERS.length] ?? 'ТОО «Строй»'}${i >= EMPLOYERS.length ? ` ${i}` : ''}`,
      activity: 'construction',
      director: w.person({ city, minAge: 35 }),
      address: w.address(city, false),
    });
    const employer = orgParty(org);
    w.hub('employer', employer);
    const sites = Array.from({ length: rng.int(2, 4) }, () => w.address(city, false));
    w.constructionSites.push(...sites);
    const dorms = Array.from({ length: rng.int(1, 2) }, () => w.address(city, false));
    const plates = Array.from({ length: 3 }, () => w.plate(city.plateRegion));
    const drivers = plates.map(() => w.person({ city, sex: 'M', minAge: 25 }));
    const workers = rng.around(workersEach, 0.35, 10);
    for (let k = 0; k < workers; k++) {
      const f = w.foreigner(rng.weighted(WORKER_COUNTRIES), {
        sex: rng.chance(0.95) ? 'M' : 'F',
        minAge: 20,
        maxAge: 55,
      });
      const entry = arrivalDay(w, 60);
      const days = rng.int(90, 360);
      const dorm = rng.pick(dorms);
      const site = rng.pick(sites);
      const permitNo = w.permitNo(entry, city.plateRegion);
      if (!VISA_FREE.has(f.country.code) || rng.chance(0.4)) {
        w.invitation({
          inviter: employer,
          f,
          on: entry - rng.int(15, 60),
          purpose: 'work',
          stay: dorm,
        });
      }
      visit(w, c, f, entry, days, (exit) => {
        w.registration({
          host: employer,
          f,
          on: entry + rng.int(0, 3),
          days,
          channel: rng.pick(['vmp', 'office'] as const),
          address: dorm,
        });
        w.employment({ employer, f, on: entry + rng.int(3, 20), source: 'permit', site, permitNo });
        const inspections = rng.weighted([
          [0, 5],
          [1, 4],
          [2, 1],
        ] as const);
        for (let j = 0; j < inspections; j++) {
          w.employment({
            employer,
            f,
            on: entry + rng.int(20, days),
            source: 'inspection',
            site: rng.pick(sites),
            permitNo,
          });
        }
        if (rng.chance(0.3)) {
          const p = rng.int(0, plates.length - 1);
          w.trip({
            f,
            on: entry + rng.int(1, days),
            from: city,
            to: rng.pick(CITIES),
            plate: plates[p] ?? null,
            carrier: employer,
            driver: drivers[p] ?? null,
          });
        }
        if (rng.chance(0.15))
          w.petition({
            petitioner: employer,
            f,
            on: entry + rng.int(30, 90),
            address: dorm,
            outcome: 'granted',
          });
        maybeOffend(w, f, exit, 0.03, site);
      });
    }
  }
}

/** Small firms with a few permitted workers; some are caught with an unpermitted one. */
export function smallEmployers(w: World, c: Carriers, n: number): void {
  const rng = w.rng;
  for (let i = 0; i < n; i++) {
    const director = w.person();
    const city = director.address.city;
    const activity = rng.pick([
      'construction',
      'trade',
      'agriculture',
      'catering',
      'manufacturing',
    ]);
    const org = w.organization({
      name: firmName(w),
      activity,
      director,
      address: w.address(city, false),
    });
    const employer = orgParty(org);
    const site = rng.chance(0.5) ? org.address : w.address(city, false);
    const workers = rng.int(1, 6);
    for (let k = 0; k < workers; k++) {
      const f = w.foreigner(rng.weighted(WORKER_COUNTRIES), { minAge: 20 });
      const entry = arrivalDay(w, 60);
      const days = rng.int(60, 300);
      const permitted = rng.chance(0.88);
      const host = rng.chance(0.5) ? employer : asParty(w.person({ city }));
      const home = host.kind === 'person' ? host.person.address : w.address(city);
      if (!VISA_FREE.has(f.country.code)) {
        w.invitation({
          inviter: employer,
          f,
          on: entry - rng.int(15, 45),
          purpose: permitted ? 'work' : 'business',
          stay: home,
        });
      }
      visit(w, c, f, entry, days, (exit) => {
        w.registration({
          host,
          f,
          on: entry + rng.int(0, 5),
          days,
          channel: rng.pick(['vmp', 'eqonaq', 'office'] as const),
          address: home,
        });
        if (permitted)
          w.employment({
            employer,
            f,
            on: entry + rng.int(5, 30),
            source: 'permit',
            site,
            permitNo: w.permitNo(entry, city.plateRegion),
          });
        else {
          const on = entry + rng.int(20, days);
          w.employment({ employer, f, on, source: 'inspection', site, permitNo: null });
          w.violation({
            on,
            article: ARTICLE.foreignerWork,
            role: 'foreigner',
            f,
            address: site,
            penalty: rng.pick(['fine', 'expulsion'] as const),
            duty: true,
          });
          w.violation({
            on,
            article: ARTICLE.listEmployer,
            role: 'employer',
            offender: employer,
            address: site,
            penalty: 'fine',
          });
        }
        maybeOffend(w, f, exit, 0.03, site);
      });
    }
  }
}

const RELATIVE_COUNTRIES: readonly (readonly [string, number])[] = [
  ['UZB', 6],
  ['CHN', 4],
  ['MNG', 3],
  ['TKM', 2],
  ['RUS', 3],
  ['KGZ', 1],
  ['AFG', 0.5],
  ['IRN', 0.5],
];

/** Large families: a citizen hosting many relatives (mostly ethnic Kazakhs from abroad). */
export function largeFamilies(w: World, c: Carriers, n: number): void {
  const rng = w.rng;
  for (let i = 0; i < n; i++) {
    const surname = rng.pick(kazakhSurnames());
    const host = w.person({ surname, minAge: 40 });
    const party = asParty(host);
    w.hub('family', party);
    const home = host.address;
    const spouse = w.person({
      address: home,
      surname,
      sex: host.sex === 'M' ? 'F' : 'M',
      minAge: 38,
    });
    const country = rng.weighted(RELATIVE_COUNTRIES);
    const relatives = rng.int(4, 10);
    const lastLat = kazakhToLatin(surname);
    for (let r = 0; r < relatives; r++) {
      const f = w.foreigner(
        country,
        rng.chance(0.7) ? { lastLat, minAge: 5, maxAge: 75 } : { minAge: 5, maxAge: 75 },
      );
      const entry = arrivalDay(w, 30);
      const days = rng.int(30, 180);
      const inviter = rng.chance(0.8) ? party : asParty(spouse);
      if (!VISA_FREE.has(f.country.code) || rng.chance(0.5)) {
        w.invitation({ inviter, f, on: entry - rng.int(10, 40), purpose: 'private', stay: home });
      }
      visit(w, c, f, entry, days, (exit) => {
        w.registration({
          host: inviter,
          f,
          on: entry + rng.int(0, 4),
          days,
          channel: rng.pick(['eqonaq', 'vmp'] as const),
          address: home,
        });
        if (rng.chance(0.4)) {
          w.petition({
            petitioner: inviter,
            f,
            on: entry + rng.int(20, 80),
            address: home,
            outcome: rng.weighted([
              ['granted', 6],
              ['pending', 3],
              ['refused', 1],
            ] as const),
          });
        }
        maybeOffend(w, f, exit, 0.04, home);
      });
    }
  }
}

/** Shuttle traders and visitors from neighbours by bus, and air transit passengers. */
export function travellers(w: World, c: Carriers, n: number): void {
  const rng = w.rng;
  for (let i = 0; i < n; i++) {
    if (rng.chance(0.15)) {
      // Air transit: in and out within a day or two to a third country (a confounder for corridors).
      const f = w.foreigner(rng.pick(['IND', 'PAK', 'CHN', 'KOR', 'TUR', 'VNM', 'BGD', 'NPL']));
      const entry = arrivalDay(w, 5);
      crossBorder(w, c, f, entry, 'entry');
      crossBorder(
        w,
        c,
        f,
        entry + rng.int(0, 2),
        'exit',
        rng.pick(['DEU', 'TUR', 'RUS', 'KOR', 'USA', 'GEO']),
      );
      continue;
    }
    const f = w.foreigner(
      rng.weighted([
        ['UZB', 5],
        ['KGZ', 5],
        ['TJK', 2],
        ['RUS', 3],
        ['CHN', 2],
      ] as const),
    );
    if (rng.chance(0.03)) w.passportDonors.push(f);
    const trips = rng.int(1, 3);
    let entry = arrivalDay(w, 20);
    let exit = entry;
    for (let t = 0; t < trips && entry < PERIOD.end - 5; t++) {
      const days = rng.int(1, 25);
      // A passport renewed between two visits: the later rows carry the new number.
      if (t === 1 && rng.chance(0.08)) w.reissuePassport(f, entry);
      exit = entry + days;
      visit(w, c, f, entry, days, () => {
        if (days > 5 && rng.chance(0.4)) {
          const host = w.person();
          w.registration({
            host: asParty(host),
            f,
            on: entry + 1,
            days,
            channel: 'eqonaq',
            address: host.address,
          });
        }
        if (rng.chance(0.2)) travel(w, c, f, entry + 1, pickCity(rng));
      });
      entry += days + rng.int(10, 90);
    }
    maybeOffend(w, f, exit, 0.03, null);
  }
}

/** Register population and firms that never meet a foreigner. */
export function population(w: World, persons: number, firms: number): void {
  const rng = w.rng;
  const people: Person[] = [];
  for (let i = 0; i < persons; i++) {
    const p = w.person();
    if (people.length < 200) people.push(p);
  }
  for (let i = 0; i < firms; i++) {
    const director = people.length > 0 && rng.chance(0.5) ? rng.pick(people) : w.person();
    w.organization({
      name: firmName(w),
      activity: rng.pick(['trade', 'services', 'construction', 'agriculture', 'it', 'consulting']),
      director,
    });
  }
}

const FIRM_WORDS = [
  'Азия',
  'Сапа',
  'Алтын',
  'Бірлік',
  'Даму',
  'Нұр',
  'Евразия',
  'Шығыс',
  'Керуен',
  'Жаңа',
  'Береке',
  'Ақ Жол',
  'Тау',
  'Болашақ',
  'Север',
  'Степь',
  'Глобал',
  'Орда',
  'Самұрық',
  'Тұлпар',
];
const FIRM_TAILS = [
  'Групп',
  'Трейд',
  'Строй',
  'Сервис',
  'Консалт',
  'Логистик',
  'Инвест',
  'Құрылыс',
  'KZ',
  'Plus',
];
const LEGAL_FORMS = ['ТОО «%»', 'ТОО "%"', '% ЖШС', 'ТОО «%»', 'АО «%»'];

export function firmName(w: World): string {
  const rng = w.rng;
  const base = `${rng.pick(FIRM_WORDS)} ${rng.pick(FIRM_TAILS)}`;
  return rng.pick(LEGAL_FORMS).replace('%', base);
}
