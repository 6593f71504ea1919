import type { Messages } from './index.js';

export const en: Messages = {
  locale: 'en-GB',
  title: 'Case-lead brief: illegal migration channel',
  confidential:
    'Official use only. Confidential; to be used only for the stated purpose (KZ–BY agreement 2019, arts. 6 and 11).',
  meta: {
    network: 'Network',
    rank: 'Rank',
    score: 'Score',
    purpose: 'Case / purpose',
    preparedBy: 'Prepared by',
    generatedAt: 'Generated',
    period: 'Active period',
    run: 'Detection run',
  },
  sections: {
    summary: '1. Summary',
    picture: '2. Network picture',
    organizers: '3. Likely organizers',
    members: '4. Members by role',
    evidence: '5. Pattern evidence',
    timeline: '6. Timeline',
    qualification: '7. Preliminary legal assessment',
    nextSteps: '8. Recommended next steps',
  },
  summary: {
    members: '{n, plural, one {member} other {members}}',
    parties: '{n, plural, one {person or firm} other {people and firms}}',
    migrants: '{n, plural, one {foreigner} other {foreigners}}',
    addresses: '{n, plural, one {address} other {addresses}}',
    vehicles: '{n, plural, one {vehicle} other {vehicles}}',
    events: '{n, plural, one {event} other {events}}',
    reasons: 'Why this network was flagged',
  },
  columns: {
    rank: '#',
    name: 'Name',
    identifier: 'Identifier',
    role: 'Role',
    reasons: 'Reasons',
    date: 'Date',
    event: 'Event',
    participants: 'Participants',
    source: 'Source',
  },
  ids: { iin: 'IIN', bin: 'BIN' },
  kinds: {
    person: 'Person',
    organization: 'Organisation',
    foreigner: 'Foreigner',
    document: 'Document',
    address: 'Address',
    phone: 'Phone',
    vehicle: 'Vehicle',
    invitation: 'Invitation',
    registration: 'Registration',
    crossing: 'Border crossing',
    trip: 'Trip',
    employment: 'Employment',
    petition: 'Residence petition',
    violation: 'Administrative offence',
  },
  roles: {
    organizer: 'organizer',
    inviter: 'inviter',
    host: 'host',
    petitioner: 'petitioner',
    employer: 'employer',
    carrier: 'carrier',
    driver: 'driver',
    offender: 'offender',
    director: 'director or founder',
    associate: 'associate',
    migrant: 'migrant',
    vehicle: 'vehicle',
    phone: 'phone',
    document: 'document',
    residence: 'residence',
    'registration address': 'registration address',
    'stay address': 'stay address',
    'work site': 'work site',
    'petition address': 'petition address',
    'offence address': 'offence address',
    foreigner: 'foreigner',
    at: 'address',
  },
  values: {
    purpose: {
      work: 'work',
      business: 'business',
      private: 'private',
      study: 'study',
      tourism: 'tourism',
      medical: 'medical',
      transit: 'transit',
      other: 'other',
    },
    channel: {
      berkut: 'Berkut',
      vmp: 'VMP',
      eqonaq: 'e-Qonaq',
      office: 'office',
      border: 'at the border',
      email: 'e-mail',
      portal: 'portal',
    },
    direction: {
      entry: 'entry',
      exit: 'exit',
    },
    transportMode: {
      air: 'air',
      rail: 'rail',
      road: 'road',
      foot: 'on foot',
    },
    source: {
      permit: 'permit register',
      inspection: 'inspection',
    },
    outcome: {
      granted: 'granted',
      refused: 'refused',
      pending: 'pending',
    },
    offenderRole: {
      foreigner: 'foreigner',
      host: 'host',
      inviter: 'inviter',
      employer: 'employer',
      carrier: 'carrier',
    },
    penalty: {
      fine: 'fine',
      warning: 'warning',
      expulsion: 'expulsion',
    },
  },
  picture: {
    caption:
      '{nodes, plural, one {# member} other {# members}}, {edges, plural, one {# link} other {# links}}. Colour and shape show the kind; likely organizers are ringed; line width shows the number of records.',
    organizer: 'likely organizer',
    truncated:
      'Links drawn from the first {shown, plural, one {# event} other {# events}} of {total}.',
  },
  evidence: {
    legal: 'Legal basis',
    hits: '{n, plural, one {# hit} other {# hits}}',
    none: 'No pattern evidence recorded.',
  },
  timeline: {
    shown:
      'Showing {shown, plural, one {# event} other {# events}} of {total}; the full timeline is in the system.',
    empty: 'No events found.',
  },
  none: '—',
  more: '… and {n} more',
  art394: {
    heading: 'Article 394 of the Criminal Code of Kazakhstan, "Organisation of illegal migration"',
    parts: [
      {
        title: 'Part 1',
        text: 'Organising the illegal entry, stay, transit or exit of foreigners and stateless persons: providing vehicles, forged documents, housing or other premises, or other services (MVD Rules No. 195 of 14.03.2025).',
        penalty: 'Sanction within Part 1 of Art. 394 as in force.',
      },
      {
        title: 'Part 2',
        text: 'The same acts committed repeatedly or by a group of persons by prior conspiracy.',
        penalty: 'Imprisonment for up to 7 years (as amended, in force from 17.09.2025).',
      },
      {
        title: 'Part 3',
        text: 'The acts of Part 1 or 2 committed by a criminal group.',
        penalty: 'Imprisonment for up to 10 years (as amended, in force from 17.09.2025).',
      },
    ],
    assessment: 'Indications in the platform data',
    grounds: {
      part1: 'Part 1 — the network provides services to foreigners: {roles}.',
      part2Group:
        'Part 2 — {n, plural, one {# person or firm acts} other {# people and firms act}} together with divided roles.',
      part2Repeated:
        'Part 2 — repeatedly: services to {n, plural, one {# foreigner} other {# foreigners}} over {days, plural, one {# day} other {# days}}.',
      part3:
        'Part 3 — stable structure with divided roles ({roles, plural, one {# role} other {# roles}}, {n, plural, one {# party} other {# parties}}, {days, plural, one {# day} other {# days}}): examine the signs of a criminal group.',
      transnational:
        'Border crossings involving the network ({n}): if transnational, examine the signs of Art. 264.',
    },
    disclaimer:
      'Preliminary, generated automatically from register data; the qualification of the acts is for the criminal-prosecution body to decide.',
  },
  steps: {
    generic: [
      'Identify the likely organizers and their connections; check them in the ИС МП, ЕИС «Беркут» and e-Qonaq records.',
      "Trace the money of the organizers and the network's firms for signs of laundering of criminal proceeds (Rules No. 195, § 9).",
      'Take the lead into work on time (order No. 742: acknowledge within a day, decide within two working days) and notify the services concerned.',
    ],
    byPattern: {
      'rubber-address':
        'Inspect the mass-registration addresses with the migration service; question owners and residents (Art. 518 of the Administrative Code).',
      'frequent-inviter':
        'Request from the migration service every invitation by these people and firms, and the departures and offences of the invitees.',
      'shared-contact':
        'Identify the users of the shared phones (requests to operators in the prescribed manner).',
      'shared-document':
        'Check documents used by different people in АИС «БИЛ» (biometrics) and ЕИС «Беркут».',
      'transit-corridor':
        'Request routes and crossings from the border service and transport police; check transit to third countries.',
      'carrier-violators':
        "Check the network's carriers and vehicles: waybills, drivers, routes (transport police).",
      'director-links':
        "Obtain the registration files of the network's firms; check for nominee management.",
      'invitee-violations':
        'Match the invitations with protocols under Arts. 517 and 519 of the Administrative Code; question invited foreigners as witnesses.',
      'repeat-petitioner': 'Request the residence-petition files; verify their grounds.',
      'unpermitted-employment':
        'Inspect the work sites without permits; if repeated, signs of Art. 395.',
    },
  },
  footer: { label: 'Official use only', page: 'page', of: 'of' },
};
