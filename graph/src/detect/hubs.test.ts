import { describe, expect, it } from 'vitest';
import { loadDomainConfig } from './domain-config.js';
import { classifyHub } from './hubs.js';
import { profile } from './fixtures/small-networks.js';

const config = loadDomainConfig();

describe('classifyHub', () => {
  it('recognises a family by relatives bearing the host name from one country', () => {
    const host = profile(
      'person:HOST',
      { HOST: 7, PETITIONER: 5 },
      {
        foreigners: 7,
        kinship: { kin: 2, sameSurname: 2, mainCountry: 7 },
      },
    );
    expect(classifyHub(host, config)).toEqual({ status: 'legitimate', type: 'family' });
  });

  it('lifts the suppression when a family’s guests break the rules', () => {
    const host = profile(
      'person:HOST',
      { HOST: 7 },
      {
        foreigners: 7,
        violators: 4,
        kinship: { kin: 3, sameSurname: 3, mainCountry: 7 },
      },
    );
    expect(classifyHub(host, config)).toMatchObject({ status: 'front', type: 'family' });
  });

  it('does not take a nominee with unrelated guests from several countries for a family', () => {
    const nominee = profile(
      'person:NOMINEE',
      { INVITER: 3 },
      {
        foreigners: 3,
        kinship: { kin: 0, sameSurname: 1, mainCountry: 1 },
      },
    );
    expect(classifyHub(nominee, config)).toEqual({ status: 'none' });
    const oneCountry = profile(
      'person:NOMINEE',
      { INVITER: 8 },
      {
        foreigners: 8,
        kinship: { kin: 1, sameSurname: 2, mainCountry: 8 },
      },
    );
    expect(classifyHub(oneCountry, config)).toEqual({ status: 'none' });
  });

  it('treats a large employer with permits as a hub and one without as a front', () => {
    const clean = profile(
      'organization:BIG',
      { EMPLOYER: 60 },
      { workRecords: 60, unpermitted: 2 },
    );
    expect(classifyHub(clean, config)).toEqual({ status: 'legitimate', type: 'employer' });
    const front = profile(
      'organization:BIG',
      { EMPLOYER: 60 },
      { workRecords: 60, unpermitted: 30 },
    );
    expect(classifyHub(front, config)).toMatchObject({ status: 'front', type: 'employer' });
  });
});
