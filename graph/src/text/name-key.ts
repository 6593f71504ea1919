import { transliterate } from './transliterate.js';

const DOUBLE = /(.)\1+/g;

/**
 * Spelling variants folded by `nameKey`, applied in order to the upper-case Latin form.
 * Each pair is a difference between transliteration schemes or a common misspelling seen in
 * migration records (Cyrillic «Хасанов» ↔ Khasanov / Hasanov / Xasanov, Aleksandr ↔ Alexandr, «Юсупов» ↔ Yusupov /
 * Iusupov / Jusupov). Endings such as -OV/-EV and -OVA are kept: they carry the sex.
 */
const FOLDS: readonly (readonly [RegExp, string])[] = [
  // Х is KH (ICAO), H (common) or X (Uzbek Latin), while X is also KS (Alexandr/Aleksandr):
  // all four fold to H.
  [/KH/g, 'H'],
  [/KS/g, 'H'],
  [/X/g, 'H'],
  [/ZH/g, 'J'],
  [/DJ/g, 'J'],
  [/W/g, 'V'],
  [/PH/g, 'F'],
  [/Q/g, 'K'],
  [/OU/g, 'U'],
  [/OO/g, 'U'],
  [/[YJ]/g, 'I'],
  [DOUBLE, '$1'],
  // «Евгений» is Evgenii or Yevgeniy: after Y→I, a leading/inner IE is an E.
  [/IE/g, 'E'],
  [DOUBLE, '$1'],
  // The Prophet's name is spelled Muhammad, Mohammed, Mukhamed, Muhammet (Turkmen) … in
  // passports of one person: its vowels differ in two places, beyond the one-edit rule.
  [/M[OU]HAM[AEU][DT]/g, 'MUHAMAD'],
];

/** One word or name part folded to its matching form (upper-case Latin letters only). */
export function foldName(part: string): string {
  let key = transliterate(part)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toUpperCase()
    .replace(/[^A-Z]/g, '');
  for (const [pattern, replacement] of FOLDS) key = key.replace(pattern, replacement);
  return key;
}

/**
 * A matching key for a person's name: each part transliterated, upper-cased, stripped of
 * everything but letters and folded over spelling variants; parts joined by one space,
 * empty parts dropped. Two spellings of one name give the same key; it is a key, not a
 * display form.
 */
export function nameKey(...parts: (string | null | undefined)[]): string {
  return parts
    .filter((p): p is string => typeof p === 'string')
    .map(foldName)
    .filter((p) => p.length > 0)
    .join(' ');
}
