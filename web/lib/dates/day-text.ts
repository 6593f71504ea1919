/**
 * Days as the app's language writes them, for inputs: a native `<input type="date">` shows
 * its value in the browser's language (mm/dd/yyyy in an English Chromium, whatever the app's
 * language), and no attribute changes that. Day first in every language of the app, as the
 * brief and the evidence print dates; English in the British order, never month first.
 */
const DATE_LOCALES: Record<string, string> = { ru: 'ru-RU', kk: 'kk-KZ', en: 'en-GB' };

interface DayNotation {
  order: ('day' | 'month' | 'year')[];
  separator: string;
}

const notations = new Map<string, DayNotation>();

/** Order of day, month and year and the separator of `locale`, read from Intl (01.03.2025 → day, month, year, "."). */
function notation(locale: string): DayNotation {
  let found = notations.get(locale);
  if (!found) {
    const parts = new Intl.DateTimeFormat(DATE_LOCALES[locale] ?? locale, {
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
      timeZone: 'UTC',
    }).formatToParts(new Date(Date.UTC(2025, 2, 1)));
    found = {
      order: parts.flatMap((p) =>
        p.type === 'day' || p.type === 'month' || p.type === 'year' ? [p.type] : [],
      ),
      separator: parts.find((p) => p.type === 'literal')?.value ?? '.',
    };
    notations.set(locale, found);
  }
  return found;
}

/** `2025-03-01` as the app's language writes it (01.03.2025); '' for no day. */
export function formatDayText(iso: string, locale: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return '';
  const [, year = '', month = '', day = ''] = match;
  const { order, separator } = notation(locale);
  const values = { day, month, year };
  return order.map((part) => values[part]).join(separator);
}

/**
 * A day typed in the app's notation (any of . / - as separator, one-digit day and month
 * allowed) as `YYYY-MM-DD`, or null when it is not a whole, real day (31.02.2025).
 */
export function parseDayText(text: string, locale: string): string | null {
  const fields = text.trim().split(/[./-]/);
  const { order } = notation(locale);
  if (fields.length !== 3 || !fields.every((f) => /^\d+$/.test(f))) return null;
  const value = (part: 'day' | 'month' | 'year') => fields[order.indexOf(part)] ?? '';
  const [day, month, year] = [value('day'), value('month'), value('year')];
  if (year.length !== 4 || day.length > 2 || month.length > 2) return null;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  if (date.getUTCMonth() !== Number(month) - 1 || date.getUTCDate() !== Number(day)) return null;
  return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}
