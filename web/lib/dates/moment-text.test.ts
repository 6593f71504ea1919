import { describe, expect, it } from 'vitest';
import { formatMoment } from './moment-text';

describe('formatMoment', () => {
  // 06:55 UTC is 11:55 in Almaty (UTC+5).
  const deadline = new Date('2026-12-07T06:55:00Z');

  it('writes the month as a word in Russian and English, in Almaty time', () => {
    expect(formatMoment(deadline, 'ru', true)).toBe('7 дек. 2026 г., 11:55');
    expect(formatMoment(deadline, 'en', false)).toBe('Dec 7, 2026');
  });

  it('writes Kazakh days in digits, day first, whatever calendar data the runtime has', () => {
    expect(formatMoment(deadline, 'kk', true)).toBe('07.12.2026, 11:55');
    expect(formatMoment(new Date('2026-12-31T19:30:00Z'), 'kk', false)).toBe('01.01.2027');
  });
});
