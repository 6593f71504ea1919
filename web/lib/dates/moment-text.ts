import { formatDayText } from './day-text';

const ALMATY = 'Asia/Almaty';

/**
 * Languages whose month names the browser is sure to know. Debian's Chromium carries no
 * Kazakh calendar data (it writes 7 December 2026 as "2026 M12 7"), so Kazakh takes the day
 * in digits, as Kazakh documents write it.
 */
const MONTH_AS_WORD = new Set(['ru', 'en']);

/**
 * A moment (a deadline, an action's time) in Almaty time: 7 дек. 2026 г., 11:55 in Russian,
 * Dec 7, 2026, 11:55 AM in English (the month as a word, so 12/7 cannot pass for July),
 * 07.12.2026, 11:55 in Kazakh.
 */
export function formatMoment(date: Date, locale: string, withTime: boolean): string {
  if (MONTH_AS_WORD.has(locale)) {
    return new Intl.DateTimeFormat(locale, {
      dateStyle: 'medium',
      ...(withTime ? { timeStyle: 'short' } : {}),
      timeZone: ALMATY,
    }).format(date);
  }
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      timeZone: ALMATY,
    })
      .formatToParts(date)
      .map((part) => [part.type, part.value]),
  );
  const day = formatDayText(`${parts['year']}-${parts['month']}-${parts['day']}`, locale);
  return withTime ? `${day}, ${parts['hour']}:${parts['minute']}` : day;
}
