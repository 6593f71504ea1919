import { formatMoment } from '../dates/moment-text';

/** One argument of an audit entry as the console lists it. */
export interface AuditArgument {
  name: string;
  value: string;
}

// A moment as the API writes it (toISOString), e.g. the start of a filtered period.
const ISO_MOMENT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

function valueText(value: unknown, locale: string): string {
  if (Array.isArray(value)) return value.map((item) => valueText(item, locale)).join(', ');
  if (value !== null && typeof value === 'object') {
    const inner = Object.entries(value)
      .filter(([, v]) => v !== null && v !== undefined)
      .map(([k, v]) => `${k}: ${valueText(v, locale)}`);
    return `(${inner.join('; ')})`;
  }
  if (typeof value === 'string' && ISO_MOMENT.test(value)) {
    return formatMoment(new Date(value), locale, true);
  }
  return String(value);
}

/**
 * An entry's arguments (the canonical JSON the API keeps) as `name: value` lines to read:
 * unset arguments (null) left out, lists comma-separated, no JSON quoting, moments in the app's
 * notation in Almaty time.
 */
export function auditArguments(args: unknown, locale: string): AuditArgument[] {
  if (args === null || typeof args !== 'object' || Array.isArray(args)) {
    return args === null || args === undefined
      ? []
      : [{ name: '', value: valueText(args, locale) }];
  }
  return Object.entries(args)
    .filter(([, value]) => value !== null && value !== undefined)
    .map(([name, value]) => ({ name, value: valueText(value, locale) }));
}
