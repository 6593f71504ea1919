import type { MemberProfile } from './member-profile.js';

const PARTY_ROLES: [tag: string, role: string][] = [
  ['INVITER', 'inviter'],
  ['HOST', 'host'],
  ['EMPLOYER', 'employer'],
  ['PETITIONER', 'petitioner'],
  ['CARRIER', 'carrier'],
  ['DRIVER', 'driver'],
  ['OFFENDER', 'offender'],
];

const ADDRESS_ROLES: [tag: string, role: string][] = [
  ['Registration', 'registration address'],
  ['Invitation', 'stay address'],
  ['Employment', 'work site'],
  ['Petition', 'petition address'],
  ['Violation', 'offence address'],
];

function dominant(roles: Record<string, number>, table: [string, string][]): string | null {
  let best: string | null = null;
  let bestCount = 0;
  for (const [tag, role] of table) {
    const n = roles[tag] ?? 0;
    if (n > bestCount) {
      best = role;
      bestCount = n;
    }
  }
  return best;
}

/**
 * The role an entity plays in a network, from what its records say: a party's most frequent
 * part on events (a person with no records of its own who directs firms is their director),
 * an address by the records made at it.
 */
export function memberRole(kind: string, profile: MemberProfile | undefined): string {
  switch (kind) {
    case 'foreigner':
      return 'migrant';
    case 'vehicle':
      return 'vehicle';
    case 'phone':
      return 'phone';
    case 'document':
      return 'document';
    case 'address':
      return (profile && dominant(profile.roles, ADDRESS_ROLES)) ?? 'residence';
    default: {
      const role = profile && dominant(profile.roles, PARTY_ROLES);
      if (role) return role;
      return profile && profile.controls > 0 ? 'director' : 'associate';
    }
  }
}

/** Roles of parties that can run a channel (not a migrant, address or vehicle). */
export function isParty(kind: string): boolean {
  return kind === 'person' || kind === 'organization';
}
