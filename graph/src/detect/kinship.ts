import { foldName } from '../text/index.js';

/**
 * A family name reduced to what relatives share: transliterated and folded over spelling
 * variants (`foldName`), then without the feminine ending, so that «Нұрғалиева»,
 * Nurgaliev and NURGALIEVA meet. Kazakh, Russian, Uzbek, Turkmen and Tajik surnames take
 * the feminine -a after -ov/-ev/-in and -skii → -skaia.
 */
export function surnameStem(surname: string | null | undefined): string {
  if (!surname) return '';
  return foldName(surname)
    .replace(/(OV|EV|IN)A$/, '$1')
    .replace(/SKAIA$|SKAI$|SKA$|SKI$/, 'SK');
}

export interface Kinship {
  /** Guests bearing the host's own family name. */
  kin: number;
  /** The largest group of guests sharing one family name. */
  sameSurname: number;
  /** Guests of the most common citizenship. */
  mainCountry: number;
}

/** How much a party's foreign guests look like its relatives (see `classifyHub`). */
export function kinship(
  hostSurname: string | null,
  guests: readonly { surname: string | null; country: string | null }[],
): Kinship {
  const own = surnameStem(hostSurname);
  const bySurname = new Map<string, number>();
  const byCountry = new Map<string, number>();
  let kin = 0;
  for (const g of guests) {
    const stem = surnameStem(g.surname);
    if (stem !== '') bySurname.set(stem, (bySurname.get(stem) ?? 0) + 1);
    if (g.country) byCountry.set(g.country, (byCountry.get(g.country) ?? 0) + 1);
    if (own !== '' && stem === own) kin++;
  }
  return {
    kin,
    sameSurname: Math.max(0, ...bySurname.values()),
    mainCountry: Math.max(0, ...byCountry.values()),
  };
}
