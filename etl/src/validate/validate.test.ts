import { describe, expect, it } from 'vitest';
import { ValidationError } from '../errors.js';
import { KINDS } from '../drop/kinds.js';
import { controlDigit, hasValidControlDigit } from './control-digit.js';
import { isCountryCode } from './countries.js';
import { isCalendarDate, parseDateTime } from './dates.js';
import { checkBin, checkIin, iinBirthDate } from './identifiers.js';
import { validateRow, type RawRow } from './row.js';

/**
 * Test fixture: completes 11 digits with their control digit, computed here independently
 * of control-digit.ts (straight from the contract's wording).
 */
function withControl(first11: string): string | null {
  const d = [...first11].map(Number);
  let c = d.reduce((s, x, i) => s + x * (i + 1), 0) % 11;
  if (c === 10) {
    const w = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2];
    c = d.reduce((s, x, i) => s + x * w[i]!, 0) % 11;
    if (c === 10) return null;
  }
  return first11 + String(c);
}

function validIin(prefix11: string): string {
  const iin = withControl(prefix11);
  if (iin === null) throw new Error(`fixture ${prefix11} has no control digit`);
  return iin;
}

/** A changed control digit (still 12 digits). */
function corrupt(number: string): string {
  return number.slice(0, 11) + String((Number(number[11]) + 1) % 10);
}

describe('ИИН/БИН control digit', () => {
  it('agrees with the contract on known numbers', () => {
    // By hand: 8·1+7·2+0·3+4·4+1·5+2·6+3·7+0·8+0·9+4·10+1·11 = 127; 127 mod 11 = 6.
    expect(hasValidControlDigit('870412300416')).toBe(true);
    expect(hasValidControlDigit('870412300417')).toBe(false);
    expect(validIin('87041230041')).toBe('870412300416');
  });
  it('uses the second weight set when the first sum gives 10', () => {
    // Find an 11-digit prefix whose first sum mod 11 is 10 and whose second is not.
    let prefix = '';
    for (let n = 0; n < 100000; n++) {
      const candidate = `90010130${String(n).padStart(3, '0')}`.slice(0, 11);
      const d = [...candidate].map(Number);
      if (d.reduce((s, x, i) => s + x * (i + 1), 0) % 11 === 10) {
        prefix = candidate;
        break;
      }
    }
    expect(prefix).not.toBe('');
    const expected = withControl(prefix);
    expect(controlDigit([...prefix].map(Number))).toBe(
      expected === null ? null : Number(expected[11]),
    );
    if (expected !== null) expect(hasValidControlDigit(expected)).toBe(true);
  });
  it('calls a number invalid when both weight sets give 10', () => {
    let found: string | null = null;
    for (let n = 0; n < 1000 && found === null; n++) {
      const prefix = `8501013${String(n).padStart(4, '0')}`;
      if (withControl(prefix) === null) found = prefix;
    }
    expect(found).not.toBeNull();
    const digits = [...found!].map(Number);
    expect(controlDigit(digits)).toBeNull();
    for (let last = 0; last <= 9; last++) expect(hasValidControlDigit(found! + last)).toBe(false);
  });
});

describe('checkIin', () => {
  it('accepts valid ИИН of each century', () => {
    expect(checkIin(validIin('99123110041'))).toBeNull(); // 1899, digit 7 = 1
    expect(checkIin(validIin('87041240041'))).toBeNull(); // 1987, digit 7 = 4
    expect(checkIin(validIin('05022860123'))).toBeNull(); // 2005, digit 7 = 6
  });
  it('rejects bad dates, centuries, formats and control digits', () => {
    expect(checkIin(validIin('87023130041'))).toBe('date'); // 31 February
    expect(checkIin(validIin('87041270041'))).toBe('century'); // digit 7 = 7
    expect(checkIin(validIin('87041200041'))).toBe('century'); // digit 7 = 0
    expect(checkIin('8704123004')).toBe('format');
    expect(checkIin('87041230041X')).toBe('format');
    expect(checkIin(corrupt(validIin('87041230041')))).toBe('control-digit');
  });
  it('reads the birth date with its century digit', () => {
    expect(iinBirthDate(validIin('87041230041'))).toBe('1987-04-12');
    expect(iinBirthDate(validIin('01010150041'))).toBe('2001-01-01');
    expect(iinBirthDate(validIin('99123110041'))).toBe('1899-12-31');
    expect(iinBirthDate(validIin('00022950041'))).toBe('2000-02-29');
    expect(iinBirthDate(validIin('00022930041'))).toBeNull(); // 1900 was not a leap year
  });
});

describe('checkBin', () => {
  it('accepts digit 5 in 4-6 with a valid control digit', () => {
    for (const type of ['4', '5', '6']) {
      expect(checkBin(validIin(`0903${type}0001234`.slice(0, 11)))).toBeNull();
    }
  });
  it('rejects other entity types and bad control digits', () => {
    expect(checkBin(validIin('09033000123'))).toBe('entity-type');
    expect(checkBin(validIin('09037000123'))).toBe('entity-type');
    expect(checkBin(corrupt(validIin('09034000123')))).toBe('control-digit');
    expect(checkBin('0903400012')).toBe('format');
  });
});

