import { describe, expect, it } from 'vitest';
import { QueryRefusedError } from '../errors.js';
import { checkPlan, checkQueryText, positionsInQuery } from './query-guard.js';
import { bindParams } from './query-params.js';

function reason(cypher: string): string | undefined {
  try {
    checkQueryText(cypher);
    return undefined;
  } catch (error) {
    return error instanceof QueryRefusedError ? error.reason : 'other';
  }
}

describe('saved-query text check', () => {
  it.each([
    ['CREATE (n:X)', 'write'],
    ['match (n) detach delete n', 'write'],
    ['MATCH (n) SET n.x = 1', 'write'],
    ['MERGE (n:X {id: 1})', 'write'],
    ['MATCH (n) REMOVE n:Person', 'write'],
    ['MATCH (n) FOREACH (x IN [1] | CREATE (:Y))', 'write'],
    ["CALL db.createLabel('X')", 'procedure'],
    ["CALL dbms.setConfigValue('a', 'b')", 'procedure'],
    ['CALL db . createLabel("X")', 'procedure'],
    ["LOAD CSV FROM 'file:///etc/passwd' AS l RETURN l", 'load-csv'],
    ['USE system SHOW USERS', 'use-database'],
    ['MATCH (n) RETURN n; MATCH (m) RETURN m', 'multiple-statements'],
    ['EXPLAIN MATCH (n) RETURN n', 'explain'],
    ['MATCH (n) CALL (n) { RETURN 1 AS x } IN TRANSACTIONS RETURN x', 'transactions'],
    ['   ', 'empty'],
  ])('refuses %s (%s)', (cypher, expected) => {
    expect(reason(cypher)).toBe(expected);
  });

  it.each([
    "MATCH (p:Person) WHERE p.name = 'CREATE; DELETE' RETURN p.name",
    'MATCH (p:Person) // we never SET anything here\nRETURN p.createdAt, p.offset',
    'MATCH (o:Organization) WHERE o.activity = "set-up" RETURN o',
    "CALL db.index.fulltext.queryNodes('entity_search', $q) YIELD node RETURN node",
    'CALL db.labels() YIELD label RETURN label',
    'MATCH (p:Person) CALL (p) { MATCH (p)<-[:HOST]-(r) RETURN count(r) AS n } RETURN p, n;',
  ])('accepts %s', (cypher) => {
    expect(reason(cypher)).toBeUndefined();
  });
});

describe('positions of a syntax error', () => {
  it('are put back from the EXPLAIN line to the query as the analyst typed it', () => {
    expect(
      positionsInQuery(
        "Invalid input 'RETRUN': expected 'RETURN' (line 2, column 11 (offset: 18))\n\"MATCH (n) RETRUN n\"",
      ),
    ).toBe(
      "Invalid input 'RETRUN': expected 'RETURN' (line 1, column 11 (offset: 10))\n\"MATCH (n) RETRUN n\"",
    );
  });
});

describe('plan check', () => {
  it('refuses any query type but read, writing operators and procedures outside the allow-list', () => {
    expect(() =>
      checkPlan({ queryType: 'rw', operators: ['ProduceResults'], procedures: [] }),
    ).toThrow(/not read-only/);
    expect(() =>
      checkPlan({ queryType: 'r', operators: ['ProduceResults', 'SetProperty'], procedures: [] }),
    ).toThrow(/SetProperty/);
    expect(() =>
      checkPlan({ queryType: 'r', operators: ['ProcedureCall'], procedures: ['db.info'] }),
    ).toThrow(/db.info/);
    expect(() =>
      checkPlan({
        queryType: 'r',
        operators: ['ProduceResults', 'ProcedureCall'],
        procedures: ['db.labels'],
      }),
    ).not.toThrow();
  });
});

describe('typed parameters', () => {
  const declared = [
    { name: 'n', type: 'int' as const, default: 5, description: '' },
    { name: 'since', type: 'date' as const, default: null, description: '' },
    { name: 'countries', type: 'list<string>' as const, default: [], description: '' },
  ];

  it('coerces, applies defaults, sends integers as integers', () => {
    const { values, driverParams } = bindParams(declared, {
      since: '2025-01-31',
      countries: 'AFG, PAK',
    });
    expect(values).toEqual({ n: 5, since: '2025-01-31', countries: ['AFG', 'PAK'] });
    expect(String(driverParams['n'])).toBe('5');
    expect(typeof driverParams['n']).toBe('object');
  });

  it('refuses wrong types, impossible dates, unknown and missing parameters', () => {
    expect(() => bindParams(declared, { since: '2025-02-30' })).toThrow(/calendar date/);
    expect(() => bindParams(declared, { since: '2025-01-01', n: 1.5 })).toThrow(/integer/);
    expect(() => bindParams(declared, { since: '2025-01-01', extra: 1 })).toThrow(
      /unknown parameter/,
    );
    expect(() => bindParams(declared, {})).toThrow(/"since" is required/);
  });
});
