/**
 * A phone number in any common notation (`8 701 123 45 67`, `+7 (701) 123-45-67`,
 * `7011234567`, `00998 90 123 45 67`) to E.164 (`+77011234567`). Numbers without a country
 * code are Kazakhstani (+7): the Soviet trunk prefix `8` is replaced by `+7`, a bare 10-digit
 * number gets `+7`. Returns null when the result is not 8–15 digits.
 */
export function normalizePhone(
  raw: string | null | undefined,
  defaultCountryCode = '7',
): string | null {
  if (typeof raw !== 'string') return null;
  const trimmed = raw.trim();
  if (trimmed === '') return null;
  let digits = trimmed.replace(/\D/g, '');
  if (trimmed.startsWith('+')) {
    // already international
  } else if (digits.startsWith('00')) {
    digits = digits.slice(2);
  } else if (digits.length === 11 && digits.startsWith('8') && defaultCountryCode === '7') {
    digits = `7${digits.slice(1)}`;
  } else if (digits.length === 10) {
    digits = `${defaultCountryCode}${digits}`;
  }
  if (digits.length < 8 || digits.length > 15) return null;
  return `+${digits}`;
}
