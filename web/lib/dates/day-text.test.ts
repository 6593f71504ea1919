import { describe, expect, it } from 'vitest';
import { formatDayText, parseDayText } from './day-text';

describe('day text', () => {
  it('writes a day first in every language of the app', () => {
    expect(formatDayText('2025-03-01', 'ru')).toBe('01.03.2025');
    expect(formatDayText('2025-03-01', 'kk')).toBe('01.03.2025');
    expect(formatDayText('2025-03-01', 'en')).toBe('01/03/2025');
    expect(formatDayText('', 'ru')).toBe('');
  });

  it('reads a typed day back in the same notation', () => {
    expect(parseDayText('01.03.2025')).toBe('2025-03-01');
    expect(parseDayText('1.3.2025')).toBe('2025-03-01');
    expect(parseDayText('01/03/2025')).toBe('2025-03-01');
    expect(parseDayText(' 24.12.2024 ')).toBe('2024-12-24');
  });

  it('refuses what is not a whole, real day', () => {
    expect(parseDayText('31.02.2025')).toBeNull();
    expect(parseDayText('01.03.25')).toBeNull();
    expect(parseDayText('01.03')).toBeNull();
    expect(parseDayText('13/13/2025')).toBeNull();
    expect(parseDayText('')).toBeNull();
  });
});
