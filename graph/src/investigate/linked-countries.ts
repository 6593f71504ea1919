import type { Fact } from './facts.js';
import type { PlainNode } from './nodes.js';
import { parseRef } from './refs.js';

/** A country code a linked entity's summary shows, and the property it comes from. */
export interface LinkedCountry {
  property: 'citizenship' | 'country';
  code: string;
}

/** The summaries' country properties (`summarize`: citizenship of a foreigner, country of a document). */
const SUMMARY_COUNTRY_PROPERTIES = ['citizenship', 'country'] as const;

/**
 * The country codes among the summaries of `nodes` and of the documents taking part in
 * `facts` (a reference `document:<COUNTRY:NUMBER>` carries its country), each code once.
 */
export function linkedCountries(
  nodes: readonly PlainNode[],
  facts: readonly Fact[] = [],
): LinkedCountry[] {
  const found: LinkedCountry[] = [
    ...nodes.flatMap((node) =>
      SUMMARY_COUNTRY_PROPERTIES.flatMap((property) => {
        const code = node.properties[property];
        return typeof code === 'string' && code !== '' ? [{ property, code }] : [];
      }),
    ),
    ...facts.flatMap((fact) =>
      fact.participants.flatMap((participant) => {
        const code =
          participant.kind === 'document' ? parseRef(participant.ref).key.split(':')[0] : '';
        return code ? [{ property: 'country' as const, code }] : [];
      }),
    ),
  ];
  const byCode = new Map<string, LinkedCountry>();
  for (const country of found) if (!byCode.has(country.code)) byCode.set(country.code, country);
  return [...byCode.values()];
}
