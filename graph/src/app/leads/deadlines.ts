import type { LeadState, LeadStatus, LeadWorkflow } from './workflow-types.js';

/**
 * Deadlines of order No. 742: take a match into attention within one day, decide (notify the
 * interested service, dismiss with a reason code, or open a case) within two working days.
 * Working days are Monday to Friday in Kazakhstan time (UTC+5, one zone since 2024); public
 * holidays are not modelled.
 */
export const ACKNOWLEDGE_WITHIN_HOURS = 24;
export const DECIDE_WITHIN_WORKING_DAYS = 2;
const KZ_OFFSET_MS = 5 * 3_600_000;
const DAY_MS = 86_400_000;

const UNACKNOWLEDGED: readonly LeadStatus[] = ['new'];
const UNDECIDED: readonly LeadStatus[] = ['new', 'acknowledged', 'in_review'];

const isWeekend = (local: Date) => local.getUTCDay() === 0 || local.getUTCDay() === 6;

/**
 * `from` plus `days` working days (Mon–Fri in UTC+5), same time of day. Something received
 * on a weekend starts counting at Monday 00:00.
 */
export function addWorkingDays(from: Date, days: number): Date {
  let local = new Date(from.getTime() + KZ_OFFSET_MS);
  if (isWeekend(local)) {
    local = new Date(Math.floor(local.getTime() / DAY_MS) * DAY_MS);
    while (isWeekend(local)) local = new Date(local.getTime() + DAY_MS);
  }
  let left = days;
  while (left > 0) {
    local = new Date(local.getTime() + DAY_MS);
    if (!isWeekend(local)) left -= 1;
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
