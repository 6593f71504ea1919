import { describe, expect, it } from 'vitest';
import {
  countryName,
  formatDay,
  nameKey,
  normalizeAddress,
  normalizePassportNo,
  normalizePhone,
  normalizePlate,
  searchText,
  transliterate,
} from './index.js';

describe('transliterate', () => {
  it('maps Russian letters and keeps case', () => {
    expect(transliterate('Иванов Сергей Юрьевич')).toBe('Ivanov Sergei Iurevich');
    expect(transliterate('ЖУКОВ')).toBe('ZhUKOV');
    expect(transliterate('Щукин')).toBe('Shchukin');
  });
  it('maps the Kazakh letters', () => {
    expect(transliterate('әғқңөұүһі')).toBe('agkngouuhi');
    expect(transliterate('Әлібек Құрманғали')).toBe('Alibek Kurmangali');
    expect(transliterate('Өскемен')).toBe('Oskemen');
  });
  it('passes Latin, digits and punctuation through', () => {
    expect(transliterate('Tashkent, 10-5')).toBe('Tashkent, 10-5');
  });
});

describe('nameKey', () => {
  it('gives Cyrillic and Latin spellings of one name the same key', () => {
    expect(nameKey('Хасанов', 'Жасур')).toBe(nameKey('KHASANOV', 'ZHASUR'));
    expect(nameKey('Khasanov')).toBe(nameKey('Hasanov'));
    expect(nameKey('Xasanov')).toBe(nameKey('Hasanov'));
    expect(nameKey('Юсупов')).toBe(nameKey('Yusupov'));
    expect(nameKey('Iusupov')).toBe(nameKey('Jusupov'));
    expect(nameKey('Евгений')).toBe(nameKey('Yevgeniy'));
    expect(nameKey('Aleksandr')).toBe(nameKey('Alexandr'));
    expect(nameKey('Nurullaev')).toBe(nameKey('Nurulaev'));
    expect(nameKey('Ousmane')).toBe(nameKey('Usmane'));
    expect(nameKey('Muhammad', 'Ali')).toBe(nameKey('Mohammed', 'Ali'));
    expect(nameKey('Мухаммед')).toBe(nameKey('Muhammad'));
    expect(nameKey('Mukhamed')).toBe(nameKey('Muhammet'));
    expect(nameKey('Muhammadiev')).toBe(nameKey('Mohammadiev'));
    expect(nameKey('Құрманғали')).toBe(nameKey('Kurmangali'));
    expect(nameKey('  o\u2019Rozboev ')).toBe(nameKey('Orozboev'));
  });
  it('folds case and accents', () => {
    expect(nameKey('ibrahim', 'adébáyọ̀')).toBe(nameKey('IBRAHIM', 'ADEBAYO'));
  });
  it('keeps -ov/-ev and -ova endings distinct', () => {
    expect(nameKey('Rakhimov')).not.toBe(nameKey('Rakhimova'));
    expect(nameKey('Aliev')).not.toBe(nameKey('Aliov'));
    expect(nameKey('Mahmud')).not.toBe(nameKey('Muhammad'));
  });
  it('keeps different names apart', () => {
    expect(nameKey('Karimov', 'Bobur')).not.toBe(nameKey('Karimov', 'Botir'));
    expect(nameKey('Okafor', 'Chinedu')).not.toBe(nameKey('Okoro', 'Chinedu'));
  });
  it('joins parts and drops empty ones', () => {
    expect(nameKey('Ivanov', null, '', 'Petr')).toBe('IVANOV PETR');
  });
});

describe('searchText', () => {
  it('holds the original lower-cased and the transliteration, de-duplicated', () => {
    expect(searchText('Иванов Иван', '870101300123', null, 'Ivanov')).toBe(
      'иванов иван ivanov ivan 870101300123',
    );
  });
  it('is empty for no values', () => {
    expect(searchText(null, undefined, ' ')).toBe('');
  });
});

