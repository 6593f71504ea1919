import { hasCyrillic, transliterate } from './transliterate.js';

/**
 * The `searchText` of an entity: every value lower-cased, and Cyrillic values also in their
 * Latin transliteration, so that «Иванов» and «Ivanov» both hit the full-text index. Words
 * are de-duplicated and kept in first-seen order.
 */
export function searchText(...values: (string | null | undefined)[]): string {
  const words: string[] = [];
  const seen = new Set<string>();
  const add = (text: string): void => {
    for (const word of text.toLowerCase().split(/[\s,;]+/)) {
      if (word.length > 0 && !seen.has(word)) {
        seen.add(word);
        words.push(word);
      }
    }
  };
  for (const value of values) {
    if (typeof value !== 'string' || value.trim() === '') continue;
    add(value);
    if (hasCyrillic(value)) add(transliterate(value));
  }
  return words.join(' ');
}
