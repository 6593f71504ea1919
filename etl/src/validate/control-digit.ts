const FIRST_WEIGHTS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11] as const;
const SECOND_WEIGHTS = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2] as const;

function weightedMod11(digits: readonly number[], weights: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < weights.length; i++) sum += digits[i]! * weights[i]!;
  return sum % 11;
}

/**
 * The control digit of an ИИН/БИН from its first 11 digits, as the drop contract defines it:
 * weights 1..11 mod 11; if that gives 10, weights 3..11,1,2 mod 11; if still 10 there is no
 * valid control digit (null).
 */
export function controlDigit(first11: readonly number[]): number | null {
  const first = weightedMod11(first11, FIRST_WEIGHTS);
  if (first !== 10) return first;
  const second = weightedMod11(first11, SECOND_WEIGHTS);
  return second === 10 ? null : second;
}

/** True when a 12-digit string carries its correct control digit. */
export function hasValidControlDigit(number: string): boolean {
  if (!/^\d{12}$/.test(number)) return false;
  const digits = [...number].map(Number);
  return controlDigit(digits.slice(0, 11)) === digits[11];
}
