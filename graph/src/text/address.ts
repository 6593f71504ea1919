import { foldName } from './name-key.js';
import { transliterate } from './transliterate.js';

export interface NormalizedAddress {
  /** Canonical text `city, street, house, flat` (inner empty parts kept, trailing ones cut), Latin, lower-case. */
  text: string;
  city: string | null;
  street: string | null;
  house: string | null;
  flat: string | null;
}

type Part = 'city' | 'street' | 'house' | 'flat' | 'region';

/**
 * Markers of address parts in Russian, Kazakh and Latin notation, keyed by the lower-case
 * word with its trailing dot removed. Street types map to one canonical type so that
 * «ул. Абая» and «Абай көш.» both read `ul …`.
 */
const MARKERS: Record<string, { part: Part; type?: string }> = {
  г: { part: 'city' },
  гор: { part: 'city' },
  город: { part: 'city' },
  қ: { part: 'city' },
  қала: { part: 'city' },
  қаласы: { part: 'city' },
  city: { part: 'city' },
  ул: { part: 'street', type: 'ul' },
  улица: { part: 'street', type: 'ul' },
  көш: { part: 'street', type: 'ul' },
  көше: { part: 'street', type: 'ul' },
  көшесі: { part: 'street', type: 'ul' },
  st: { part: 'street', type: 'ul' },
  str: { part: 'street', type: 'ul' },
  street: { part: 'street', type: 'ul' },
  пр: { part: 'street', type: 'pr' },
  просп: { part: 'street', type: 'pr' },
  проспект: { part: 'street', type: 'pr' },
  даңғ: { part: 'street', type: 'pr' },
  даңғыл: { part: 'street', type: 'pr' },
  даңғылы: { part: 'street', type: 'pr' },
  ave: { part: 'street', type: 'pr' },
  avenue: { part: 'street', type: 'pr' },
  мкр: { part: 'street', type: 'mkr' },
  мкрн: { part: 'street', type: 'mkr' },
  микрорайон: { part: 'street', type: 'mkr' },
  ыа: { part: 'street', type: 'mkr' },
  ша: { part: 'street', type: 'mkr' },
  шағынаудан: { part: 'street', type: 'mkr' },
  ықшамаудан: { part: 'street', type: 'mkr' },
  mkr: { part: 'street', type: 'mkr' },
  пер: { part: 'street', type: 'per' },
  переулок: { part: 'street', type: 'per' },
  тұйық: { part: 'street', type: 'per' },
  тұйығы: { part: 'street', type: 'per' },
  бул: { part: 'street', type: 'bul' },
  бульв: { part: 'street', type: 'bul' },
  бульвар: { part: 'street', type: 'bul' },
  шоссе: { part: 'street', type: 'sh' },
  тас: { part: 'street', type: 'sh' },
  д: { part: 'house' },
  дом: { part: 'house' },
  үй: { part: 'house' },
  уй: { part: 'house' },
  house: { part: 'house' },
  h: { part: 'house' },
  кв: { part: 'flat' },
  квартира: { part: 'flat' },
  пәт: { part: 'flat' },
  пәтер: { part: 'flat' },
  пәтері: { part: 'flat' },
  apt: { part: 'flat' },
  flat: { part: 'flat' },
  обл: { part: 'region' },
  область: { part: 'region' },
  облысы: { part: 'region' },
  р: { part: 'region' },
  район: { part: 'region' },
  ауданы: { part: 'region' },
  district: { part: 'region' },
  region: { part: 'region' },
};

/** Multi-word or hyphenated markers rewritten to one word before tokenising. */
const REWRITES: readonly (readonly [RegExp, string])[] = [
  [/ы\.\s*а\.?/gu, ' ыа '],
  [/ш\.\s*а\.?/gu, ' ша '],
  [/шағын\s+аудан[ыі]?/gu, ' шағынаудан '],
  [/ықшам\s+аудан[ыі]?/gu, ' ықшамаудан '],
  [/пр-т|пр-кт/gu, ' пр '],
  [/б-р/gu, ' бул '],
  [/р-н/gu, ' р '],
  [/м-н/gu, ' мкр '],
  [/№/gu, ' '],
];

const HOUSE_LIKE = /^\d+[\p{L}]?([/-]\d+[\p{L}]?)?$/u;

function tokens(component: string): string[] {
  let text = component.toLowerCase().replace(/ё/g, 'е');
  for (const [pattern, replacement] of REWRITES) text = text.replace(pattern, replacement);
  return text
    .replace(/\./g, '. ')
    .split(/\s+/)
    .map((t) => t.replace(/\.$/, ''))
    .filter((t) => t.length > 0);
}

