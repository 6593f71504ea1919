import { describe, expect, it } from 'vitest';
import { SUMMARY_PROPERTIES, summarize, summarizeValues, type PlainNode } from './nodes.js';
import { ENTITY_KINDS, type EntityKind } from './refs.js';

/** One node of each entity kind, with every property the loader writes (and some it does not). */
const NODES: Record<EntityKind, Record<string, unknown>> = {
  person: {
    iin: '850101300123',
    lastName: 'Абенов',
    firstName: 'Кайрат',
    middleName: 'Серикович',
    name: 'Абенов Кайрат Серикович',
    birthDate: '1985-01-01',
    sex: 'M',
    srcFile: 'persons.csv',
    srcLine: 2,
    loadId: 'load-fx',
    communityId: 4,
  },
  organization: {
    bin: '190240012345',
    name: 'ТОО «Жол Сервис»',
    activity: 'consulting',
    registeredOn: '2019-02-14',
  },
  foreigner: {
    id: 'BGD:EB9620126',
    lastNameLat: 'Miah',
    firstNameLat: 'Mohammad',
    lastName: 'Миах',
    firstName: 'Мохаммад',
    citizenship: 'BGD',
    birthDate: '2007-03-01',
    sex: 'M',
    names: ['MIAH MOHAMMAD'],
  },
  document: { key: 'AFG:P1234567', country: 'AFG', number: 'P1234567' },
  address: {
    key: 'rka:0201000000000015',
    rka: '0201000000000015',
    text: 'Алматы, ул. Абая 15',
    city: 'Алматы',
  },
  phone: { e164: '+77011234567' },
  vehicle: { plate: '123ABC02' },
};

const node = (kind: EntityKind, properties: Record<string, unknown>): PlainNode => ({
  elementId: 'x',
  labels: [ENTITY_KINDS[kind].label],
  properties,
});

describe('SUMMARY_PROPERTIES', () => {
  it('holds every property a summary reads', () => {
    for (const [kind, properties] of Object.entries(NODES) as [
      EntityKind,
      Record<string, unknown>,
    ][]) {
      const values = SUMMARY_PROPERTIES[kind].map((key) => properties[key] ?? null);
      expect(summarizeValues(ENTITY_KINDS[kind].label, values), kind).toEqual(
        summarize(node(kind, properties)),
      );
    }
  });

  it('gives the same summary when optional properties are missing', () => {
    const sparse = { id: 'F-1', lastName: 'Миах' };
    const values = SUMMARY_PROPERTIES.foreigner.map(
      (key) => (sparse as Record<string, unknown>)[key] ?? null,
    );
    expect(summarizeValues('Foreigner', values)).toEqual(summarize(node('foreigner', sparse)));
  });

  it('refuses a label outside the entity kinds', () => {
    expect(() => summarizeValues('Invitation', ['INV-1'])).toThrow(TypeError);
  });
});
