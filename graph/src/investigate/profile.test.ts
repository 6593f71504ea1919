import { describe, expect, it } from 'vitest';
import type { PlainNode } from './nodes.js';
import { linkedCountries } from './profile.js';

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

  it('skips empty and missing codes', () => {
    expect(linkedCountries([node(['Foreigner'], { id: 'F-2', citizenship: '' })])).toEqual([]);
  });
});
