import { cypherFile } from '../db/cypher-files.js';
import type { Executor } from '../db/executor.js';
import { normalizePassportNo, normalizePhone, normalizePlate } from '../text/index.js';
import { InvalidArgumentError } from './errors.js';
import { luceneQuery } from './lucene.js';
import { summarize, type NodeSummary, type PlainNode } from './nodes.js';
import { entityKinds, limitWithin } from './options.js';
import { labelOfKind, type EntityKind } from './refs.js';
import { linkedCountries, type LinkedCountry } from './linked-countries.js';

export interface SearchOptions {
  /** Only these kinds of entity (default: all). */
  kinds?: readonly EntityKind[];
  /** Most hits returned, 1–100 (default 20). */
  limit?: number;
}

export type MatchedOn = 'iin' | 'bin' | 'rka' | 'phone' | 'plate' | 'passport' | 'text';

export interface SearchHit extends NodeSummary {
  /** What matched: an exact identifier, or `text` for a full-text hit. */
  matchedOn: MatchedOn;
  /** Lucene relevance of a full-text hit; null for exact identifier matches (listed first). */
  score: number | null;
  /** The country codes its label or subtitle shows (a foreigner's citizenship), to be named. */
  countries: LinkedCountry[];
}

/** Longest search text: a full name with an address; each word widens the Lucene query. */
const MAX_TEXT = 200;

/** How many index hits to read per wanted hit when a kinds filter drops some. */
const OVERFETCH_WHEN_FILTERED = 5;

/**
 * Finds entities by name, address or identifier. Exact identifier matches (ИИН/БИН, РКА,
 * phone in any notation, plate, passport number) come first, then full-text hits of
 * `entity_search` by relevance; Cyrillic and Latin spellings find each other (lucene.ts).
 */
export async function search(
  executor: Executor,
  q: string,
  options: SearchOptions = {},
): Promise<SearchHit[]> {
  const text = q.trim();
  if (text.length === 0) throw new InvalidArgumentError('q', 'the search text is empty');
  if (text.length > MAX_TEXT) {
    throw new InvalidArgumentError('q', `the search text is longer than ${MAX_TEXT} characters`);
  }
  const limit = limitWithin('limit', options.limit, 20, 100);
  const kinds = entityKinds('kinds', options.kinds);
  const wanted = kinds ? new Set<string>(kinds) : null;

  const [exact, fullText] = await Promise.all([
    exactMatches(executor, text),
    fullTextMatches(executor, text, kinds, limit),
  ]);
  const hits = new Map<string, SearchHit>();
  for (const hit of [...exact, ...fullText]) {
    if (wanted && !wanted.has(hit.kind)) continue;
    if (!hits.has(hit.ref)) hits.set(hit.ref, hit);
  }
  return [...hits.values()].slice(0, limit);
}

/** The identifier forms the text could be; null where it cannot be that identifier. */
export function identifierCandidates(text: string) {
  const compact = text.replace(/[\s-]/g, '');
  const hasDigit = /\d/.test(text);
  const phoneLike = /^\+?[\d\s().-]+$/.test(text) && compact.replace(/\D/g, '').length >= 7;
  return {
    digits: /^\d{12}$/.test(compact) ? compact : null,
    rka: /^\d{16}$/.test(compact) ? compact : null,
    phone: phoneLike ? normalizePhone(text) : null,
    plate: hasDigit ? normalizePlate(text) : null,
    passportNo: hasDigit ? normalizePassportNo(text) : null,
  };
}

async function exactMatches(executor: Executor, text: string): Promise<SearchHit[]> {
  const params = identifierCandidates(text);
  if (Object.values(params).every((v) => v === null)) return [];
  const rows = await executor.run(cypherFile('queries/investigate-search-exact'), params, {
    label: 'investigate:search-exact',
  });
  return rows.map((row) => hit(row['node'] as PlainNode, row['matchedOn'] as MatchedOn, null));
}

async function fullTextMatches(
  executor: Executor,
  text: string,
  kinds: EntityKind[] | null,
  limit: number,
): Promise<SearchHit[]> {
  const query = luceneQuery(text);
  if (query === null) return [];
  const rows = await executor.run(
    cypherFile('queries/investigate-search-fulltext'),
    {
      query,
      labels: kinds ? kinds.map(labelOfKind) : null,
      fetch: kinds ? limit * OVERFETCH_WHEN_FILTERED : limit,
      limit,
    },
    { label: 'investigate:search' },
  );
  return rows.map((row) => hit(row['node'] as PlainNode, 'text', row['score'] as number));
}

function hit(node: PlainNode, matchedOn: MatchedOn, score: number | null): SearchHit {
  return { ...summarize(node), matchedOn, score, countries: linkedCountries([node]) };
}