describe('countries and dates', () => {
  it('knows ISO 3166-1 alpha-3 and XXA', () => {
    for (const code of ['UZB', 'AFG', 'NGA', 'KAZ', 'XXA', 'SSD', 'PSE']) {
      expect(isCountryCode(code)).toBe(true);
    }
    for (const code of ['XXX', 'UZ', 'RUS1', 'uzb', 'SUN', 'ZZZ']) {
      expect(isCountryCode(code)).toBe(false);
    }
  });
  it('checks calendar dates', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2023-02-29')).toBe(false);
    expect(isCalendarDate('2023-13-01')).toBe(false);
    expect(isCalendarDate('14.03.2025')).toBe(false);
  });
  it('reads date-times with and without a zone', () => {
    expect(parseDateTime('2025-03-14T08:30:00')).toEqual({
      date: '2025-03-14',
      value: '2025-03-14T08:30:00[Asia/Almaty]',
    });
    expect(parseDateTime('2025-03-14T08:30')?.value).toBe('2025-03-14T08:30:00[Asia/Almaty]');
    expect(parseDateTime('2025-03-14T08:30:00Z')?.value).toBe('2025-03-14T08:30:00Z');
    expect(parseDateTime('2025-03-14T08:30:00+0600')?.value).toBe('2025-03-14T08:30:00+06:00');
    expect(parseDateTime('2025-03-14T25:30:00')).toBeNull();
    expect(parseDateTime('2025-03-14')).toBeNull();
  });
});

describe('validateRow', () => {
  const iin = validIin('87041230041');
  const bin = validIin('09034000123');
  const invitation: RawRow = {
    invitation_id: 'INV-1',
    issued_on: '2025-03-14',
    inviter_iin: iin,
    purpose: 'Work',
    passport_no: 'fa 123-456',
    passport_country: 'uzb',
    citizenship: 'UZB',
    last_name_lat: 'KARIMOV',
    birth_date: '1990-05-01',
    inviter_phone: '8 701 123 45 67',
    stay_address: 'г. Алматы, ул. Абая, д. 10',
    note: 'urgent',
  };
  const rejectOf = (spec: keyof typeof KINDS, row: RawRow): ValidationError => {
    try {
      validateRow(KINDS[spec], row, 'f.csv', 7);
    } catch (error) {
      if (error instanceof ValidationError) return error;
      throw error;
    }
    throw new Error('row was not rejected');
  };

  it('normalises a valid row and keeps unknown columns', () => {
    const row = validateRow(KINDS.invitations, invitation, 'f.csv', 2);
    expect(row.values['purpose']).toBe('work');
    expect(row.values['passport_no']).toBe('FA123456');
    expect(row.values['passport_country']).toBe('UZB');
    expect(row.values['inviter_phone']).toBe('+77011234567');
    expect(row.extra).toEqual({ note: 'urgent' });
    expect(row.hasParty && row.hasForeigner).toBe(true);
  });
  it('rejects with field and reason', () => {
    const cases: [RawRow, string, string][] = [
      [{ ...invitation, invitation_id: '' }, 'invitation_id', 'required'],
      [{ ...invitation, issued_on: '2025-02-30' }, 'issued_on', 'date'],
      [{ ...invitation, purpose: 'fun' }, 'purpose', 'enum'],
      [{ ...invitation, inviter_iin: corrupt(iin) }, 'inviter_iin', 'iin-control-digit'],
      [{ ...invitation, inviter_bin: bin }, 'inviter', 'party'],
      [{ ...invitation, inviter_iin: '' }, 'inviter', 'party'],
      [{ ...invitation, citizenship: 'XYZ' }, 'citizenship', 'country'],
      [{ ...invitation, last_name_lat: ' ' }, 'last_name_lat', 'required'],
      [{ ...invitation, stay_address_rka: '12345' }, 'stay_address_rka', 'rka'],
    ];
    for (const [row, field, reason] of cases) {
      const error = rejectOf('invitations', row);
      expect([error.field, error.reason, error.line]).toEqual([field, reason, 7]);
    }
  });
  it('accepts an organisation inviter instead of a person', () => {
    const row = validateRow(
      KINDS.invitations,
      { ...invitation, inviter_iin: '', inviter_bin: bin },
      'f.csv',
      2,
    );
    expect(row.values['inviter_bin']).toBe(bin);
  });
  it('applies the violations rule: party unless the offender is the foreigner', () => {
    const base: RawRow = {
      protocol_id: 'P-1',
      committed_on: '2025-01-02',
      article: '517-1',
      offender_role: 'foreigner',
    };
    expect(rejectOf('violations', base).field).toBe('passport_no');
    expect(rejectOf('violations', { ...base, offender_role: 'host' }).field).toBe('offender');
    const host = validateRow(
      KINDS.violations,
      { ...base, offender_role: 'host', offender_iin: iin },
      'v.csv',
      2,
    );
    expect([host.hasParty, host.hasForeigner]).toEqual([true, false]);
  });
  it('checks founder lists item by item', () => {
    const org: RawRow = { bin, name: 'ТОО Арна', founder_iins: `${iin}; ${corrupt(iin)}` };
    expect(rejectOf('organizations', org).reason).toBe('iin-control-digit');
    const ok = validateRow(KINDS.organizations, { ...org, founder_iins: `${iin};` }, 'o.csv', 2);
    expect(ok.values['founder_iins']).toEqual([iin]);
  });
});
