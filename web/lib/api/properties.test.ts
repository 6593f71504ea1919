import { describe, expect, it } from 'vitest';
import { propertiesOf } from './properties';

describe('propertiesOf', () => {
  it('shows an address by its text and РКА, not its normalised keys', () => {
    const address = {
      key: 'rka:3614650828378268',
      rka: '3614650828378268',
      text: 'г. Шымкент, ул. Сарыарка, д. 63, кв. 119',
      city: 'shimkent',
      textKeys: ['shimkent, ul sariark, 63, 119'],
      srcFile: 'registrations.csv',
    };
    expect(propertiesOf(address, []).map((fact) => fact.label)).toEqual(['rka', 'text']);
  });

  it('names a country, keeping its code, and joins lists', () => {
    expect(
      propertiesOf({ citizenship: 'AFG', names: ['A', 'B'], sex: '' }, [
        { property: 'citizenship', code: 'AFG', name: 'Афганистан' },
      ]),
    ).toEqual([
      { label: 'citizenship', value: 'Афганистан', code: 'AFG' },
      { label: 'names', value: 'A, B' },
    ]);
  });
});
