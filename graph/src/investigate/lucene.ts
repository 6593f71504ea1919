import { foldName, transliterate } from '../text/index.js';

/**
 * Builds the Lucene query for the `entity_search` full-text index from what an investigator
 * typed. The text is cut into words of letters and digits, so no Lucene syntax (quotes,
 * brackets, `:`, `*`, `~`, `AND`/`OR` — the analyzer lower-cases, operators are upper-case)
 * ever reaches the parser: a stray quote cannot break or widen a search.
 *
 * Every word must match (AND); a word matches through any of its spellings (OR):
 * as typed, its Latin transliteration (`searchText` holds Cyrillic values in both scripts,
 * Latin ones only as Latin), its folded form (`foldName`: KH/X→H, Y/J→I…), each exactly
 * (boosted), as a prefix (search as you type) and, for longer words, with a small edit
 * distance (Seitkali ↔ Seitqali). Returns null when the text has no word.
 */
export function luceneQuery(text: string): string | null {
  const words = wordsOf(text);
  if (words.length === 0) return null;
  return words.map(wordClause).join(' AND ');
}

export function wordsOf(text: string): string[] {
  return text
    .normalize('NFC')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);
}

function wordClause(word: string): string {
  const latin = transliterate(word).toLowerCase();
  // Folding drops digits: only for words of letters, or «123abc02» would also look for «abc».
  const folded = /^\p{L}+$/u.test(word) ? foldName(word).toLowerCase() : '';
  const spellings = unique([word, latin, folded].filter((w) => w.length > 0));
  const terms: string[] = [];
  for (const spelling of spellings) {
    terms.push(`${spelling}^3`, `${spelling}*`);
    const edits = maxEdits(spelling);
    if (edits > 0) terms.push(`${spelling}~${edits}`);
  }
  return `(${terms.join(' OR ')})`;
}

/** Edit distance tolerated for a word: none for short words and numbers, where it only adds noise. */
function maxEdits(word: string): number {
  if (/\p{N}/u.test(word) || word.length < 5) return 0;
  return word.length < 8 ? 1 : 2;
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
