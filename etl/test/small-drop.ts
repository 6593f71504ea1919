import { FOREIGNER_COLUMNS, bin, iin, writeCsv } from './fixtures.js';

/** People and firms of the small drop, by role. */
export const SMALL = {
  host: iin('800101', 1),
  inviter: iin('750505', 2),
  director: iin('700707', 3),
  founder: iin('710101', 4),
  driver: iin('820202', 5),
  firm: bin('0903', 1),
  carrier: bin('1104', 2),
} as const;

const karimov = {
  passport_no: 'FA1234567',
  passport_country: 'UZB',
  citizenship: 'UZB',
  last_name_lat: 'KARIMOV',
  first_name_lat: 'BOBUR',
  birth_date: '1990-05-01',
  sex: 'M',
};

/**
 * A hand-made drop exercising every kind, every merge rule, a document conflict and one
 * reject per reason class. Expected outcomes are listed beside the rows that cause them.
 */
export function writeSmallDrop(dir: string): void {
  writeCsv(
    dir,
    'persons.csv',
    ['iin', 'last_name', 'first_name', 'birth_date', 'sex', 'address', 'phone', 'note'],
    [
      {
        iin: SMALL.host,
        last_name: 'Сейтқали',
        first_name: 'Әлібек',
        birth_date: '1980-01-01',
        sex: 'M',
        address: 'г. Алматы, ул. Абая, д. 10, кв. 5',
        phone: '8 701 111 22 33',
        note: 'vip',
      },
      {
        iin: SMALL.inviter,
        last_name: 'Иванова',
        first_name: 'Мария',
        address: 'Алматы қ., Абай көш., 10 үй, 5 пәт.',
      },
      { iin: SMALL.director, last_name: 'Омаров', first_name: 'Ерлан' },
      // line 5: rejected, bad control digit
      {
        iin: SMALL.founder.slice(0, 11) + String((Number(SMALL.founder[11]) + 1) % 10),
        last_name: 'Bad',
      },
    ],
  );
  writeCsv(
    dir,
    'organizations.csv',
    [
      'bin',
      'name',
      'legal_address_rka',
      'registered_on',
      'director_iin',
      'founder_iins',
      'activity',
    ],
    [
      {
        bin: SMALL.firm,
        name: 'ТОО «Құрылыс»',
        legal_address_rka: '0200000000000001',
        registered_on: '2009-03-01',
        director_iin: SMALL.director,
        founder_iins: `${SMALL.director};${SMALL.founder}`,
        activity: 'construction',
      },
      {
        bin: SMALL.carrier,
        name: 'ИП Тасымал',
        registered_on: '2011-04-02',
        activity: 'transport',
      },
    ],
  );
  const invitationColumns = [
    'invitation_id',
    'issued_on',
    'inviter_iin',
    'inviter_bin',
    'inviter_name',
    'inviter_phone',
    'purpose',
    'visa_type',
    'stay_address',
    ...FOREIGNER_COLUMNS,
  ];
  writeCsv(dir, 'invitations.csv', invitationColumns, [
    // line 2: creates foreigner UZB:FA1234567
    {
      invitation_id: 'INV-1',
      issued_on: '2025-01-10',
      inviter_iin: SMALL.inviter,
      inviter_phone: '+7 (701) 111-22-33',
      purpose: 'work',
      stay_address: 'г. Алматы, ул. Абая, д. 10, кв. 5',
      ...karimov,
    },
    // line 3: same passport, Cyrillic spelling → merge (same-document)
    {
      invitation_id: 'INV-2',
      issued_on: '2025-02-10',
      inviter_bin: SMALL.firm,
      purpose: 'work',
      ...karimov,
      last_name_lat: 'Каримов',
      first_name_lat: 'Бобур',
    },
    // line 4: reissued passport (other number, same name/birth/citizenship) → merge (reissued-document)
    {
      invitation_id: 'INV-3',
      issued_on: '2025-03-10',
      inviter_bin: SMALL.firm,
      purpose: 'work',
      ...karimov,
      passport_no: 'fb 765-4321',
    },
    // line 5: same passport, different birth date → conflict, new foreigner UZB:FA1234567~2
    {
      invitation_id: 'INV-4',
      issued_on: '2025-03-11',
      inviter_iin: SMALL.inviter,
      purpose: 'private',
      ...karimov,
      birth_date: '1985-12-31',
    },
    // line 6: rejected: both inviter_iin and inviter_bin
    {
      invitation_id: 'INV-5',
      issued_on: '2025-03-12',
      inviter_iin: SMALL.inviter,
      inviter_bin: SMALL.firm,
      purpose: 'work',
      ...karimov,
    },
    // line 7: rejected: unknown country
    {
      invitation_id: 'INV-6',
      issued_on: '2025-03-12',
      inviter_iin: SMALL.inviter,
      purpose: 'work',
      ...karimov,
      citizenship: 'UZZ',
    },
    // line 8: rejected: bad date
    {
      invitation_id: 'INV-7',
      issued_on: '2025-02-30',
      inviter_iin: SMALL.inviter,
      purpose: 'work',
      ...karimov,
    },
    // line 9: rejected: purpose not in the enumeration
    {
      invitation_id: 'INV-8',
      issued_on: '2025-03-12',
      inviter_iin: SMALL.inviter,
      purpose: 'fun',
      ...karimov,
    },
    // line 10: a second, unrelated foreigner (Nigeria), inviter seen only here (no register row)
    {
      invitation_id: 'INV-9',
      issued_on: '2025-03-13',
      inviter_iin: SMALL.driver,
      inviter_name: 'Ахметов Серік',
      purpose: 'study',
      passport_no: 'A00112233',
      passport_country: 'NGA',
      citizenship: 'NGA',
      last_name_lat: 'OKAFOR',
      first_name_lat: 'CHINEDU',
      birth_date: '2001-07-07',
      sex: 'M',
    },
  ]);
  writeCsv(
    dir,
    'registrations.csv',
    [
      'registration_id',
      'registered_on',
      'stay_until',
      'channel',
      'host_iin',
      'address',
      'address_rka',
      ...FOREIGNER_COLUMNS,
    ],
    [
      // spelling variant Khasanov-style: KARIMOV written KARIMOFF? no: a doubled letter → folded
      {
        registration_id: 'REG-1',
        registered_on: '2025-01-12',
        stay_until: '2025-04-12',
        channel: 'eqonaq',
        host_iin: SMALL.host,
        address: 'Алматы қ., Абай көш., 10 үй, 5 пәт.',
        ...karimov,
        last_name_lat: 'KARIMMOV',
      },
      // line 3: rejected: address required
      {
        registration_id: 'REG-2',
        registered_on: '2025-01-12',
        channel: 'eqonaq',
        host_iin: SMALL.host,
        ...karimov,
      },
    ],
  );
  writeCsv(
    dir,
    'crossings.csv',
    [
      'crossing_id',
      'crossed_at',
      'direction',
      'checkpoint',
      'transport_mode',
      'vehicle_plate',
      'carrier_bin',
      'from_country',
      'to_country',
      ...FOREIGNER_COLUMNS,
    ],
    [
      {
        crossing_id: 'CR-1',
        crossed_at: '2025-01-09T08:30:00',
        direction: 'entry',
        checkpoint: 'Жибек Жолы',
        transport_mode: 'road',
        vehicle_plate: '123 abc-02',
        carrier_bin: SMALL.carrier,
        from_country: 'UZB',
        to_country: 'KAZ',
        ...karimov,
      },
      // line 3: rejected: bad date-time
      { crossing_id: 'CR-2', crossed_at: '2025-01-09 25:00', direction: 'entry', ...karimov },
    ],
  );
  writeCsv(
    dir,
    'trips.csv',
    [
      'trip_id',
      'departed_on',
      'route_from',
      'route_to',
      'vehicle_plate',
      'carrier_bin',
      'driver_iin',
      ...FOREIGNER_COLUMNS,
    ],
    [
      {
        trip_id: 'TR-1',
        departed_on: '2025-01-09',
        route_from: 'Шымкент',
        route_to: 'Алматы',
        vehicle_plate: '123ABC02',
        carrier_bin: SMALL.carrier,
        driver_iin: SMALL.driver,
        ...karimov,
      },
    ],
  );
  writeCsv(
    dir,
    'employment.csv',
    [
      'record_id',
      'observed_on',
      'source',
      'employer_bin',
      'site_address',
      'permit_no',
      ...FOREIGNER_COLUMNS,
    ],
    [
      {
        record_id: 'EMP-1',
        observed_on: '2025-02-01',
        source: 'inspection',
        employer_bin: SMALL.firm,
        site_address: 'Алматы, мкр. Самал-2, д. 7',
        ...karimov,
      },
    ],
  );
  writeCsv(
    dir,
    'residence_petitions.csv',
    ['petition_id', 'filed_on', 'petitioner_iin', 'address', 'outcome', ...FOREIGNER_COLUMNS],
    [
      {
        petition_id: 'PET-1',
        filed_on: '2025-02-15',
        petitioner_iin: SMALL.host,
        address: 'г. Алматы, ул. Абая, д. 10, кв. 5',
        outcome: 'pending',
        ...karimov,
      },
    ],
  );
  writeCsv(
    dir,
    'violations.csv',
    [
      'protocol_id',
      'committed_on',
      'article',
      'offender_role',
      'offender_iin',
      'address',
      'penalty',
      ...FOREIGNER_COLUMNS,
    ],
    [
      {
        protocol_id: 'V-1',
        committed_on: '2025-03-01',
        article: '518-1',
        offender_role: 'host',
        offender_iin: SMALL.host,
        address: 'г. Алматы, ул. Абая, д. 10, кв. 5',
        penalty: 'fine',
      },
      {
        protocol_id: 'V-2',
        committed_on: '2025-03-01',
        article: '517-1',
        offender_role: 'foreigner',
        penalty: 'expulsion',
        ...karimov,
      },
      // line 4: rejected: offender party missing for a host offence
      {
        protocol_id: 'V-3',
        committed_on: '2025-03-02',
        article: '518-1',
        offender_role: 'host',
        penalty: 'fine',
      },
    ],
  );
}
