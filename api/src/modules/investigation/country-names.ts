import { countryName } from '@arna/graph/text';
import type { CountryName, Lang } from '../../generated/graphql.js';

/** Properties that hold a country code: as evidence prints them (`country`, `…Country`), and a foreigner's citizenship. */
const COUNTRY_PROPERTY = /^(citizenship|country|\w+Country)$/;

/** The country codes among a record's properties (a JSON object), each with its name in `lang`. */
export function countryNames(properties: unknown, lang: Lang): CountryName[] {
  if (typeof properties !== 'object' || properties === null) return [];
  return namedCountries(
    Object.entries(properties).flatMap(([property, code]) =>
      COUNTRY_PROPERTY.test(property) && typeof code === 'string' && code !== ''
        ? [{ property, code }]
        : [],
    ),
    lang,
  );
}

/** Country codes, each with the property it came from and its name in `lang`. */
export function namedCountries(
  countries: readonly { property: string; code: string }[],
  lang: Lang,
): CountryName[] {
  return countries.map(({ property, code }) => ({ property, code, name: countryName(code, lang) }));
}
