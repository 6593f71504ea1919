import type { Fact } from './types';

/** A country code among a record's properties, named in the UI language. */
export interface WireCountry {
  property: string;
  code: string;
  name: string;
}

/**
 * Bookkeeping, not facts: search and identity keys (an address's `key`, its normalised `city`
 * and `textKeys` read "shimkent", "rka:3614…"), provenance (shown as the source) and the
 * community of the last detection run.
 */
const INTERNAL =
  /^(searchText|nameKey|textKeys|key|city|srcFile|srcLine|loadId|communityId|communityRunId)$/;

/**
 * Scalar properties as label/value pairs, bookkeeping left out. A country code shows as the
 * name the API gave it, the code kept for a tooltip.
 */
export function propertiesOf(
  properties: Record<string, unknown>,
  countries: readonly WireCountry[],
): Fact[] {
  const named = new Map(countries.map((country) => [country.property, country]));
  return Object.entries(properties)
    .filter(([key, value]) => value !== null && value !== '' && !INTERNAL.test(key))
    .map(([key, value]): Fact => {
      const country = named.get(key);
      if (country && country.name !== country.code) {
        return { label: key, value: country.name, code: country.code };
      }
      return {
        label: key,
        value: Array.isArray(value)
          ? value.join(', ')
          : typeof value === 'object'
            ? JSON.stringify(value)
            : String(value),
      };
    });
}
