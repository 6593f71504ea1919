import { describe, expect, it } from 'vitest';
import { classifyFile } from './discover.js';
import { missingColumns } from './preflight.js';
import { KINDS } from './kinds.js';

describe('classifyFile', () => {
  it('takes the kind from the start of the name', () => {
    expect(classifyFile('invitations.csv')).toEqual({ kind: 'invitations', format: 'csv' });
    expect(classifyFile('invitations-2025-03.csv')?.kind).toBe('invitations');
    expect(classifyFile('Invitations_Astana.CSV')?.kind).toBe('invitations');
    expect(classifyFile('residence_petitions.jsonl')).toEqual({
      kind: 'residence_petitions',
      format: 'jsonl',
    });
    expect(classifyFile('trips-rail.jsonl')?.kind).toBe('trips');
  });
  it('knows no kind for other names and formats', () => {
    for (const name of [
      'people.csv',
      'invitationsX.csv',
      'persons.txt',
      'persons.csv.bak',
      '.DS_Store',
    ]) {
      expect(classifyFile(name)).toBeNull();
    }
  });
});

describe('missingColumns', () => {
  it('lists own, foreigner and party columns a header lacks', () => {
    expect(missingColumns(KINDS.persons, ['iin', 'last_name'])).toEqual([]);
    expect(missingColumns(KINDS.persons, ['iin'])).toEqual(['last_name']);
    expect(
      missingColumns(KINDS.employment, [
        'record_id',
        'observed_on',
        'passport_no',
        'passport_country',
        'citizenship',
        'last_name_lat',
        'birth_date',
      ]),
    ).toEqual(['employer_iin or employer_bin']);
    expect(
      missingColumns(KINDS.registrations, ['registration_id', 'registered_on', 'address']),
    ).toEqual(['passport_no', 'passport_country', 'citizenship', 'last_name_lat', 'birth_date']);
  });
});
