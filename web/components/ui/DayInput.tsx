'use client';

import { useState } from 'react';
import { useLocale } from 'next-intl';
import { formatDayText, parseDayText } from '@/lib/dates/day-text';

/**
 * A day typed as the app's language writes it (01.03.2025), in place of `<input type="date">`,
 * which shows the browser's notation whatever the app's language. The value is `YYYY-MM-DD`
 * or '' (no day); a half-typed or impossible day is marked invalid and not passed on.
 */
export default function DayInput({
  value,
  onChange,
  placeholder,
}: {
  value: string;
  onChange: (iso: string) => void;
  placeholder: string;
}) {
  const locale = useLocale();
  const shown = formatDayText(value, locale);
  // What is being typed, until it is a day (or the field is left).
  const [draft, setDraft] = useState<string | null>(null);
  const text = draft ?? shown;
  const invalid = text.trim() !== '' && parseDayText(text, locale) === null;

  function change(typed: string) {
    setDraft(typed);
    if (typed.trim() === '') onChange('');
    else {
      const day = parseDayText(typed, locale);
      if (day !== null) onChange(day);
    }
  }

  return (
    <input
      type="text"
      inputMode="numeric"
      className="day-input"
      value={text}
      placeholder={placeholder}
      aria-invalid={invalid || undefined}
      onChange={(event) => change(event.target.value)}
      onBlur={() => setDraft(null)}
    />
  );
}
