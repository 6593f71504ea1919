/**
 * Cyrillic → Latin transliteration for Russian and Kazakh, close to what passport offices
 * print (ICAO 9303 for Russian; the common Kazakh practice for ә ғ қ ң ө ұ ү һ і). It is a
 * reading aid and a matching input: `nameKey` folds what transliteration schemes disagree
 * on, so the exact choice per letter matters less than being deterministic.
 */
const LETTERS: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'i',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'iu',
  я: 'ia',
  // Kazakh
  ә: 'a',
  ғ: 'g',
  қ: 'k',
  ң: 'ng',
  ө: 'o',
  ұ: 'u',
  ү: 'u',
  һ: 'h',
  і: 'i',
  // Ukrainian/Belarusian letters that turn up in CIS documents
  ї: 'i',
  є: 'e',
  ў: 'u',
};

/** Transliterates Cyrillic letters, keeping case (first letter of a digraph upper-cased); other characters pass through. */
export function transliterate(text: string): string {
  let out = '';
  for (const char of text) {
    const lower = char.toLowerCase();
    const latin = LETTERS[lower];
    if (latin === undefined) {
      out += char;
    } else if (lower !== char && latin.length > 0) {
      out += latin[0]!.toUpperCase() + latin.slice(1);
    } else {
      out += latin;
    }
  }
  return out;
}

/** True when the text contains at least one Cyrillic letter. */
export function hasCyrillic(text: string): boolean {
  return /[\u0400-\u04ff]/.test(text);
}
