import { describe, expect, it } from 'vitest';
import { formatRecordDate } from './record-date';

describe('formatRecordDate', () => {
  it('writes a record day in the app’s notation', () => {
    expect(formatRecordDate('1996-10-16', 'ru')).toBe('16.10.1996');
    expect(formatRecordDate('1996-10-16', 'kk')).toBe('16.10.1996');
    expect(formatRecordDate('1996-10-16', 'en')).toBe('16/10/1996');
  });

  it('keeps a date-time’s time as the record wrote it, whatever its zone notation', () => {
    expect(formatRecordDate('2025-02-20T06:30:00+05:00', 'ru')).toBe('20.02.2025 06:30');
    expect(formatRecordDate('2025-02-20T06:30:00.000+05:00[Asia/Almaty]', 'en')).toBe(
      '20/02/2025 06:30',
    );
    expect(formatRecordDate('2025-02-20T06:30:00Z', 'kk')).toBe('20.02.2025 06:30');
  });

  it('leaves what is not a date to its caller', () => {
    expect(formatRecordDate('AFG', 'ru')).toBeNull();
    expect(formatRecordDate('850101300123', 'ru')).toBeNull();
    expect(formatRecordDate('2025-02-20 and more', 'ru')).toBeNull();
  });
});
