import type { EntitySummary } from '@/lib/api/types';
import { formatRecordDate } from '../dates/record-date';

/** No country named: codes show as they came. */
export const NO_COUNTRIES: ReadonlyMap<string, string> = new Map();

/** The names the API gave country codes, by code; a code it could not name is left out. */
export function countryNamesOf(
  countries: readonly { code: string; name: string }[],
): Map<string, string> {
  return new Map(
    countries.flatMap(({ code, name }) => (name !== code ? [[code, name] as const] : [])),
  );
}

/**
 * An entity's subtitle (`AFG · 1996-10-16 · АХМАДИ ФАРИД`, `111140000123 · construction`,
 * written by the graph module with codes and ISO dates) as a reader wants it: a country named
 * when `countries` knows its code, a date in the app's notation, a coded word (a firm's
 * activity) as `words` gives it (Афганистан · 16.10.1996 · АХМАДИ ФАРИД); the rest as it came.
 */
export function readableSubtitle(
  subtitle: string,
  countries: ReadonlyMap<string, string>,
  locale: string,
  words: (part: string) => string | undefined = () => undefined,
): string {
  return subtitle
    .split(' · ')
    .map((part) => countries.get(part) ?? formatRecordDate(part, locale) ?? words(part) ?? part)
    .join(' · ');
}

/**
 * An entity's label with a document's country named (`UZB AA1234567`, as the graph module
 * writes a document: Узбекистан AA1234567); other labels as they came.
 */
export function readableLabel(
  entity: Pick<EntitySummary, 'kind' | 'label'>,
  countries: ReadonlyMap<string, string>,
): string {
  if (entity.kind !== 'document') return entity.label;
  const [code = '', ...number] = entity.label.split(' ');
  const name = countries.get(code);
  return name ? [name, ...number].join(' ') : entity.label;
}
