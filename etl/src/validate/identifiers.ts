import { hasValidControlDigit } from './control-digit.js';
import { isCalendarDate } from './dates.js';

/** Why an identifier failed, or null when it is valid. */
export type IdentifierProblem = 'format' | 'control-digit' | 'date' | 'century' | 'entity-type';

/**
 * ИИН of a natural person: 12 digits; digits 1-6 a valid YYMMDD date; digit 7 (century and
 * sex) in 1-6 (1/2 → 1800s, 3/4 → 1900s, 5/6 → 2000s); control digit.
 */
export function checkIin(iin: string): IdentifierProblem | null {
  if (!/^\d{12}$/.test(iin)) return 'format';
  const centuryDigit = Number(iin[6]);
  if (centuryDigit < 1 || centuryDigit > 6) return 'century';
  if (iinBirthDate(iin) === null) return 'date';
  return hasValidControlDigit(iin) ? null : 'control-digit';
}

/** The birth date an ИИН encodes (`YYYY-MM-DD`), or null when it encodes none. */
export function iinBirthDate(iin: string): string | null {
  const centuryDigit = Number(iin[6]);
  if (!/^\d{12}$/.test(iin) || centuryDigit < 1 || centuryDigit > 6) return null;
  const century = 1800 + 100 * Math.floor((centuryDigit - 1) / 2);
  const date = `${century + Number(iin.slice(0, 2))}-${iin.slice(2, 4)}-${iin.slice(4, 6)}`;
  return isCalendarDate(date) ? date : null;
}

/**
 * БИН of a legal entity: 12 digits (YYMM of registration, then the entity type in digit 5,
 * 4 = resident legal entity, 5 = non-resident, 6 = individual entrepreneur in a joint
 * venture); digit 5 in 4-6; control digit.
 */
export function checkBin(bin: string): IdentifierProblem | null {
  if (!/^\d{12}$/.test(bin)) return 'format';
  const typeDigit = Number(bin[4]);
  if (typeDigit < 4 || typeDigit > 6) return 'entity-type';
  return hasValidControlDigit(bin) ? null : 'control-digit';
}
