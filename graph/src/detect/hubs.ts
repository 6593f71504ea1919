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
    // Relatives: some bear the host's own family name (a sister's married name differs, so
    // not all), or most share one; and they come from one country, as families do.
    const { kin, sameSurname, mainCountry } = profile.kinship;
    const n = profile.foreigners;
    const relatives =
      kin >= hubs.familyMinKin ||
      (n >= hubs.largeFamilyGuests && sameSurname / n >= hubs.minFamilySharedSurname);
    const family = n >= 2 && relatives && mainCountry / n >= hubs.familyOneCountryShare;
    return family ? 'family' : null;
  }
  return null;
}
