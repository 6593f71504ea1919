import { cypherFile, type Executor } from '@arna/graph';
import type { OrganizerEntry, PersistedLead } from '@arna/graph/detect';
import { parseEntityRef } from '@arna/graph/investigate';
import { memberRef } from './member-ref.js';

/** An organizer with its display name: null when the request stated no purpose. */
export type NamedOrganizer = OrganizerEntry & { name: string | null };
export type NamedLead<L extends PersistedLead> = Omit<L, 'organizers'> & {
  organizers: NamedOrganizer[];
};

/**
 * Puts display names (a person's full name, a firm's name) on the organizers of a page of
 * leads, with one reference seek for the whole page (the investigation module's
 * `investigate-resolve-refs`, so the label/key table stays in one query file). Names are
 * personal data: they are read only when the request states its purpose, which the caller's
 * audit entry records. Returns the leads and how many names were shown.
 */
export async function nameOrganizers<L extends PersistedLead>(
  executor: Executor,
  leads: L[],
  purpose: string | null,
): Promise<{ leads: NamedLead<L>[]; named: number }> {
  const refs = [
    ...new Set(leads.flatMap((lead) => lead.organizers.map((o) => memberRef(o) ?? ''))),
  ].filter((ref) => ref !== '');
  const names = purpose && refs.length > 0 ? await readNames(executor, refs) : new Map();
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

async function readNames(executor: Executor, refs: string[]): Promise<Map<string, string>> {
  const rows = await executor.run(
    cypherFile('queries/investigate-resolve-refs'),
    { refs: refs.map((ref) => parseEntityRef(ref)) },
    { label: 'leads:organizer-names' },
  );
  const names = new Map<string, string>();
  for (const row of rows) {
    const node = row['node'] as { properties: Record<string, unknown> };
    const name = displayName(node.properties);
    if (name) names.set(String(row['ref']), name);
  }
  return names;
}

/**
 * A party's name as the registers give it: `name` (full, as given) first, else the parts of
 * a person's name. Organizers are persons or organisations only.
 */
function displayName(properties: Record<string, unknown>): string | undefined {
  const full = properties['name'];
  if (typeof full === 'string' && full.trim()) return full.trim();
  const parts = [properties['lastName'], properties['firstName'], properties['middleName']].filter(
    (part): part is string => typeof part === 'string' && part.trim() !== '',
  );
  return parts.length > 0 ? parts.join(' ') : undefined;
}
