/**
 * The audit log as the console narrows it (user, group of actions, days) turned into the
 * `auditLog` arguments, and the window that keeps its pages steady while the log grows.
 */

/** Groups of actions the filter offers; an action's group is the part before its dot. */
export const AUDIT_ACTION_GROUPS = [
  'login',
  'logout',
  'search',
  'view',
  'lead',
  'query',
  'export',
  'user',
  'audit',
  'detection',
  'retention',
] as const;

export type AuditActionGroup = (typeof AUDIT_ACTION_GROUPS)[number];

/**
 * The console's filter: '' is "any"; days are `YYYY-MM-DD` in Almaty; `hideLogReads` leaves
 * out the entries of reading the log, which each page view adds.
 */
export interface AuditFilterInput {
  user: string;
  group: AuditActionGroup | '';
  fromDay: string;
  toDay: string;
  hideLogReads: boolean;
}

export const NO_AUDIT_FILTER: AuditFilterInput = {
  user: '',
  group: '',
  fromDay: '',
  toDay: '',
  hideLogReads: false,
};

/** Whether `filter` narrows the log at all. */
export function isFiltered(filter: AuditFilterInput): boolean {
  return (Object.keys(NO_AUDIT_FILTER) as (keyof AuditFilterInput)[]).some(
    (key) => filter[key] !== NO_AUDIT_FILTER[key],
  );
}

export interface AuditQuery {
  user?: string;
  action?: string;
  from?: string;
  to?: string;
  hideLogReads?: boolean;
}

/** Groups that are one action, named without a dot. */
const SINGLE_ACTIONS: ReadonlySet<AuditActionGroup> = new Set(['logout', 'search']);

/** The API matches `action` as a prefix: `login.` must not also match `logout`. */
function actionPrefix(group: AuditActionGroup): string {
  return SINGLE_ACTIONS.has(group) ? group : `${group}.`;
}

const almatyOffset = new Intl.DateTimeFormat('en-US', {
  timeZone: 'Asia/Almaty',
  timeZoneName: 'longOffset',
});

/**
 * Midnight of a day in Almaty as the API's ISO moment (entries are compared with `at` as
 * text, so the form must be toISOString's). The offset is the zone's own for that day: UTC+6
 * until 1 March 2024, UTC+5 since (no summer time since 2005).
 */
function almatyMidnight(day: string, plusDays = 0): string {
  const utcMidnight = new Date(`${day}T00:00:00Z`);
  utcMidnight.setUTCDate(utcMidnight.getUTCDate() + plusDays);
  const zone = almatyOffset.formatToParts(utcMidnight).find((p) => p.type === 'timeZoneName');
  const [, sign = '+', hours = '0', minutes = '0'] =
    /GMT([+-])(\d{2}):(\d{2})/.exec(zone?.value ?? '') ?? [];
  const offsetMinutes = (sign === '-' ? -1 : 1) * (Number(hours) * 60 + Number(minutes));
  return new Date(utcMidnight.getTime() - offsetMinutes * 60_000).toISOString();
}

/**
 * The `auditLog` arguments for a filter; `until` (see `pinAfter`) caps the log at the moment
 * the first page was read. The "to" day is included whole.
 */
export function auditQuery(filter: AuditFilterInput, until?: string): AuditQuery {
  const dayEnd = filter.toDay ? almatyMidnight(filter.toDay, 1) : undefined;
  const to = [dayEnd, until].filter((m): m is string => m !== undefined).sort()[0];
  return {
    ...(filter.user ? { user: filter.user } : {}),
    ...(filter.group ? { action: actionPrefix(filter.group) } : {}),
    ...(filter.fromDay ? { from: almatyMidnight(filter.fromDay) } : {}),
    ...(to ? { to } : {}),
    ...(filter.hideLogReads ? { hideLogReads: true } : {}),
  };
}

/**
 * The log's end for the following pages: just after the newest entry shown. Every read of the
 * log appends an entry (`audit.read`), so paging by offset alone shifts each older page by
 * one and repeats its first row.
 */
export function pinAfter(newestAt: string): string {
  return new Date(new Date(newestAt).getTime() + 1).toISOString();
}
