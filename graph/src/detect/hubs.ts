import type { DomainConfig } from './domain-config.js';
import type { MemberProfile } from './member-profile.js';

export type HubVerdict =
  | { status: 'none' }
  /** Looks like a legitimate hub and behaves like one: suppressed. */
  | { status: 'legitimate'; type: string }
  /** Looks like a hub but its foreigners break the rules: treated as a possible front. */
  | { status: 'front'; type: string; rate: number };

/**
 * Tells a legitimate hub (university, hotel, national carrier, large employer with permits,
 * large family) from an ordinary party and from a front. A hub is recognised by what it is
 * (registered activity; a family by its guests sharing one surname; a large employer by the
 * volume of its permitted workforce); it stays suppressed only while its record is clean,
 * so a front dressed as a hotel is not hidden.
 */
export function classifyHub(profile: MemberProfile, config: DomainConfig): HubVerdict {
  const hubs = config.legitimateHubs;
  const type = hubType(profile, config);
  if (type === null) return { status: 'none' };
  const violationRate = profile.foreigners > 0 ? profile.violators / profile.foreigners : 0;
  const unpermittedRate = profile.workRecords > 0 ? profile.unpermitted / profile.workRecords : 0;
  if (violationRate >= hubs.frontViolationRate && profile.violators >= hubs.frontMinViolators) {
    return { status: 'front', type, rate: violationRate };
  }
  if (unpermittedRate >= hubs.frontUnpermittedRate) {
    return { status: 'front', type, rate: unpermittedRate };
  }
  return { status: 'legitimate', type };
}

function hubType(profile: MemberProfile, config: DomainConfig): string | null {
  const hubs = config.legitimateHubs;
  if (profile.kind === 'organization') {
    const activity = (profile.activity ?? '').toLowerCase().trim();
    const byActivity = hubs.activities[activity];
    if (byActivity) return byActivity;
    if (profile.workRecords >= hubs.largeEmployerWorkers) return 'employer';
    return null;
  }
  if (profile.kind === 'person') {
    const family =
      profile.foreigners >= hubs.largeFamilyGuests &&
      profile.sameSurname / profile.foreigners >= hubs.minFamilySharedSurname;
    return family ? 'family' : null;
  }
  return null;
}
