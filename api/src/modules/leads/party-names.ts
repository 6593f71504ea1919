import type { Executor } from '@arna/graph';
import type { MemberEntry, OrganizerEntry, PersistedLead } from '@arna/graph/detect';
import { displayNames } from '@arna/graph/investigate';
import { memberRef } from './member-ref.js';

/** An organizer or member with its display name: null when the request stated no purpose. */
export type NamedOrganizer = OrganizerEntry & { name: string | null };
export type NamedMember = MemberEntry & { name: string | null };
export type NamedLead<L extends PersistedLead> = Omit<L, 'organizers' | 'members'> & {
  organizers: NamedOrganizer[];
  members: NamedMember[];
};

/**
 * Puts display names (a person's full name, a firm's name, a migrant's as its passport
 * holder's) on the organizers of a page of leads, and with `members` on every member too (one
 * lead's view; a page lists organizers only), with one reference seek for all. Names are
 * personal data: they are read only when the request states its purpose, which the caller's
 * audit entry records. Returns the leads and how many names were shown.
 */
export async function nameParties<L extends PersistedLead>(
  executor: Executor,
  leads: L[],
  purpose: string | null,
  options: { members: boolean },
): Promise<{ leads: NamedLead<L>[]; named: number }> {
  const parties = (lead: L): (OrganizerEntry | MemberEntry)[] => [
    ...lead.organizers,
    ...(options.members ? lead.members : []),
  ];
  const refs = [
    ...new Set(leads.flatMap((lead) => parties(lead).map((p) => memberRef(p) ?? ''))),
  ].filter((ref) => ref !== '');
  const names =
    purpose && refs.length > 0 ? await displayNames(executor, refs) : new Map<string, string>();
  let named = 0;
  const withName = <P extends OrganizerEntry | MemberEntry>(party: P, wanted: boolean) => {
    const name: string | null = wanted ? (names.get(memberRef(party) ?? '') ?? null) : null;
    if (name) named += 1;
    return { ...party, name };
  };
  const withNames = leads.map((lead) => ({
    ...lead,
    organizers: lead.organizers.map((organizer) => withName(organizer, true)),
    members: lead.members.map((member) => withName(member, options.members)),
  }));
  return { leads: withNames, named };
}
