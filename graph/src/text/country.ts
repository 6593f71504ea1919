// Only the code tables: the package's Node entry would also load its ~80 name catalogues,
// while the names come from the runtime's own CLDR data (`Intl.DisplayNames`).
import { alpha3ToAlpha2 } from 'i18n-iso-countries/index.js';

const displayNames = new Map<string, Intl.DisplayNames>();

/**
 * A country of the records (ISO 3166 alpha-3, as passports and crossings give it) as a word
 * in `locale`: `RUS` → «Россия» / «Ресей» / "Russia". A code without an ISO country (ICAO's
 * `XXA` for a stateless person, a typing error) is printed as given.
 */
export function countryName(code: string, locale: string): string {
  const alpha2 = alpha3ToAlpha2(code.toUpperCase());
  if (!alpha2) return code;
  let names = displayNames.get(locale);
  if (!names) {
    names = new Intl.DisplayNames([locale], { type: 'region', fallback: 'code' });
    displayNames.set(locale, names);
  }
  const name = names.of(alpha2);
  return name === undefined || name === alpha2 ? code : name;
}
