import type { Fact } from '@/lib/api/types';
import { formatRecordDate } from '../dates/record-date';

/** The country names the API gave among `facts` (citizenship, a crossing's countries), by code. */
export function countryNamesOf(facts: readonly Fact[]): Map<string, string> {
  return new Map(facts.flatMap((fact) => (fact.code ? [[fact.code, fact.value] as const] : [])));
}

/**
 * An entity's subtitle (`AFG · 1996-10-16 · АХМАДИ ФАРИД`, written by the graph module with
 * codes and ISO dates) as a reader wants it: a country named when `countries` knows its code,
 * a date in the app's notation (Афганистан · 16.10.1996 · АХМАДИ ФАРИД); the rest as it came.
 */
export function readableSubtitle(
  subtitle: string,
  countries: ReadonlyMap<string, string>,
  locale: string,
): string {
  return subtitle
    .split(' · ')
    .map((part) => countries.get(part) ?? formatRecordDate(part, locale) ?? part)
    .join(' · ');
}
