import type { LeadState, LeadStatus, LeadWorkflow } from './workflow-types.js';
import { workCalendar, type WorkCalendar } from './work-calendar.js';

/**
 * Deadlines of order No. 742: take a match into attention within one day, decide (notify the
 * interested service, dismiss with a reason code, or open a case) within two working days.
 * Working days are those of Kazakhstan's calendar (`work-calendar.ts`: weekends and the days
 * off of `config/calendar.json`) in Kazakhstan time (UTC+5, one zone since 2024).
 */
export const ACKNOWLEDGE_WITHIN_HOURS = 24;
export const DECIDE_WITHIN_WORKING_DAYS = 2;
const KZ_OFFSET_MS = 5 * 3_600_000;
const DAY_MS = 86_400_000;

const UNACKNOWLEDGED: readonly LeadStatus[] = ['new'];
const UNDECIDED: readonly LeadStatus[] = ['new', 'acknowledged', 'in_review'];

/**
 * `from` plus `days` working days (in UTC+5), same time of day. Something received on a day
 * off starts counting at 00:00 of the next working day.
 */
export function addWorkingDays(
  from: Date,
  days: number,
  calendar: WorkCalendar = workCalendar(),
): Date {
  let local = new Date(from.getTime() + KZ_OFFSET_MS);
  if (!calendar.isWorkingDay(local)) {
    local = new Date(Math.floor(local.getTime() / DAY_MS) * DAY_MS);
    while (!calendar.isWorkingDay(local)) local = new Date(local.getTime() + DAY_MS);
  }
  let left = days;
  while (left > 0) {
    local = new Date(local.getTime() + DAY_MS);
    if (calendar.isWorkingDay(local)) left -= 1;
  }
  return new Date(local.getTime() - KZ_OFFSET_MS);
}

export function deadlinesOf(receivedAt: string): {
  acknowledgeDueAt: string;
  decisionDueAt: string;
} {
  const received = new Date(receivedAt);
  return {
    acknowledgeDueAt: new Date(
      received.getTime() + ACKNOWLEDGE_WITHIN_HOURS * 3_600_000,
    ).toISOString(),
    decisionDueAt: addWorkingDays(received, DECIDE_WITHIN_WORKING_DAYS).toISOString(),
  };
}

/** The state with its deadlines and whether they have passed unmet at `now`. */
export function withDeadlines(state: LeadState, now: Date = new Date()): LeadWorkflow {
  const due = deadlinesOf(state.receivedAt);
  return {
    ...state,
    ...due,
    acknowledgementOverdue:
      UNACKNOWLEDGED.includes(state.status) && now.getTime() > Date.parse(due.acknowledgeDueAt),
    decisionOverdue:
      UNDECIDED.includes(state.status) && now.getTime() > Date.parse(due.decisionDueAt),
  };
}
