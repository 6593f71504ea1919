import type { BriefData } from './data.js';
import { roleIn } from './data.js';
import { fill, type Messages } from './messages/index.js';

/** Roles of parties that provide the services Art. 394 names (invitations, housing, transport, work). */
const SERVICE_ROLES = [
  'inviter',
  'host',
  'carrier',
  'driver',
  'employer',
  'petitioner',
  'director',
];
/** Part 3 is worth examining for a lasting structure with divided roles. */
const GROUP_MIN_PARTIES = 4;
const GROUP_MIN_ROLES = 3;
const GROUP_MIN_DAYS = 90;

/**
 * Which parts of Art. 394 the data points to, in plain sentences with the figures behind
 * them. A preliminary reading for the investigator (the brief says so), never a verdict.
 */
export function assessArt394(data: BriefData, m: Messages): string[] {
  const parties = data.graph.nodes.filter((n) => n.kind === 'person' || n.kind === 'organization');
  const partyRoles = new Set(parties.map((n) => roleIn(n, data.networkId).role));
  const services = SERVICE_ROLES.filter((r) => partyRoles.has(r));
  const migrants = data.graph.nodes.filter((n) => n.kind === 'foreigner').length;
  const days = activeDays(data);
  const crossings = data.events.facts.filter((f) => f.kind === 'crossing').length;

  const grounds: string[] = [];
  if (services.length > 0) {
    grounds.push(
      fill(
        m.art394.grounds.part1,
        { roles: services.map((r) => m.roles[r] ?? r).join(', ') },
        m.locale,
      ),
    );
  }
  if (parties.length >= 2)
    grounds.push(fill(m.art394.grounds.part2Group, { n: parties.length }, m.locale));
  if (migrants >= 2)
    grounds.push(fill(m.art394.grounds.part2Repeated, { n: migrants, days }, m.locale));
  if (
    parties.length >= GROUP_MIN_PARTIES &&
    partyRoles.size >= GROUP_MIN_ROLES &&
    days >= GROUP_MIN_DAYS
  ) {
    grounds.push(
      fill(m.art394.grounds.part3, { roles: partyRoles.size, n: parties.length, days }, m.locale),
    );
  }
  if (crossings > 0) grounds.push(fill(m.art394.grounds.transnational, { n: crossings }, m.locale));
  return grounds;
}

/** Recommended steps: the standing ones, then one per pattern that fired, strongest first. */
export function nextSteps(data: BriefData, m: Messages): string[] {
  const byHits = [...data.lead.patterns].sort((a, b) => b.hits - a.hits);
  const specific = byHits.flatMap((p) => m.steps.byPattern[p.id] ?? []);
  return [...specific, ...m.steps.generic];
}

/** Days from the network's first to its last event (0 without dated events). */
export function activeDays(data: BriefData): number {
  const range = dateRange(data);
  if (!range) return 0;
  return Math.round((Date.parse(range.last) - Date.parse(range.first)) / 86_400_000);
}

export function dateRange(data: BriefData): { first: string; last: string } | null {
  const dates = data.events.facts.flatMap((f) => f.date ?? []).sort();
  const first = dates[0];
  const last = dates.at(-1);
  return first && last ? { first, last } : null;
}
