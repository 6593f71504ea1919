import { describe, expect, it } from 'vitest';
import type { Fact } from './facts.js';
import type { PlainNode } from './nodes.js';
import { linkedCountries } from './linked-countries.js';

const node = (labels: string[], properties: Record<string, unknown>): PlainNode => ({
  elementId: '',
  labels,
  properties,
});

describe('linkedCountries', () => {
  it('takes the citizenships of foreigners and the countries of documents, each code once', () => {
    expect(
      linkedCountries([
        node(['Foreigner'], { id: 'F-1', citizenship: 'UZB', birthDate: '1990-01-01' }),
        node(['Document'], { key: 'UZB:AA1', country: 'UZB', number: 'AA1' }),
        node(['Document'], { key: 'TJK:B2', country: 'TJK', number: 'B2' }),
        node(['Person'], { iin: '850101300123', birthDate: '1985-01-01' }),
      ]),
    ).toEqual([
      { property: 'citizenship', code: 'UZB' },
      { property: 'country', code: 'TJK' },
    ]);
  });

  it('takes the countries of documents taking part in the events from their references', () => {
    const fact: Fact = {
      ref: 'registration:R-1',
      kind: 'registration',
      date: '2025-05-23',
      properties: {},
      source: { file: 'registrations.csv', line: 2, loadId: 'load-fx' },
      participants: [
        {
          ref: 'document:TJK:B2',
          kind: 'document',
          label: 'TJK B2',
          subtitle: null,
          role: 'document',
        },
        {
          ref: 'person:850101300123',
          kind: 'person',
          label: 'Абенов',
          subtitle: null,
          role: 'host',
        },
      ],
    };
    expect(
      linkedCountries([node(['Foreigner'], { id: 'F-1', citizenship: 'UZB' })], [fact]),
    ).toEqual([
      { property: 'citizenship', code: 'UZB' },
      { property: 'country', code: 'TJK' },
    ]);
  });

  it('skips empty and missing codes', () => {
    expect(linkedCountries([node(['Foreigner'], { id: 'F-2', citizenship: '' })])).toEqual([]);
  });
});