describe('normalizeAddress', () => {
  const same = [
    'г. Алматы, ул. Абая, д. 10, кв. 5',
    'Алматы қ., Абай көш., 10 үй, 5 пәт.',
    'город Алматы, улица Абай, дом 10, квартира 5',
    'Almaty, Abai st 10-5',
    'Алматинская обл., г.Алматы, ул.Абай, д.10, кв.5',
  ];
  it('gives the usual Russian, Kazakh and Latin notations one text', () => {
    const texts = same.map((a) => normalizeAddress(a)?.text);
    for (const text of texts) expect(text).toBe('almat, ul ab, 10, 5');
  });
  it('parses avenues and microdistricts in both languages', () => {
    expect(normalizeAddress('Астана, пр. Республики, 24')?.text).toBe(
      normalizeAddress('Астана қ., Республика даңғ., 24')?.text,
    );
    expect(normalizeAddress('Астана, пр. Республики, 24')?.street).toBe('pr respublik');
    expect(normalizeAddress('Шымкент, мкр. Самал-2, д. 7')?.street).toBe('mkr samal2');
    expect(normalizeAddress('Шымкент, Самал-2 ы.а., 7 үй')?.street).toBe('mkr samal2');
    expect(normalizeAddress('Шымкент, Самал-2 ы.а., 7 үй')?.house).toBe('7');
  });
  it('parses a component that holds several parts, as registers without commas write it', () => {
    expect(normalizeAddress('АТЫРАУ, МКР. НУРСАТ 99 КВ 139')?.text).toBe(
      normalizeAddress('г. Атырау, мкр. Нурсат, д. 99, кв. 139')?.text,
    );
    expect(normalizeAddress('ТАРАЗ, УЛ. КЕНЕСАРЫ 28 КВ 238')?.text).toBe(
      'taraz, ul kenesar, 28, 238',
    );
    expect(normalizeAddress('г. Алматы ул. Абая д. 10 кв. 5')?.text).toBe('almat, ul ab, 10, 5');
    expect(normalizeAddress('Алматы қ., Абай көш 10 үй 5 пәт')?.text).toBe('almat, ul ab, 10, 5');
  });
  it('keeps different flats apart', () => {
    expect(normalizeAddress('г. Алматы, ул. Абая, д. 10, кв. 5')?.text).not.toBe(
      normalizeAddress('г. Алматы, ул. Абая, д. 10, кв. 6')?.text,
    );
  });
  it('returns null for empty text', () => {
    expect(normalizeAddress('')).toBeNull();
    expect(normalizeAddress(null)).toBeNull();
  });
});

describe('normalizePhone', () => {
  it.each([
    ['8 701 123 45 67', '+77011234567'],
    ['+7 (701) 123-45-67', '+77011234567'],
    ['87011234567', '+77011234567'],
    ['7011234567', '+77011234567'],
    ['77011234567', '+77011234567'],
    ['00998 90 123 45 67', '+998901234567'],
    ['+998 90 123 45 67', '+998901234567'],
  ])('%s → %s', (raw, e164) => {
    expect(normalizePhone(raw)).toBe(e164);
  });
  it('rejects what cannot be a number', () => {
    expect(normalizePhone('12-34')).toBeNull();
    expect(normalizePhone('')).toBeNull();
    expect(normalizePhone('+1234567890123456')).toBeNull();
  });
});

describe('normalizePlate and normalizePassportNo', () => {
  it('upper-cases and removes separators', () => {
    expect(normalizePlate('123 abc-02')).toBe('123ABC02');
    expect(normalizePlate('123АВС02')).toBe('123ABC02');
    expect(normalizePlate('12#3')).toBeNull();
    expect(normalizePassportNo('ab 123-4567')).toBe('AB1234567');
    expect(normalizePassportNo('АВ1234567')).toBe('AB1234567');
    expect(normalizePassportNo(' - ')).toBeNull();
  });
});

describe('countryName', () => {
  it('names an alpha-3 country in the reader’s language', () => {
    expect(countryName('AFG', 'ru')).toBe('Афганистан');
    expect(countryName('RUS', 'kk')).toBe('Ресей');
    expect(countryName('UZB', 'en')).toBe('Uzbekistan');
  });
  it('keeps a code that is no ISO country', () => {
    expect(countryName('XXA', 'ru')).toBe('XXA');
    expect(countryName('', 'en')).toBe('');
  });
});

describe('formatDay', () => {
  it('prints a day day-first in every language, whatever the time zone', () => {
    expect(formatDay('2025-03-01', 'ru')).toBe('01.03.2025');
    expect(formatDay('2025-03-01', 'kk')).toBe('01.03.2025');
    expect(formatDay('2025-03-01', 'en')).toBe('01/03/2025');
  });
  it('keeps what is not a day', () => {
    expect(formatDay('soon', 'ru')).toBe('soon');
  });
});
