import { describe, expect, it } from 'vitest';
import { memberLabel } from './member-label';

describe('memberLabel', () => {
  it('names a migrant’s passport country', () => {
    expect(
      memberLabel({
        kind: 'migrant',
        passportCountry: 'UZB',
        passportCountryName: 'Узбекистан',
        passportNo: 'AB1234567',
      }),
    ).toBe('Узбекистан AB1234567');
  });

  it('shows the code when the API gave no name', () => {
    expect(memberLabel({ kind: 'migrant', passportCountry: 'XXA', passportNo: '123' })).toBe(
      'XXA 123',
    );
  });

  it('labels other members by their identifier', () => {
    expect(memberLabel({ kind: 'person', iin: '900101300123' })).toBe('900101300123');
    expect(memberLabel({ kind: 'vehicle', plate: '123ABC02' })).toBe('123ABC02');
  });
});
