/**
 * Days as the app's language writes them, for inputs: a native `<input type="date">` shows
 * its value in the browser's language (mm/dd/yyyy in an English Chromium, whatever the app's
 * language), and no attribute changes that. Day first in every language of the app, as the
 * brief and the evidence print dates; English in the British order, never month first.
 *
 * The separators are written out rather than read from Intl: Debian's Chromium carries no
 * Kazakh calendar data and would give Kazakh the ISO order (2025-03-01).
 */
const SEPARATORS: Record<string, string> = { ru: '.', kk: '.', en: '/' };

function separatorOf(locale: string): string {
  return SEPARATORS[locale] ?? '.';
}

/** `2025-03-01` as the app's language writes it (01.03.2025); '' for no day. */
export function formatDayText(iso: string, locale: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return '';
  const [, year = '', month = '', day = ''] = match;
  return [day, month, year].join(separatorOf(locale));
}

/**
 * A day typed in the app's notation (any of . / - as separator, one-digit day and month
 * allowed) as `YYYY-MM-DD`, or null when it is not a whole, real day (31.02.2025).
 */
export function parseDayText(text: string): string | null {
  const fields = text.trim().split(/[./-]/);
  if (fields.length !== 3 || !fields.every((f) => /^\d+$/.test(f))) return null;
  const [day = '', month = '', year = ''] = fields;
  if (year.length !== 4 || day.length > 2 || month.length > 2) return null;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  if (date.getUTCMonth() !== Number(month) - 1 || date.getUTCDate() !== Number(day)) return null;
  return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}
