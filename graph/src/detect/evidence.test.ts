import { describe, expect, it } from 'vitest';
import { distinctItems, evidenceLine, patternHitsIn } from './evidence.js';
import { getPattern } from './patterns.js';

const transit = getPattern('transit-corridor').evidence;
const crossing = { entry: 'crossings.csv:12', exit: 'crossings.csv:40', country: 'RUS' };

describe('evidence lines', () => {
  it('print an item in the reader’s language, the country as a word', () => {
    expect(evidenceLine(transit, crossing, 'ru')).toBe(
      'crossings.csv:12 въезд; crossings.csv:40 выезд в третью страну: Россия',
    );
    expect(evidenceLine(transit, crossing, 'kk')).toBe(
      'crossings.csv:12 кіру; crossings.csv:40 үшінші елге шығу: Ресей',
    );
    expect(evidenceLine(transit, crossing, 'en')).toBe(
      'crossings.csv:12 entry; crossings.csv:40 exit to a third country: Russia',
    );
  });

  it('print dates in the reader’s notation and kinds through their select', () => {
    const templates = getPattern('invitee-violations').evidence;
    const overstay = { src: 'trips.csv:9', kind: 'overstay', stayEndDate: '2025-03-01' };
    expect(evidenceLine(templates, overstay, 'ru')).toBe(
      'trips.csv:9 после окончания срока 01.03.2025',
    );
    expect(evidenceLine(templates, overstay, 'kk')).toBe(
      'trips.csv:9 болу мерзімі 01.03.2025 аяқталғаннан кейін',
    );
    expect(evidenceLine(templates, overstay, 'en')).toBe(
      'trips.csv:9 after the stay ended on 01/03/2025',
    );
    const violation = { src: 'violations.csv:3', kind: 'violation', article: '517-1' };
    expect(evidenceLine(templates, violation, 'kk')).toBe('violations.csv:3 517-1-бап');
    expect(evidenceLine(templates, violation, 'en')).toBe('violations.csv:3 Art. 517-1');
  });

  it('name register links and petition outcomes in words', () => {
    const contact = getPattern('shared-contact').evidence;
    expect(evidenceLine(contact, { src: 'persons.csv:2', link: 'has_phone' }, 'en')).toBe(
      'persons.csv:2 phone',
    );
    expect(evidenceLine(contact, { src: 'persons.csv:3', link: 'legal_address' }, 'ru')).toBe(
      'persons.csv:3 юридический адрес',
    );
    const petitions = getPattern('repeat-petitioner').evidence;
    expect(evidenceLine(petitions, { src: 'p.csv:2', outcome: 'refused' }, 'kk')).toBe(
      'p.csv:2 өтініш: бас тартылды',
    );
    expect(evidenceLine(petitions, { src: 'p.csv:3', outcome: '' }, 'en')).toBe('p.csv:3 petition');
  });

  it('keep a code that is no ISO country as written', () => {
    expect(evidenceLine(transit, { ...crossing, country: 'XXA' }, 'en')).toMatch(/: XXA$/);
  });
});

describe('patternHitsIn', () => {
  it('prints stored items in the language asked for', () => {
    const stored = { id: 'transit-corridor', hits: 1, evidence: [crossing], templates: transit };
    expect(patternHitsIn(stored, 'en')).toEqual({
      id: 'transit-corridor',
      hits: 1,
      evidence: ['crossings.csv:12 entry; crossings.csv:40 exit to a third country: Russia'],
    });
  });

  it('gives the lines of a network persisted before evidence was data as they are', () => {
    const old = { id: 'rubber-address', hits: 2, evidence: ['r.csv:2 регистрация по адресу'] };
    expect(patternHitsIn(old, 'en')).toEqual(old);
  });
});

describe('distinctItems', () => {
  it('drops repeated items whatever their key order, keeping the first', () => {
    const a = { src: 'a.csv:1', country: 'AFG' };
    const b = { src: 'b.csv:2', country: 'AFG' };
    expect(distinctItems([a, b, { country: 'AFG', src: 'a.csv:1' }])).toEqual([a, b]);
  });
});
