import { describe, expect, it } from 'vitest';
import { countryNamesOf, readableLabel, readableSubtitle } from './subtitle';

describe('readableSubtitle', () => {
  const countries = countryNamesOf([
    { code: 'AFG', name: 'Афганистан' },
    { code: 'XXA', name: 'XXA' },
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

  it('puts coded words in the UI language', () => {
    const activities = new Map([['construction', 'строительство']]);
    expect(
      readableSubtitle('111140000123 · construction', countries, 'ru', (part) =>
        activities.get(part),
      ),
    ).toBe('111140000123 · строительство');
  });

  it('takes only the codes the API could name', () => {
    expect([...countryNamesOf([{ code: 'XXA', name: 'XXA' }])]).toEqual([]);
  });
});

describe('readableLabel', () => {
  const countries = countryNamesOf([{ code: 'UZB', name: 'Өзбекстан' }]);

  it('names a document’s country', () => {
    expect(readableLabel({ kind: 'document', label: 'UZB AA1234567' }, countries)).toBe(
      'Өзбекстан AA1234567',
    );
  });

  it('leaves other kinds and codes it cannot name as they came', () => {
    expect(readableLabel({ kind: 'document', label: 'XXA 123' }, countries)).toBe('XXA 123');
    expect(readableLabel({ kind: 'organization', label: 'UZB Trans' }, countries)).toBe(
      'UZB Trans',
    );
  });
});
