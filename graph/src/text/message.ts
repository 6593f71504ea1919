import { IntlMessageFormat } from 'intl-messageformat';

/**
 * Parsed templates by locale and text: a leads page or a brief renders the same few templates
 * hundreds of times.
 */
const compiled = new Map<string, IntlMessageFormat>();

/**
 * Renders an ICU MessageFormat template: `{name}` slots print their value as given, and the
 * `#` of a `{n, plural, …}` count agrees with its number in `locale` (1 фирмы / 2 фирм), so
 * identifiers (passports, phones) belong in slots, as strings. A missing value, or text where
 * a count is due, falls back to plain slot filling: a missing value stays visible rather than
 * silently blank.
 */
export function formatMessage(
  template: string,
  values: Record<string, string | number>,
  locale: string,
): string {
  if (countGivenAsText(template, values)) return fillSlots(template, values);
  try {
    const key = `${locale}\u0000${template}`;
    let message = compiled.get(key);
    if (!message) {
      message = new IntlMessageFormat(template, locale, undefined, { ignoreTag: true });
      compiled.set(key, message);
    }
    return String(message.format(values));
  } catch {
    return fillSlots(template, values);
  }
}

/** ICU would pick `other` for text and print its `#` as NaN («не число») instead of failing. */
function countGivenAsText(template: string, values: Record<string, string | number>): boolean {
  return Object.entries(values).some(
    ([name, value]) =>
      typeof value === 'string' &&
      Number.isNaN(Number(value)) &&
      /^\w+$/.test(name) &&
      new RegExp(`\\{\\s*${name}\\s*,\\s*(?:plural|selectordinal)\\s*,`).test(template),
  );
}

function fillSlots(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (slot, name: string) =>
    name in values ? String(values[name]) : slot,
  );
}
