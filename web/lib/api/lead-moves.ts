import type { LeadStatus, User } from './types';

export type LeadDecision = 'review' | 'notify' | 'dismiss' | 'openCase' | 'reopen';

/**
 * The statuses each step may be taken from, as the API enforces them
 * (graph/src/app/leads/transitions.ts `STATUS_MOVES`): the panel offers only what the API
 * would accept, instead of a button that ends in a refusal.
 */
const ALLOWED_FROM: Record<LeadDecision, readonly LeadStatus[]> = {
  review: ['acknowledged'],
  notify: ['acknowledged', 'in_review'],
  dismiss: ['acknowledged', 'in_review'],
  openCase: ['acknowledged', 'in_review', 'notified'],
  reopen: ['dismissed'],
};

export function isAllowedFrom(decision: LeadDecision, status: LeadStatus): boolean {
  return ALLOWED_FROM[decision].includes(status);
}

/**
 * Whether `user` may take a lead's steps beyond a comment, as the API allows them
 * (transitions.ts `ACTION_ROLES` and ownership): analysts only comment, an investigator works
 * the leads that are free or assigned to them, a supervisor any lead.
 */
export function mayAct(
  user: Pick<User, 'role' | 'username'>,
  assignee: string | undefined,
): boolean {
  switch (user.role) {
    case 'SUPERVISOR':
      return true;
    case 'INVESTIGATOR':
      return assignee === undefined || assignee === user.username;
    default:
      return false;
  }
}
