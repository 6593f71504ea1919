'use client';

import { useRef, useState } from 'react';
import { useLocale } from 'next-intl';
import { formatDayText, parseDayText } from '@/lib/dates/day-text';

/**
 * A day typed as the app's language writes it (01.03.2025), in place of `<input type="date">`,
 * which shows the browser's notation whatever the app's language. The value is `YYYY-MM-DD`
 * or '' (no day); a half-typed or impossible day is marked invalid and not passed on.
 * The calendar button opens the browser's date picker on a hidden date input, whose
 * `YYYY-MM-DD` value needs no notation; the field then shows the picked day as typed ones.
 */
export default function DayInput({
  value,
  onChange,
  placeholder,
  calendarLabel,
}: {
  value: string;
  onChange: (iso: string) => void;
  placeholder: string;
  calendarLabel: string;
}) {
  const locale = useLocale();
  const shown = formatDayText(value, locale);
  // What is being typed, until it is a day (or the field is left).
  const [draft, setDraft] = useState<string | null>(null);
  const text = draft ?? shown;
  const invalid = text.trim() !== '' && parseDayText(text) === null;
  const picker = useRef<HTMLInputElement>(null);

  function change(typed: string) {
    setDraft(typed);
    if (typed.trim() === '') onChange('');
    else {
      const day = parseDayText(typed);
      if (day !== null) onChange(day);
    }
  }

  function openCalendar() {
    const input = picker.current;
    if (!input) return;
    try {
      input.showPicker();
    } catch {
      // No showPicker (older browsers) or refused (e.g. in a cross-origin frame).
      input.focus();
      input.click();
    }
  }

  return (
    <span className="day-field">
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
      <button
        type="button"
        className="button icon"
        aria-label={calendarLabel}
        title={calendarLabel}
        onClick={openCalendar}
      >
        <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true">
          <rect x="1.5" y="3" width="13" height="11.5" rx="1.5" fill="none" stroke="currentColor" />
          <path d="M1.5 6.5h13M5 1.5v3M11 1.5v3" stroke="currentColor" />
        </svg>
      </button>
      <input
        ref={picker}
        type="date"
        className="day-picker"
        tabIndex={-1}
        aria-hidden="true"
        value={value}
        onChange={(event) => {
          setDraft(null);
          onChange(event.target.value);
        }}
      />
    </span>
  );
}
