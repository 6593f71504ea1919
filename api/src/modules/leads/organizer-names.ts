import type { Executor } from '@arna/graph';
import type { OrganizerEntry, PersistedLead } from '@arna/graph/detect';
import { displayNames } from '@arna/graph/investigate';
import { memberRef } from './member-ref.js';

/** An organizer with its display name: null when the request stated no purpose. */
export type NamedOrganizer = OrganizerEntry & { name: string | null };
export type NamedLead<L extends PersistedLead> = Omit<L, 'organizers'> & {
  organizers: NamedOrganizer[];
};

/**
 * Puts display names (a person's full name, a firm's name) on the organizers of a page of
 * leads, with one reference seek for the whole page. Names are personal data: they are read
 * only when the request states its purpose, which the caller's audit entry records. Returns the leads and how many names were shown.
 */
export async function nameOrganizers<L extends PersistedLead>(
  executor: Executor,
  leads: L[],
  purpose: string | null,
): Promise<{ leads: NamedLead<L>[]; named: number }> {
  const refs = [
    ...new Set(leads.flatMap((lead) => lead.organizers.map((o) => memberRef(o) ?? ''))),
  ].filter((ref) => ref !== '');
  const names =
    purpose && refs.length > 0 ? await displayNames(executor, refs) : new Map<string, string>();
  let named = 0;
  const withNames = leads.map((lead) => ({
    ...lead,
    organizers: lead.organizers.map((organizer) => {
      const name: string | null = names.get(memberRef(organizer) ?? '') ?? null;
      if (name) named += 1;
      return { ...organizer, name };
    }),
  }));
  return { leads: withNames, named };
}
