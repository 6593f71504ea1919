/**
 * Pattern evidence as data: a pattern returns each evidence item as a map of values (the
 * `file:line` of its source rows, dates, country codes, article numbers, coded kinds), and its
 * header's `evidence.ru/kk/en` templates (ICU MessageFormat) turn an item into a line in the
 * reader's language. Items are kept as data — in the persisted network too — so one run can
 * be read in any language.
 */
import { countryName } from '../text/country.js';
import { formatDay } from '../text/date.js';
import { formatMessage } from '../text/message.js';
import type { Lang, Templates } from './reasons.js';
import type { NetworkPatternHits } from './types.js';

/** One evidence item of a hit; what each value holds is told by its name (see `evidenceLine`). */
export type EvidenceItem = Record<string, string | number>;

/**
 * A network's evidence of one pattern: the items and the templates to print them. Persisted
 * with the items, as pattern reasons keep theirs, so a later header edit cannot leave old
 * items without a template.
 */
export interface PatternEvidence {
  id: string;
  hits: number;
  evidence: EvidenceItem[];
  templates: Templates;
}

/** As persisted: networks persisted before evidence was data hold the lines, in Russian. */
export type StoredPatternHits = PatternEvidence | { id: string; hits: number; evidence: string[] };

/**
 * One evidence line in `lang`. Values named `country` or `…Country` are ISO alpha-3 codes and
 * print as the country's name, values named `date` or `…Date` are `YYYY-MM-DD` days and print
 * in the reader's notation; everything else prints as given.
 */
export function evidenceLine(templates: Templates, item: EvidenceItem, lang: Lang): string {
  const values: EvidenceItem = {};
  for (const [name, value] of Object.entries(item)) {
    if (typeof value !== 'string') values[name] = value;
    else if (/^(country|\w+Country)$/.test(name)) values[name] = countryName(value, lang);
    else if (/^(date|\w+Date)$/.test(name)) values[name] = formatDay(value, lang);
    else values[name] = value;
  }
  return formatMessage(templates[lang], values, lang);
}

export function evidenceLines(
  templates: Templates,
  items: readonly EvidenceItem[],
  lang: Lang,
): string[] {
  return items.map((item) => evidenceLine(templates, item, lang));
}

/** A pattern's evidence as the leads export gives it, in `lang`; stored lines print as they are. */
export function patternHitsIn(stored: StoredPatternHits, lang: Lang = 'ru'): NetworkPatternHits {
  const { id, hits } = stored;
  if (!('templates' in stored)) return { id, hits, evidence: stored.evidence };
  return { id, hits, evidence: evidenceLines(stored.templates, stored.evidence, lang) };
}

/** Items of several hits as one list without repeats, first occurrence first. */
export function distinctItems(items: readonly EvidenceItem[]): EvidenceItem[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const key = JSON.stringify(Object.entries(item).sort(([a], [b]) => a.localeCompare(b)));
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
