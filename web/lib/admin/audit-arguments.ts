import { formatMoment } from '../dates/moment-text';

/** One argument of an audit entry as the console lists it. */
export interface AuditArgument {
  name: string;
  value: string;
}

// A moment as the API writes it (toISOString), e.g. the start of a filtered period.
const ISO_MOMENT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

/** How yes and no read in the reader's language; `true`/`false` without one. */
export interface YesNo {
  yes: string;
  no: string;
}

const AS_CODED: YesNo = { yes: 'true', no: 'false' };

function valueText(value: unknown, locale: string, yesNo: YesNo): string {
  if (Array.isArray(value)) return value.map((item) => valueText(item, locale, yesNo)).join(', ');
  if (value !== null && typeof value === 'object') {
    const inner = Object.entries(value)
      .filter(([, v]) => v !== null && v !== undefined)
      .map(([k, v]) => `${k}: ${valueText(v, locale, yesNo)}`);
    return `(${inner.join('; ')})`;
  }
  if (typeof value === 'string' && ISO_MOMENT.test(value)) {
    return formatMoment(new Date(value), locale, true);
  }
  if (typeof value === 'boolean') return value ? yesNo.yes : yesNo.no;
  return String(value);
}

/**
 * An entry's arguments (the canonical JSON the API keeps) as `name: value` lines to read:
 * unset arguments (null) left out, lists comma-separated, no JSON quoting, moments in the app's
 * notation in Almaty time, yes and no in words when `yesNo` gives them.
 */
export function auditArguments(
  args: unknown,
  locale: string,
  yesNo: YesNo = AS_CODED,
): AuditArgument[] {
  if (args === null || typeof args !== 'object' || Array.isArray(args)) {
    return args === null || args === undefined
      ? []
      : [{ name: '', value: valueText(args, locale, yesNo) }];
  }
  return Object.entries(args)
    .filter(([, value]) => value !== null && value !== undefined)
    .map(([name, value]) => ({ name, value: valueText(value, locale, yesNo) }));
}
