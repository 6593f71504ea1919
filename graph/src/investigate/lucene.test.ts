import { describe, expect, it } from 'vitest';
import { luceneQuery } from './lucene.js';
import { identifierCandidates } from './search.js';

describe('luceneQuery', () => {
  it('asks for every spelling of a word: as typed, transliterated, folded, prefix and fuzzy', () => {
    const query = luceneQuery('Ахмади') ?? '';
    expect(query).toContain('ахмади^3');
    expect(query).toContain('akhmadi*');
    expect(query).toContain('ahmadi^3');
    expect(query).toContain('akhmadi~1');
  });

  it('needs every word and keeps numbers exact', () => {
    expect(luceneQuery('Абая 15')).toBe(
      '(абая^3 OR абая* OR abaia^3 OR abaia* OR abaia~1) AND (15^3 OR 15*)',
    );
  });

  it('lets no Lucene syntax through', () => {
    expect(luceneQuery('"*~:^[')).toBeNull();
    const query = luceneQuery('Abenov) OR (name:*') ?? '';
    expect(query.split(' AND ')).toHaveLength(3);
    expect(query).not.toMatch(/:|"|\)\)|\(\(/);
    expect(query).not.toContain(' OR ) ');
  });
});

describe('identifierCandidates', () => {
  it('reads ИИН/БИН, РКА, phones, plates and passport numbers', () => {
    expect(identifierCandidates('8501 0130 0123')).toMatchObject({
      digits: '850101300123',
      rka: null,
    });
    expect(identifierCandidates('0201000000000015')).toMatchObject({
      rka: '0201000000000015',
      digits: null,
    });
    expect(identifierCandidates('8 (701) 123-45-67').phone).toBe('+77011234567');
    expect(identifierCandidates('123 авс-02').plate).toBe('123ABC02');
    expect(identifierCandidates('AB 123-4567').passportNo).toBe('AB1234567');
  });

  it('does not take a name for an identifier', () => {
    expect(Object.values(identifierCandidates('Иванов Иван'))).toEqual([
      null,
      null,
      null,
      null,
      null,
    ]);
  });
});
