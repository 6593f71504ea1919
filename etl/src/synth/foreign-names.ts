import type { Rng } from './rng.js';

/**
 * Latin → Cyrillic the way Kazakhstan's migration officers write foreign names in Russian
 * (practical transcription, not a reversible transliteration): digraphs first, `y` a vowel
 * between consonants and `й` next to vowels. Uzbek `j` and `x` follow Uzbek Latin.
 */
const DIGRAPHS: readonly (readonly [string, string])[] = [
  ['shch', 'щ'],
  ['dzh', 'дж'],
  ['dj', 'дж'],
  ['kh', 'х'],
  ['sh', 'ш'],
  ['ch', 'ч'],
  ['zh', 'ж'],
  ['ts', 'ц'],
  ['yu', 'ю'],
  ['ya', 'я'],
  ['yo', 'ё'],
  ['ye', 'е'],
  ['ee', 'и'],
  ['oo', 'у'],
  ['ou', 'у'],
  ['th', 'т'],
  ['ph', 'ф'],
  ['gh', 'г'],
  ['dh', 'д'],
  ['aa', 'а'],
];
const LETTERS: Readonly<Record<string, string>> = {
  a: 'а',
  b: 'б',
  c: 'к',
  d: 'д',
  e: 'е',
  f: 'ф',
  g: 'г',
  h: 'х',
  i: 'и',
  j: 'дж',
  k: 'к',
  l: 'л',
  m: 'м',
  n: 'н',
  o: 'о',
  p: 'п',
  q: 'к',
  r: 'р',
  s: 'с',
  t: 'т',
  u: 'у',
  v: 'в',
  w: 'в',
  x: 'кс',
  z: 'з',
  '-': '-',
  ' ': ' ',
  "'": '',
};
const VOWELS = new Set('aeiou');

const cyrillicCache = new Map<string, string>();

export function toCyrillic(latin: string, uzbekStyle = false): string {
  const key = `${uzbekStyle ? 'u' : ''}|${latin}`;
  let cyrillic = cyrillicCache.get(key);
  if (cyrillic === undefined) {
    cyrillic = transcribe(latin, uzbekStyle);
    cyrillicCache.set(key, cyrillic);
  }
  return cyrillic;
}

function transcribe(latin: string, uzbekStyle: boolean): string {
  const s = latin.toLowerCase();
  let out = '';
  let i = 0;
  while (i < s.length) {
    const digraph = DIGRAPHS.find(([lat]) => s.startsWith(lat, i));
    if (digraph) {
      out += digraph[1];
      i += digraph[0].length;
      continue;
    }
    const ch = s[i] ?? '';
    if (ch === 'y') {
      const nextIsVowel = VOWELS.has(s[i + 1] ?? '');
      const prevIsVowel = VOWELS.has(s[i - 1] ?? '');
      out += nextIsVowel || prevIsVowel ? 'й' : 'ы';
    } else if (uzbekStyle && ch === 'j') {
      out += 'ж';
    } else if (uzbekStyle && ch === 'x') {
      out += 'х';
    } else {
      out += LETTERS[ch] ?? ch;
    }
    i++;
  }
  return out.replace(/(^|[\s-])(\S)/g, (_m, sep: string, c: string) => sep + c.toUpperCase());
}

/**
 * Transliteration differences seen between passports, visa systems and hand-typed forms
 * (ICAO vs GOST vs French-style spellings): one rule applied once.
 */
const SPELLING_RULES: readonly (readonly [RegExp, string])[] = [
  [/kh/i, 'h'],
  [/(?<=[aeiou])h(?=[aeiou])/i, 'kh'],
  [/yu/i, 'iu'],
  [/ya/i, 'ia'],
  [/(?<=[aeiou])y$/i, 'i'],
  [/ey$/i, 'ei'],
  [/ou/i, 'u'],
  [/ee/i, 'i'],
  [/oo/i, 'u'],
  [/^j/i, 'dzh'],
  [/^zh/i, 'j'],
  [/mm/i, 'm'],
  [/ss/i, 's'],
  [/ll/i, 'l'],
  [/mohammad/i, 'Muhammad'],
  [/muhammad/i, 'Mohammed'],
  [/hussain/i, 'Husain'],
  [/yev$/i, 'ev'],
  [/aev$/i, 'ayev'],
  [/q/i, 'k'],
  [/w/i, 'v'],
];

function keepCase(template: string, replacement: string): string {
  return template[0] === template[0]?.toUpperCase()
    ? (replacement[0]?.toUpperCase() ?? '') + replacement.slice(1)
    : replacement.toLowerCase();
}

/** A different common spelling of a Latin name, or null when no rule applies. */
export function spellingVariant(name: string, rng: Rng): string | null {
  const applicable = SPELLING_RULES.filter(([re]) => re.test(name));
  if (applicable.length === 0) return null;
  const [re, replacement] = rng.pick(applicable);
  const out = name.replace(re, (m) => keepCase(m, replacement));
  return out === name ? null : out;
}

const KAZAKH_LATIN: Readonly<Record<string, string>> = {
  а: 'a',
  ә: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  ғ: 'g',
  д: 'd',
  е: 'e',
  ё: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'i',
  к: 'k',
  қ: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  ң: 'n',
  о: 'o',
  ө: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ұ: 'u',
  ү: 'u',
  ф: 'f',
  х: 'kh',
  һ: 'h',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  і: 'i',
  ь: '',
  э: 'e',
  ю: 'iu',
  я: 'ia',
};

/** A Kazakh surname as a foreign passport spells it (ICAO-style, Kazakh letters folded). */
export function kazakhToLatin(cyrillic: string): string {
  const latin = [...cyrillic.toLowerCase()].map((ch) => KAZAKH_LATIN[ch] ?? ch).join('');
  return latin.replace(/(^|[\s-])(\S)/g, (_m, sep: string, c: string) => sep + c.toUpperCase());
}
