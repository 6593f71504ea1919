import { randomUUID } from 'node:crypto';
import { AppForbiddenError, AppValidationError } from '../errors.js';
import type { Actor, Role } from '../roles.js';
import {
  DISMISS_REASONS,
  isDismissReason,
  type LeadAction,
  type LeadEvent,
  type LeadState,
  type LeadStatus,
} from './workflow-types.js';

/** Status changes: from which statuses each action may be taken, and where it leads. */
const STATUS_MOVES = {
  acknowledge: { from: ['new'], to: 'acknowledged' },
  start_review: { from: ['acknowledged'], to: 'in_review' },
  notify: { from: ['acknowledged', 'in_review'], to: 'notified' },
  dismiss: { from: ['acknowledged', 'in_review'], to: 'dismissed' },
  open_case: { from: ['acknowledged', 'in_review', 'notified'], to: 'case_opened' },
  reopen: { from: ['dismissed'], to: 'in_review' },
} as const satisfies Record<string, { from: readonly LeadStatus[]; to: LeadStatus }>;

/** Who may do what: analysts comment, investigators work their own leads, supervisors all. */
const ACTION_ROLES: Record<LeadAction['type'], readonly Role[]> = {
  acknowledge: ['INVESTIGATOR', 'SUPERVISOR'],
  start_review: ['INVESTIGATOR', 'SUPERVISOR'],
  notify: ['INVESTIGATOR', 'SUPERVISOR'],
  dismiss: ['INVESTIGATOR', 'SUPERVISOR'],
  open_case: ['INVESTIGATOR', 'SUPERVISOR'],
  reopen: ['SUPERVISOR'],
  assign: ['INVESTIGATOR', 'SUPERVISOR'],
  comment: ['INVESTIGATOR', 'ANALYST', 'SUPERVISOR'],
};

const MAX_TEXT = 4_000;

function text(
  value: string | undefined,
  field: string,
  required: boolean,
  max = MAX_TEXT,
): string | null {
  const trimmed = value?.trim() ?? '';
  if (trimmed === '') {
    if (required) throw new AppValidationError(`${field} is required`, field);
    return null;
  }
  if (trimmed.length > max)
    throw new AppValidationError(`${field}: at most ${max} characters`, field);
  return trimmed;
}

/**
 * Applies one action to a state: checks role, ownership, the status move and the action's
 * required fields, and returns the new state and the history event. Pure: the store persists
 * both in one transaction. `assigneeExists` is checked by the store before this runs.
 */
export function applyLeadAction(
  state: LeadState,
  action: LeadAction,
  actor: Actor,
  now: Date,
): { state: LeadState; event: LeadEvent } {
  if (!ACTION_ROLES[action.type].includes(actor.role)) {
    throw new AppForbiddenError(`${action.type} is for ${ACTION_ROLES[action.type].join(', ')}`);
  }
  const isSupervisor = actor.role === 'SUPERVISOR';
  const ownsOrFree = state.assignee === null || state.assignee === actor.username;
  if (!isSupervisor && action.type !== 'comment' && !ownsOrFree) {
    throw new AppForbiddenError(`lead ${state.networkId} is assigned to ${state.assignee}`);
  }
  const at = now.toISOString();
  const next: LeadState = { ...state, updatedAt: at, version: state.version + 1 };
  let details: Record<string, unknown>;

  if (action.type in STATUS_MOVES) {
    const move = STATUS_MOVES[action.type as keyof typeof STATUS_MOVES];
    if (!(move.from as readonly LeadStatus[]).includes(state.status)) {
      throw new AppValidationError(
        `cannot ${action.type.replace('_', ' ')} a lead that is ${state.status} (allowed from: ${move.from.join(', ')})`,
        'status',
      );
    }
    next.status = move.to;
  }

  switch (action.type) {
    case 'comment':
      details = { text: text(action.text, 'text', true) };
      break;
    case 'assign': {
      const assignee =
        action.assignee === null ? null : text(action.assignee, 'assignee', true, 64);
      if (!isSupervisor && assignee !== actor.username) {
        throw new AppForbiddenError('an investigator may only assign a free lead to themselves');
      }
      next.assignee = assignee;
      details = { assignee, previous: state.assignee };
      break;
    }
    case 'acknowledge':
      next.acknowledgedAt = at;
      next.acknowledgedBy = actor.username;
      next.assignee = state.assignee ?? actor.username;
      details = { note: text(action.note, 'note', false) };
      break;
    case 'start_review':
      details = { note: text(action.note, 'note', false) };
      break;
    case 'notify':
      next.notifiedService = text(action.service, 'service', true, 200);
      next.decidedAt = at;
      details = { service: next.notifiedService, note: text(action.note, 'note', false) };
      break;
    case 'dismiss': {
      const code = action.reasonCode?.trim() ?? '';
      if (!isDismissReason(code)) {
        throw new AppValidationError(
          `a dismissal needs a reason code: ${Object.entries(DISMISS_REASONS)
            .map(([c, meaning]) => `${c} (${meaning})`)
            .join(', ')}`,
          'reasonCode',
        );
      }
      next.dismissReason = code;
      next.dismissNote = text(action.note, 'note', true);
      next.decidedAt = at;
      details = { reasonCode: code, note: next.dismissNote };
      break;
    }
    case 'open_case':
      next.caseNumber = text(action.caseNumber, 'caseNumber', true, 64);
      next.decidedAt = at;
      details = { caseNumber: next.caseNumber, note: text(action.note, 'note', false) };
      break;
    case 'reopen':
      next.dismissReason = null;
      next.dismissNote = null;
      next.decidedAt = null;
      details = { note: text(action.note, 'note', true) };
      break;
  }

  const event: LeadEvent = {
    id: randomUUID(),
    networkId: state.networkId,
    version: next.version,
    at,
    user: actor.username,
    type: action.type,
    fromStatus: state.status,
    toStatus: next.status,
    details,
  };
  return { state: next, event };
}

/** The state of a network nobody has touched yet. */
export function initialLeadState(networkId: string, receivedAt: string): LeadState {
  return {
    networkId,
    status: 'new',
    assignee: null,
    receivedAt,
    acknowledgedAt: null,
    acknowledgedBy: null,
    decidedAt: null,
    notifiedService: null,
    dismissReason: null,
    dismissNote: null,
    caseNumber: null,
    updatedAt: null,
    version: 0,
  };
}
