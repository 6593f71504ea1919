import { describe, expect, it } from 'vitest';
import { addWorkingDays } from './deadlines.js';
import { loadCalendarConfig, WorkCalendar } from './work-calendar.js';

const kz = new WorkCalendar(loadCalendarConfig());
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('WorkCalendar of config/calendar.json', () => {
  it('treats weekends and state holidays as days off', () => {
    expect(kz.isWorkingDay(day('2026-12-04'))).toBe(true); // Friday
    expect(kz.isWorkingDay(day('2026-12-05'))).toBe(false); // Saturday
    expect(kz.isWorkingDay(day('2026-12-16'))).toBe(false); // Independence Day, Wednesday
    expect(kz.isWorkingDay(day('2026-03-23'))).toBe(false); // Nauryz, Monday
    expect(kz.isWorkingDay(day('2026-05-27'))).toBe(false); // Kurban ait of 2026
  });

  it('moves the day off of a state holiday on a weekend to the next working day', () => {
    // 2026-03-08 is a Sunday: Monday 9 March is off; 21–22 March fall on Sat–Sun and 23 is
    // already off, so Tuesday 24 and Wednesday 25 are.
    expect(kz.isWorkingDay(day('2026-03-09'))).toBe(false);
    expect(kz.isWorkingDay(day('2026-03-24'))).toBe(false);
    expect(kz.isWorkingDay(day('2026-03-25'))).toBe(false);
    expect(kz.isWorkingDay(day('2026-03-26'))).toBe(true);
  });

  it('does not move a religious holiday and honours working weekend days', () => {
    const calendar = new WorkCalendar({
      fixed: [{ date: '01-07', name: 'Православное Рождество', moves: false }],
      dated: [],
      workingDays: ['2028-01-08'],
    });
    // 2029-01-07 is a Sunday: Monday 8 January 2029 stays a working day.
    expect(calendar.isWorkingDay(day('2029-01-08'))).toBe(true);
    // A Saturday the government made a working day.
    expect(calendar.isWorkingDay(day('2028-01-08'))).toBe(true);
  });

  it('lets the decision deadline jump over a holiday', () => {
    // Tuesday 15 December 2026, 15:00 in Almaty: 16 December is off, so two working days
    // end on Friday 18 December, 15:00.
    expect(addWorkingDays(new Date('2026-12-15T10:00:00Z'), 2, kz).toISOString()).toBe(
      '2026-12-18T10:00:00.000Z',
    );
  });

  it('refuses a missing calendar file, naming it', () => {
    expect(() => loadCalendarConfig('/nonexistent/calendar.json')).toThrow(/missing/);
  });
});
