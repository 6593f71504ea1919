import { describe, expect, it } from 'vitest';
import { countryNamesOf, readableSubtitle } from './subtitle';

describe('readableSubtitle', () => {
  const countries = countryNamesOf([
    { label: 'citizenship', value: 'Афганистан', code: 'AFG' },
    { label: 'sex', value: 'M' },
  ]);

  it('names the citizenship and writes the birth date in the app’s notation', () => {
    expect(readableSubtitle('AFG · 1996-10-16 · АХМАДИ ФАРИД', countries, 'ru')).toBe(
      'Афганистан · 16.10.1996 · АХМАДИ ФАРИД',
    );
    expect(readableSubtitle('850101300123 · 1985-01-01', countries, 'en')).toBe(
      '850101300123 · 01/01/1985',
    );
  });

  it('leaves a code the API did not name, and free text, as they came', () => {
    expect(readableSubtitle('XXA · 2001-02-03', countries, 'kk')).toBe('XXA · 03.02.2001');
    expect(readableSubtitle('111140000123 · construction', countries, 'ru')).toBe(
      '111140000123 · construction',
    );
  });

  it('takes only named codes', () => {
    expect([...countryNamesOf([{ label: 'sex', value: 'F' }])]).toEqual([]);
  });
});
