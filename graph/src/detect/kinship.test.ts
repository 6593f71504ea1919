import { describe, expect, it } from 'vitest';
import { kinship, surnameStem } from './kinship.js';

describe('surnameStem', () => {
  it('meets a family name across scripts, spellings and the feminine ending', () => {
    const stem = surnameStem('Nurgaliev');
    expect(surnameStem('Нұрғалиева')).toBe(stem);
    expect(surnameStem('NURGALIEVA')).toBe(stem);
    expect(surnameStem('Nurgaliyev')).toBe(stem);
    expect(surnameStem('Atayev')).not.toBe(stem);
    expect(surnameStem(null)).toBe('');
  });
});

describe('kinship', () => {
  it('counts guests bearing the host name, the largest surname group and the main country', () => {
    const k = kinship('Нұрпейісов', [
      { surname: 'Nurpeiisova', country: 'UZB' },
      { surname: 'Nurpeiisov', country: 'UZB' },
      { surname: 'Tursunova', country: 'UZB' },
      { surname: 'Tursunov', country: 'UZB' },
      { surname: 'Tursunov', country: 'UZB' },
      { surname: 'Karimov', country: 'TJK' },
    ]);
    expect(k).toEqual({ kin: 2, sameSurname: 3, mainCountry: 5 });
  });

  it('finds no kin for a host without a family name', () => {
    expect(kinship(null, [{ surname: 'Khan', country: 'PAK' }]).kin).toBe(0);
  });
});
