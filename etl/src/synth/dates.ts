/** Dates as whole days since 1970-01-01 (UTC): cheap arithmetic, formatted only when written. */
export type Day = number;

const MS_PER_DAY = 86_400_000;

export function day(iso: string): Day {
  return Math.round(Date.parse(`${iso}T00:00:00Z`) / MS_PER_DAY);
}

// Formatting is the generator's hottest call; a drop uses a few tens of thousands of days.
const formatted = new Map<Day, string>();

export function isoDate(d: Day): string {
  let text = formatted.get(d);
  if (text === undefined) {
    text = new Date(d * MS_PER_DAY).toISOString().slice(0, 10);
    formatted.set(d, text);
  }
  return text;
}

/** `YYYY-MM-DDTHH:MM:SS` local time (the contract's default zone, Asia/Almaty). */
export function isoDateTime(d: Day, minuteOfDay: number): string {
  const hh = String(Math.floor(minuteOfDay / 60)).padStart(2, '0');
  const mm = String(minuteOfDay % 60).padStart(2, '0');
  return `${isoDate(d)}T${hh}:${mm}:00`;
}

/** The period every synthetic event falls in (the drop is an export of it). */
export const PERIOD = { start: day('2024-01-01'), end: day('2025-10-31') } as const;
