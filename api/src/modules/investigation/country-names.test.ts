import { describe, expect, it } from 'vitest';
import { countryNames } from './country-names.js';

describe('countryNames', () => {
  it('names the country codes of a record in the language asked for', () => {
    const crossing = { direction: 'exit', fromCountry: 'KAZ', toCountry: 'RUS', checkpoint: 'X' };
    expect(countryNames(crossing, 'ru')).toEqual([
      { property: 'fromCountry', code: 'KAZ', name: 'Казахстан' },
      { property: 'toCountry', code: 'RUS', name: 'Россия' },
    ]);
    expect(countryNames({ citizenship: 'UZB', birthDate: '1990-01-01' }, 'kk')).toEqual([
      { property: 'citizenship', code: 'UZB', name: 'Өзбекстан' },
    ]);
  });

  it('keeps a code that names no country and skips what is no code', () => {
    expect(countryNames({ country: 'XXA', countryside: 'yes', toCountry: null }, 'en')).toEqual([
      { property: 'country', code: 'XXA', name: 'XXA' },
    ]);
    expect(countryNames(null, 'en')).toEqual([]);
  });
});
