import { describe, expect, it } from 'vitest';
import { detailBeyondKey, isEntityRef } from './refs';

describe('detailBeyondKey', () => {
  it('leaves out the identifier a row already shows', () => {
    expect(detailBeyondKey('person:850101300123', '850101300123 · 1985-01-01')).toBe('1985-01-01');
    expect(detailBeyondKey('organization:190240012345', '190240012345 · hotel')).toBe('hotel');
    expect(detailBeyondKey('person:850101300123', '850101300123')).toBe('');
  });

  it('keeps subtitles that do not repeat the key', () => {
    expect(detailBeyondKey('foreigner:AFG:P1', 'AFG · 1995-05-05 · AHMADI FARID')).toBe(
      'AFG · 1995-05-05 · AHMADI FARID',
    );
    expect(detailBeyondKey('phone:+77011234567', undefined)).toBe('');
  });
});

describe('isEntityRef', () => {
  it('takes a whole entity reference, so a result cell can open the profile', () => {
    expect(isEntityRef('organization:041240097059')).toBe(true);
    expect(isEntityRef('document:AFG:P09203148')).toBe(true);
  });

  it('refuses events, prose and lists of references', () => {
    expect(isEntityRef('invitation:INV-1')).toBe(false);
    expect(isEntityRef('person:1; person:2')).toBe(false);
    expect(isEntityRef(7)).toBe(false);
  });
});
