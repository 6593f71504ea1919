import path from 'node:path';
import { z } from 'zod';
import { loadConfigFile } from '../config-file.js';
import { repoRoot } from '../../config.js';

const MonthDay = z.string().regex(/^\d{2}-\d{2}$/, 'expected MM-DD');
const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');

const CalendarSchema = z.object({
  fixed: z.array(z.object({ date: MonthDay, name: z.string(), moves: z.boolean() })),
  dated: z.array(z.object({ date: IsoDate, name: z.string() })),
  workingDays: z.array(IsoDate),
});
export type CalendarConfig = z.infer<typeof CalendarSchema>;

export const calendarConfigPath = path.join(repoRoot, 'config', 'calendar.json');

export function loadCalendarConfig(file: string = calendarConfigPath): CalendarConfig {
  return loadConfigFile(file, CalendarSchema);
}

/** `YYYY-MM-DD` of a date whose UTC fields hold the local (Kazakhstan) calendar day. */
const dayOf = (local: Date): string => local.toISOString().slice(0, 10);
const isWeekend = (local: Date): boolean => local.getUTCDay() === 0 || local.getUTCDay() === 6;

/**
 * Working days of Kazakhstan: Monday to Friday except the days off of `config/calendar.json`.
 * A national or state holiday on a weekend moves its day off to the next working day
 * (Labour Code art. 85); a weekend day the government made a working day is one.
 */
export class WorkCalendar {
  readonly #fixed: CalendarConfig['fixed'];
  readonly #dated: Set<string>;
  readonly #working: Set<string>;
  readonly #movedByYear = new Map<number, Set<string>>();

  constructor(config: CalendarConfig) {
    this.#fixed = config.fixed;
    this.#dated = new Set(config.dated.map((d) => d.date));
    this.#working = new Set(config.workingDays);
  }

  /** `local` carries the Kazakhstan calendar day in its UTC fields. */
  isWorkingDay(local: Date): boolean {
    const day = dayOf(local);
    if (this.#working.has(day)) return true;
    if (isWeekend(local) || this.#dated.has(day)) return false;
    const year = local.getUTCFullYear();
    if (this.#fixed.some((h) => `${year}-${h.date}` === day)) return false;
    return !this.#moved(year).has(day);
  }

  /** Days off a year gets from its holidays that fell on a weekend. */
  #moved(year: number): Set<string> {
    const cached = this.#movedByYear.get(year);
    if (cached) return cached;
    const moved = new Set<string>();
    const holidays = new Set(this.#fixed.map((h) => `${year}-${h.date}`));
    for (const holiday of this.#fixed.filter((h) => h.moves)) {
      const date = new Date(`${year}-${holiday.date}T00:00:00Z`);
      if (!isWeekend(date)) continue;
      let next = date;
      do next = new Date(next.getTime() + 86_400_000);
      while (isWeekend(next) || holidays.has(dayOf(next)) || moved.has(dayOf(next)));
      moved.add(dayOf(next));
    }
    this.#movedByYear.set(year, moved);
    return moved;
  }
}

let shared: WorkCalendar | undefined;

/** The calendar of `config/calendar.json`, read once. */
export function workCalendar(): WorkCalendar {
  shared ??= new WorkCalendar(loadCalendarConfig());
  return shared;
}
