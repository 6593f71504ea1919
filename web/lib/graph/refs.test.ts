import { describe, expect, it } from 'vitest';
import { detailBeyondKey } from './refs';

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
