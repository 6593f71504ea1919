import type { LeadStatus } from './types';

export type LeadDecision = 'review' | 'notify' | 'dismiss' | 'openCase';

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
};

export function isAllowedFrom(decision: LeadDecision, status: LeadStatus): boolean {
  return ALLOWED_FROM[decision].includes(status);
}
