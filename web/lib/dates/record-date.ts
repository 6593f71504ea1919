import { formatDayText } from './day-text';

/** `2025-03-14`, or a date-time `2025-03-14T08:30[:00[.000]][Z|+05:00][[Asia/Almaty]]`. */
const RECORD_DATE =
  /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})?(?:\[[^\]]+\])?)?$/;

/**
 * A date or date-time of the records (a birth date, a crossing's `crossedAt`) in the app's
 * notation: 14.03.2025, or 14.03.2025 08:30. The time is the one the record wrote (Almaty,
 * by the drop's rule), not converted to the browser's zone. Null when `value` is no such date.
 */
export function formatRecordDate(value: string, locale: string): string | null {
  const match = RECORD_DATE.exec(value);
  if (!match) return null;
  const [, day = '', time] = match;
  const text = formatDayText(day, locale);
  return time ? `${text} ${time}` : text;
}
