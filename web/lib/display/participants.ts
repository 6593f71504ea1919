import type { TimelineEvent } from '@/lib/api/types';

type Participant = TimelineEvent['participants'][number];

/**
 * The order participants are read in on a timeline line: who (the offender, the foreigner
 * and the passport), who received them, who carried them, then where. The API lists them in
 * no fixed order, so lines of the same kind would each read differently.
 */
const ROLE_ORDER = [
  'offender',
  'foreigner',
  'document',
  'inviter',
  'host',
  'petitioner',
  'employer',
  'carrier',
  'driver',
  'vehicle',
  'at',
];

function rank(participant: Participant): number {
  const index = ROLE_ORDER.indexOf(participant.role);
  return index < 0 ? ROLE_ORDER.length : index;
}

/** `participants` in reading order (roles it does not know last, in the order they came). */
export function inReadingOrder(participants: readonly Participant[]): Participant[] {
  return [...participants].sort((a, b) => rank(a) - rank(b));
}
