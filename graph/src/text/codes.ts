/**
 * Cyrillic letters that look like Latin ones on plates and in passport numbers; an officer
 * typing «123АВС02» on a Russian layout means 123ABC02.
 */
const LOOKALIKES: Record<string, string> = {
  А: 'A',
  В: 'B',
  Е: 'E',
  К: 'K',
  М: 'M',
  Н: 'H',
  О: 'O',
  Р: 'P',
  С: 'C',
  Т: 'T',
  У: 'Y',
  Х: 'X',
};

function latinLookalikes(text: string): string {
  return text.replace(/[АВЕКМНОРСТУХ]/g, (c) => LOOKALIKES[c] ?? c);
}

/** Upper-case, without spaces, dashes, dots, slashes and `№`, Cyrillic look-alikes in Latin. */
function compactCode(raw: string): string {
  return latinLookalikes(raw.toUpperCase().replace(/[\s\-./№]/g, ''));
}

/**
 * A vehicle registration plate as upper-case letters and digits (`123 abc-02` → `123ABC02`).
 * Returns null when anything but letters and digits remains, or nothing does.
 */
export function normalizePlate(raw: string | null | undefined): string | null {
  if (typeof raw !== 'string') return null;
  const plate = compactCode(raw);
  return /^[A-Z0-9]+$/.test(plate) ? plate : null;
}

/**
 * A travel-document number as in the `Document.key` (`AB 123-4567` → `AB1234567`): upper
 * case, separators removed, Cyrillic look-alikes in Latin. Returns null when empty.
 */
export function normalizePassportNo(raw: string | null | undefined): string | null {
  if (typeof raw !== 'string') return null;
  const number = compactCode(raw);
  return number === '' ? null : number;
}
