/**
 * Day-first locales for dates: English readers here get 01/03/2025 (en-GB) as in the brief,
 * never the American month-first order.
 */
const DATE_LOCALES: Record<string, string> = { ru: 'ru-RU', kk: 'kk-KZ', en: 'en-GB' };

const formats = new Map<string, Intl.DateTimeFormat>();

/**
 * A calendar date of the records (`YYYY-MM-DD`) in `locale`, digits only (01.03.2025 in
 * Russian and Kazakh). Anything else is printed as given. Dates are days, not instants: they
 * are formatted in UTC so that no server time zone can move them.
 */
export function formatDay(iso: string, locale: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return iso;
  const tag = DATE_LOCALES[locale] ?? locale;
  let format = formats.get(tag);
  if (!format) {
    format = new Intl.DateTimeFormat(tag, {
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
      timeZone: 'UTC',
    });
    formats.set(tag, format);
  }
  return format.format(new Date(`${iso}T00:00:00Z`));
}
