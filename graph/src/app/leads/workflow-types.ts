/**
 * The lead workflow of the triage discipline of MVD order No. 742: a status, an owner, an
 * acknowledgement, a reason code for every dismissal, deadlines, and the full history.
 */
export const LEAD_STATUSES = [
  'new',
  'acknowledged',
  'in_review',
  'notified',
  'dismissed',
  'case_opened',
] as const;
export type LeadStatus = (typeof LEAD_STATUSES)[number];

/** Order No. 742 reason codes for ignoring an automatic match. */
export const DISMISS_REASONS = {
  '01': 'data mismatch',
  '02': 'duplicate of an earlier notification',
  '06': 'not relevant',
} as const;
export type DismissReason = keyof typeof DISMISS_REASONS;

export function isDismissReason(value: string): value is DismissReason {
  return Object.hasOwn(DISMISS_REASONS, value);
}

export type LeadAction =
  | { type: 'acknowledge'; note?: string }
  | { type: 'start_review'; note?: string }
  | { type: 'notify'; service: string; note?: string }
  | { type: 'dismiss'; reasonCode: string; note: string }
  | { type: 'open_case'; caseNumber: string; note?: string }
  | { type: 'reopen'; note: string }
  | { type: 'assign'; assignee: string | null }
  | { type: 'comment'; text: string };

export type LeadActionType = LeadAction['type'];

/** The stored workflow record of one network (`LeadState`), apart from `Network`. */
export interface LeadState {
  networkId: string;
  status: LeadStatus;
  assignee: string | null;
  /** When the lead reached the unit: the start of the detection run that first found it. */
  receivedAt: string;
  acknowledgedAt: string | null;
  acknowledgedBy: string | null;
  decidedAt: string | null;
  notifiedService: string | null;
  dismissReason: DismissReason | null;
  dismissNote: string | null;
  caseNumber: string | null;
  updatedAt: string | null;
  /** Bumped by every event; events carry it as their order. */
  version: number;
}

/** One entry of a lead's history (`LeadEvent`). */
export interface LeadEvent {
  id: string;
  networkId: string;
  version: number;
  at: string;
  user: string;
  type: LeadActionType;
  fromStatus: LeadStatus;
  toStatus: LeadStatus;
  /** The action's fields (service, reason code, note, case number, assignee, comment text). */
  details: Record<string, unknown>;
}

/** A state with its deadlines and overdue flags at a moment. */
export interface LeadWorkflow extends LeadState {
  acknowledgeDueAt: string;
  decisionDueAt: string;
  acknowledgementOverdue: boolean;
  decisionOverdue: boolean;
}
