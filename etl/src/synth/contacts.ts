import type { Rng } from './rng.js';

const MOBILE_PREFIXES = [
  '700',
  '701',
  '702',
  '705',
  '707',
  '708',
  '747',
  '771',
  '775',
  '776',
  '777',
  '778',
];

/** A Kazakh mobile number in E.164 from 7 unique digits. */
export function e164(rng: Rng, sevenDigits: string): string {
  return `+7${rng.pick(MOBILE_PREFIXES)}${sevenDigits}`;
}

/** The same number as people type it: +7 701 123 45 67, 8 (701) 123-45-67, 87011234567 … */
export function phoneNotation(rng: Rng, phone: string): string {
  const op = phone.slice(2, 5);
  const a = phone.slice(5, 8);
  const b = phone.slice(8, 10);
  const c = phone.slice(10, 12);
  switch (rng.int(0, 5)) {
    case 0:
      return phone;
    case 1:
      return `+7 ${op} ${a} ${b} ${c}`;
    case 2:
      return `8 (${op}) ${a}-${b}-${c}`;
    case 3:
      return `8${op}${a}${b}${c}`;
    case 4:
      return `+7(${op})${a}${b}${c}`;
    default:
      return `7${op}${a}${b}${c}`;
  }
}

const PLATE_LETTERS = 'ABCDEHKMOPTXYZ';

/** A Kazakh plate `123ABC02` from a unique counter value (3 digits + 3 letters). */
export function kazakhPlate(serial: number, region: string): string {
  const digits = String((serial % 999) + 1).padStart(3, '0');
  let rest = Math.floor(serial / 999);
  let letters = '';
  for (let i = 0; i < 3; i++) {
    letters += PLATE_LETTERS[rest % PLATE_LETTERS.length];
    rest = Math.floor(rest / PLATE_LETTERS.length);
  }
  return `${digits}${letters}${region}`;
}

/** A plate as written on a row: `123ABC02`, `123 ABC 02`, `123-ABC-02`, lower case. */
export function plateNotation(rng: Rng, plate: string): string {
  const d = plate.slice(0, 3);
  const l = plate.slice(3, 6);
  const r = plate.slice(6);
  switch (rng.int(0, 5)) {
    case 0:
      return `${d} ${l} ${r}`;
    case 1:
      return `${d}-${l}-${r}`;
    case 2:
      return plate.toLowerCase();
    default:
      return plate;
  }
}
