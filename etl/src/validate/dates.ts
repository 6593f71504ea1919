const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME =
  /^(\d{4}-\d{2}-\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?$/;

/** The zone of a date-time given without one (drop contract). */
export const DEFAULT_TIME_ZONE = 'Asia/Almaty';

/** True for `YYYY-MM-DD` naming a real calendar day. */
export function isCalendarDate(text: string): boolean {
  const match = DATE.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export interface ParsedDateTime {
  /** The calendar date part, `YYYY-MM-DD`. */
  date: string;
  /** What Neo4j's `datetime()` accepts: the zone given, or `[Asia/Almaty]` when none. */
  value: string;
}

/**
 * An ISO 8601 date-time (`2025-03-14T08:30:00`, optional seconds, fraction and zone `Z` or
 * `±hh:mm`); without a zone it is local time in Asia/Almaty. Null when it is not one.
 */
export function parseDateTime(text: string): ParsedDateTime | null {
  const match = DATE_TIME.exec(text);
  if (!match) return null;
  const [, date, hh, mm, ss, fraction, zone] = match;
  if (!date || !isCalendarDate(date)) return null;
  if (Number(hh) > 23 || Number(mm) > 59 || Number(ss ?? 0) > 59) return null;
  const local = `${date}T${hh}:${mm}:${ss ?? '00'}${fraction ?? ''}`;
  const value = zone
    ? `${local}${zone.length === 5 ? `${zone.slice(0, 3)}:${zone.slice(3)}` : zone}`
    : `${local}[${DEFAULT_TIME_ZONE}]`;
  return { date, value };
}