/**
 * A place name (city or street) in its matching form: each word folded like a name, its
 * trailing vowels cut (Russian case endings: «ул. Абая» / «Абай көш.», «пр. Республики» /
 * «Республика даңғ.»), digits kept (`Самал-2`), lower-case. A key, not a display form.
 */
function placeName(words: string[]): string {
  return words
    .map((word) =>
      word
        .split(/(\d+)/)
        .map((segment) => (/^\d+$/.test(segment) ? segment : stem(foldName(segment))))
        .join('')
        .toLowerCase(),
    )
    .filter((w) => w.length > 0)
    .join(' ');
}

function stem(folded: string): string {
  const cut = folded.replace(/[AEIOU]+$/, '');
  return cut.length >= 2 ? cut : folded;
}

/** A house or flat number: Latin, lower-case, letters and digits and `/` only. */
function number(words: string[]): string {
  return transliterate(words.join(''))
    .toLowerCase()
    .replace(/[^a-z0-9/]/g, '');
}

/**
 * Parses a free-text address (`г. Алматы, ул. Абая, д. 10, кв. 5`, `Алматы қ., Абай көш.,
 * 10 үй, 5 пәт.`, `Almaty, Abai st 10-5` …) into city, street, house and flat, and a
 * canonical text made of them that is the same for the usual Russian, Kazakh and Latin
 * notations of one address. Regions and districts are dropped from the key (they are often
 * omitted). Returns null for an empty text.
 */
export function normalizeAddress(raw: string | null | undefined): NormalizedAddress | null {
  if (typeof raw !== 'string' || raw.trim() === '') return null;
  const found: Record<Exclude<Part, 'region'>, string | null> = {
    city: null,
    street: null,
    house: null,
    flat: null,
  };
  for (const words of raw.split(/[,;]/).flatMap((component) => segments(tokens(component)))) {
    const marker = words.map((w) => MARKERS[w]).find((m) => m !== undefined);
    const rest = words.filter((w) => MARKERS[w] === undefined);
    if (rest.length === 0) continue;
    if (marker?.part === 'region') continue;
    if (marker?.part === 'house' || marker?.part === 'flat') {
      found[marker.part] = number(rest);
      continue;
    }
    // A street with its house number in the same component: «Abai st 10».
    const last = rest[rest.length - 1]!;
    const trailingNumber = rest.length > 1 && HOUSE_LIKE.test(last) ? last : null;
    const nameWords = trailingNumber ? rest.slice(0, -1) : rest;
    if (marker?.part === 'street') {
      found.street = `${marker.type} ${placeName(nameWords)}`;
      if (trailingNumber) assignNumber(found, trailingNumber);
    } else if (marker?.part === 'city') {
      found.city = placeName(rest);
    } else if (HOUSE_LIKE.test(rest.join(''))) {
      assignNumber(found, rest.join(''));
    } else if (found.city === null && found.street === null) {
      found.city = placeName(rest);
    } else if (found.street === null) {
      found.street = placeName(nameWords);
      if (trailingNumber) assignNumber(found, trailingNumber);
    }
  }
  const text = [found.city, found.street, found.house, found.flat].map((p) => p ?? '').join(', ');
  return { text, ...found };
}

/**
 * The parts of one comma-separated component, one marker each. Registers without commas write
 * «МКР. НУРСАТ 99 КВ 139» or «Абай көш 10 үй 5 пәт»: a Russian marker opens its part (cut
 * before each marker), a Kazakh one closes it (cut after each), told apart by whether the
 * component starts with a marker.
 */
function segments(words: string[]): string[][] {
  if (words.filter((w) => MARKERS[w] !== undefined).length < 2) return [words];
  const prefix = MARKERS[words[0]!] !== undefined;
  const parts: string[][] = [[]];
  for (const word of words) {
    const isMarker = MARKERS[word] !== undefined;
    if (prefix && isMarker && parts.at(-1)!.length > 0) parts.push([]);
    parts.at(-1)!.push(word);
    if (!prefix && isMarker) parts.push([]);
  }
  return parts.filter((part) => part.length > 0);
}

/** `10` → house; `10-5` → house 10, flat 5; a second bare number is the flat. */
function assignNumber(found: { house: string | null; flat: string | null }, value: string): void {
  const split = /^(\d+[\p{L}]?)-(\d+)$/u.exec(value);
  if (split && found.house === null) {
    found.house = number([split[1]!]);
    found.flat = number([split[2]!]);
  } else if (found.house === null) {
    found.house = number([value]);
  } else if (found.flat === null) {
    found.flat = number([value]);
  }
}
