import { describe, expect, it } from 'vitest';
import { CypherFileNotFoundError } from '../errors.js';
import { cypherFile, cypherFilesIn, splitStatements } from './cypher-files.js';

describe('splitStatements', () => {
  it('splits on a semicolon at the end of a line and drops comment lines', () => {
    const text = [
      '// a header comment',
      'CREATE CONSTRAINT a IF NOT EXISTS FOR (n:A) REQUIRE n.id IS UNIQUE;',
      'CREATE FULLTEXT INDEX b IF NOT EXISTS',
      "FOR (n:B) ON EACH [n.text] OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard' } };",
      '',
    ].join('\n');
    expect(splitStatements(text)).toEqual([
      'CREATE CONSTRAINT a IF NOT EXISTS FOR (n:A) REQUIRE n.id IS UNIQUE',
      "CREATE FULLTEXT INDEX b IF NOT EXISTS\nFOR (n:B) ON EACH [n.text] OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard' } }",
    ]);
  });

  it('keeps a semicolon inside a line', () => {
    expect(splitStatements("RETURN 'a;b' AS x;")).toEqual(["RETURN 'a;b' AS x"]);
  });
});

describe('cypher files', () => {
  it('lists the schema folder in file order', () => {
    const names = cypherFilesIn('schema');
    expect(names[0]).toBe('schema/001-entities');
    expect(names).toEqual([...names].sort());
  });

  it('throws a typed error for a missing file', () => {
    expect(() => cypherFile('schema/does-not-exist')).toThrow(CypherFileNotFoundError);
  });
});
